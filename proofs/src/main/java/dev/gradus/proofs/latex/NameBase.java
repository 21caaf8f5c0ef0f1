package dev.gradus.proofs.latex;

/**
 * What a variable or function name starts from, before its subscript, label and primes: one
 * Latin letter, a Greek letter command, or a word ({@code \text{out}}, or a run of letters before
 * a subscript as in {@code out_k}).
 *
 * @param kind  which of the three
 * @param latex the letter, the command name without its backslash, or the word in letters and digits
 * @param at    where the name starts
 */
record NameBase(Kind kind, String latex, Token at) {
    enum Kind { LETTER, GREEK, WORD }

    /** The key under which an index variable is bound ({@code N}, {@code ell}); words are never bound. */
    String bindingKey() {
        return kind == Kind.WORD ? null : latex;
    }
}

package dev.gradus.proofs.latex;

/**
 * What a variable or function name starts from, before its subscript, label and primes: one
 * Latin letter, a Greek letter command, or a word ({@code \text{out}}, or a run of letters before
 * a subscript as in {@code out_k}), with the decorations written over it ({@code \hat y}).
 *
 * @param kind       which of the three
 * @param latex      the letter, the command name without its backslash, or the word in letters and digits
 * @param decoration what {@link Names#decoration} adds to the name ("hat", "barhat"), or ""
 * @param at         where the name starts
 */
record NameBase(Kind kind, String latex, String decoration, Token at) {
    enum Kind { LETTER, GREEK, WORD }

    NameBase(Kind kind, String latex, Token at) {
        this(kind, latex, "", at);
    }

    /** This name under one more decoration ({@code \bar} over {@code \hat y}), starting at that decoration. */
    NameBase decorated(String outer, Token command) {
        return new NameBase(kind, latex, decoration + outer, command);
    }

    /**
     * The key under which an index variable is bound ({@code N}, {@code ell}); words and decorated
     * names are never bound ({@code \hat N} is not N).
     */
    String bindingKey() {
        return kind == Kind.WORD || !decoration.isEmpty() ? null : latex;
    }
}

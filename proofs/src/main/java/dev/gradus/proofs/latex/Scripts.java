package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;

/**
 * What follows a name: a subscript, a superscript and primes, in any order, and what the
 * superscript means there. {@code ^{(l)}} is a layer label, {@code ^{hid}} (a word, on a name
 * with a subscript) a label too, {@code ^\top} and {@code ^T} a transpose, which is ignored
 * because every quantity is a scalar; {@code ^\prime} a prime; {@code ^*}, {@code ^{*}} and {@code ^\ast} the
 * physicists' complex conjugate (as {@code \bar z}); anything else a power.
 *
 * @param name   the variable or function name (see {@link Names})
 * @param plain  whether the name had neither subscript nor label (only then can it be bound)
 * @param primes how many primes
 * @param power  the exponent's tokens, or null
 * @param conjugate whether the superscript is a star, the conjugate
 */
record Scripts(String name, boolean plain, int primes, Group power, boolean conjugate) {
    /** The decoration of a starred name that is no conjugate: {@code w^*} is {@code wstar}. */
    static final String STAR = "star";

    boolean isPlain() {
        return plain;
    }

    static Scripts read(Parser p, NameBase base) throws ParseError {
        Group sub = null;
        Group sup = null;
        int primes = 0;
        boolean conjugate = false;
        boolean starred = false;
        while (true) {
            Token t = p.in.peek();
            if (t.isSymbol("_")) {
                if (sub != null) {
                    throw p.error(t, "a second subscript: write the whole index in braces, as in w_{ij}");
                }
                p.in.next();
                sub = p.argument(t, "an index");
            } else if (t.isSymbol("^")) {
                if (sup != null) {
                    throw p.error(t, "a second superscript: write x^{ab} or {(x^a)}^b");
                }
                p.in.next();
                if (conjugateMark(p)) {
                    starred = true;
                    conjugate = starsConjugate(p);
                    if (!conjugate) {
                        base = base.decorated(STAR, base.at());   // w^* an optimum: a name of its own, as \hat w is
                    }
                    sup = new Group(p.in.index(), p.in.index(), p.in.index(), t);
                    continue;
                }
                sup = p.argument(t, "an exponent");
            } else if (t.isSymbol("'")) {
                p.in.next();
                primes++;
            } else {
                break;
            }
        }
        int after = p.in.index();
        String label = "";
        Group power = null;
        if (sup != null && !starred) {
            int marks = primeMarks(p, sup);
            if (marks > 0) {
                primes += marks;
            } else if (isParenthesised(p, sup)) {
                label = Indices.of(p, new Group(sup.from() + 1, sup.to() - 1, sup.after(), sup.owner()));
            } else if (sub != null && isWord(p, sup)) {
                label = word(p, sup);
            } else if (!isTranspose(p, sup)) {
                power = sup;
            }
        }
        String subscript = sub == null ? "" : Indices.of(p, sub);
        p.in.seek(after);
        return new Scripts(Names.compose(base, label, subscript), label.isEmpty() && subscript.isEmpty(), primes, power, conjugate);
    }

    /**
     * Whether a star on a name is the conjugate: where the text is about complex numbers (or names
     * complex variables). In optimisation notes {@code w^*}, {@code \theta^*}, {@code x^*} name an
     * optimum, and a conjugate there would make w complex for the whole document.
     */
    private static boolean starsConjugate(Parser p) {
        return !p.scope.options().complex().isEmpty() || p.source.writesComplexNumbers();
    }

    /**
     * Whether a star follows the '^' the cursor is past ({@code *}, {@code {*}}, {@code \ast},
     * {@code {\ast}}): then the cursor moves past it.
     */
    static boolean conjugateMark(Parser p) {
        int i = p.in.index();
        if (isStar(p.in.at(i))) {
            p.in.next();
            return true;
        }
        if (p.in.at(i).isSymbol("{") && isStar(p.in.at(i + 1)) && p.in.at(i + 2).isSymbol("}")) {
            p.in.seek(i + 3);
            return true;
        }
        return false;
    }

    private static boolean isStar(Token t) {
        return t.isSymbol("*") || t.isCommand("ast");
    }

    /** {@code ^T}, {@code ^\top}, {@code ^\intercal}, {@code ^{\mathsf{T}}}. */
    static boolean isTranspose(Parser p, Group g) {
        Token first = p.in.raw(g.from());
        int size = g.to() - g.from();
        if (size == 1) {
            return first.kind() == Token.Kind.LETTER && first.text().equals("T") || first.isCommand("top")
                    || first.isCommand("intercal");
        }
        return size == 4 && (first.isCommand("mathsf") || first.isCommand("mathrm")) && p.in.raw(g.from() + 2).text().equals("T");
    }

    /** The number of \prime in {@code ^{\prime\prime}}, 0 when the superscript is something else. */
    static int primeMarks(Parser p, Group g) {
        for (int i = g.from(); i < g.to(); i++) {
            if (!p.in.raw(i).isCommand("prime")) {
                return 0;
            }
        }
        return g.to() - g.from();
    }

    /** {@code {(...)}}: one pair of parentheses around the whole superscript. */
    private static boolean isParenthesised(Parser p, Group g) {
        if (g.to() - g.from() < 3 || !p.in.raw(g.from()).isSymbol("(") || !p.in.raw(g.to() - 1).isSymbol(")")) {
            return false;
        }
        int depth = 0;
        for (int i = g.from(); i < g.to() - 1; i++) {
            Token t = p.in.raw(i);
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** Two or more letters written together: {@code hid} in {@code out_j^{hid}}. */
    private static boolean isWord(Parser p, Group g) {
        if (g.to() - g.from() < 2) {
            return false;
        }
        for (int i = g.from(); i < g.to(); i++) {
            Token t = p.in.raw(i);
            if (t.kind() != Token.Kind.LETTER || i > g.from() && t.spaceBefore()) {
                return false;
            }
        }
        return true;
    }

    private static String word(Parser p, Group g) {
        StringBuilder w = new StringBuilder();
        for (int i = g.from(); i < g.to(); i++) {
            w.append(p.in.raw(i).text().toLowerCase(java.util.Locale.ROOT));
        }
        return w.toString();
    }
}

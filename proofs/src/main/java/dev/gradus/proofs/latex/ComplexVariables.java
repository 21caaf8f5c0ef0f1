package dev.gradus.proofs.latex;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The complex variables of a LaTeX document or chain. Where it writes the conjugate of z or w,
 * {@code \bar z} is conj(z) and d/dz, d/d{@code \bar z} are the Wirtinger derivatives; read as
 * a variable of its own, z̄ would "refute" the Wirtinger calculus.
 */
final class ComplexVariables {
    private static final Set<String> CONVENTIONALLY_COMPLEX = Set.of("z", "w");

    private ComplexVariables() {}

    /**
     * The complex variables of statements: those declared, and z and w where a statement writes
     * their conjugate ({@code \bar z}, {@code \overline{w}}, {@code z^*}), as Wirtinger calculus does. Other
     * letters under a bar are names of their own ({@code \bar x}, a mean).
     */
    static Set<String> of(List<Statements.Statement> statements, Set<String> declared) {
        Set<String> complex = new HashSet<>(declared);
        for (Statements.Statement s : statements) {
            conjugated(s).stream().filter(CONVENTIONALLY_COMPLEX::contains).forEach(complex::add);
        }
        return complex;
    }

    /** A star at k: {@code *}, {@code \ast}, {@code {*}}. */
    private static boolean isStar(List<Token> t, int k) {
        Token s = t.get(k);
        boolean star = s.isSymbol("*") || s.isCommand("ast");
        return star || s.isSymbol("{") && k + 2 < t.size() && (t.get(k + 1).isSymbol("*") || t.get(k + 1).isCommand("ast"))
                && t.get(k + 2).isSymbol("}");
    }

    /** The letters written as conjugates: {@code \bar z}, {@code \overline{z}}, {@code z^*}. */
    private static Set<String> conjugated(Statements.Statement statement) {
        Set<String> letters = new HashSet<>();
        for (Statements.Side side : statement.sides()) {
            List<Token> t = side.tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                if (t.get(k).kind() == Token.Kind.LETTER && k + 2 < t.size() && t.get(k + 1).isSymbol("^") && isStar(t, k + 2)) {
                    letters.add(t.get(k).text());   // z^*, z^{*}, z^\ast
                }
                if (!t.get(k).isCommand("bar") && !t.get(k).isCommand("overline")) {
                    continue;
                }
                Token next = t.get(k + 1);
                if (next.kind() == Token.Kind.LETTER) {
                    letters.add(next.text());
                } else if (next.isSymbol("{") && k + 3 < t.size() && t.get(k + 2).kind() == Token.Kind.LETTER && t.get(k + 3).isSymbol("}")) {
                    letters.add(t.get(k + 2).text());
                }
            }
        }
        return letters;
    }
}

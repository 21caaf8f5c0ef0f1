package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
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
     * their conjugate ({@code \bar z}, {@code \overline{w}}, or {@code z^*} where the statements are
     * about complex numbers, see {@link #areWritten}), as Wirtinger calculus does. Other
     * letters under a bar are names of their own ({@code \bar x}, a mean).
     */
    static Set<String> of(List<Statements.Statement> statements, Set<String> declared) {
        Set<String> complex = new HashSet<>(declared);
        List<Token> all = new ArrayList<>();
        statements.forEach(s -> s.sides().forEach(side -> all.addAll(side.tokens())));
        String latex = String.join(" ", statements.stream().map(Statements.Statement::latex).toList());
        boolean starsConjugate = !declared.isEmpty() || areWritten(all, !ImaginaryUnit.isIndex(latex));
        for (Statements.Statement s : statements) {
            conjugated(s, starsConjugate).stream().filter(CONVENTIONALLY_COMPLEX::contains).forEach(complex::add);
        }
        return complex;
    }

    /**
     * Whether a text's math is about complex numbers, so that a star on a name is its conjugate:
     * outside such a text, {@code w^*} and {@code \theta^*} name an optimum (see {@link #areWritten}).
     */
    static boolean writtenIn(SourceText source, boolean document) {
        try {
            List<MathBlocks.Block> blocks = document ? MathBlocks.find(source) : List.of(MathBlocks.formula(source.text()));
            List<Token> all = new ArrayList<>();
            for (MathBlocks.Block b : blocks) {
                all.addAll(Lexer.tokens(source, b.from(), b.to()));
            }
            return areWritten(all, !ImaginaryUnit.isIndex(source.text()));
        } catch (ParseError unreadable) {
            return false;   // the block reports it; its stars stay names
        }
    }

    /**
     * Whether tokens write complex numbers: i as the imaginary unit (where no index is i),
     * {@code \mathrm{i}}, {@code \imath}, a bar over a letter, or a derivative by a starred letter
     * ({@code \partial z^*}, Wirtinger's).
     */
    static boolean areWritten(List<Token> t, boolean iIsTheUnit) {
        for (int k = 0; k < t.size(); k++) {
            Token a = t.get(k);
            boolean letterNext = k + 1 < t.size() && t.get(k + 1).kind() == Token.Kind.LETTER;
            boolean braceLetterNext = k + 3 < t.size() && t.get(k + 1).isSymbol("{") && t.get(k + 2).kind() == Token.Kind.LETTER
                    && t.get(k + 3).isSymbol("}");
            if (iIsTheUnit && a.kind() == Token.Kind.LETTER && a.text().equals("i") || a.isCommand("imath")) {
                return true;
            }
            if ((a.isCommand("mathrm") || a.isCommand("mathit")) && braceLetterNext && t.get(k + 2).text().equals("i")) {
                return true;
            }
            if ((a.isCommand("bar") || a.isCommand("overline")) && (letterNext || braceLetterNext)) {
                return true;
            }
            if (a.isCommand("partial") && letterNext && k + 3 < t.size() && t.get(k + 2).isSymbol("^") && isStar(t, k + 3)) {
                return true;
            }
        }
        return false;
    }

    /** A star at k: {@code *}, {@code \ast}, {@code {*}}. */
    private static boolean isStar(List<Token> t, int k) {
        Token s = t.get(k);
        boolean star = s.isSymbol("*") || s.isCommand("ast");
        return star || s.isSymbol("{") && k + 2 < t.size() && (t.get(k + 1).isSymbol("*") || t.get(k + 1).isCommand("ast"))
                && t.get(k + 2).isSymbol("}");
    }

    /** The letters written as conjugates: {@code \bar z}, {@code \overline{z}}, and {@code z^*} where stars conjugate. */
    private static Set<String> conjugated(Statements.Statement statement, boolean starsConjugate) {
        Set<String> letters = new HashSet<>();
        for (Statements.Side side : statement.sides()) {
            List<Token> t = side.tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                if (starsConjugate && t.get(k).kind() == Token.Kind.LETTER && k + 2 < t.size() && t.get(k + 1).isSymbol("^") && isStar(t, k + 2)) {
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

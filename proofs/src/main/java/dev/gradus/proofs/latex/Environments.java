package dev.gradus.proofs.latex;

import java.util.List;
import java.util.Set;

/**
 * {@code \begin{name} ... \end{name}}. The display environments (aligned, align, equation, gather,
 * ...) only arrange a derivation: their '&' is dropped and their {@code \\} breaks lines. Other
 * environments (cases) are part of a formula.
 */
final class Environments {
    private static final Set<String> DISPLAY = Set.of("aligned", "align", "align*", "alignat", "alignat*",
            "alignedat", "equation", "equation*", "gather", "gather*", "gathered", "split", "multline", "multline*",
            "eqnarray", "eqnarray*", "flalign", "flalign*", "displaymath");

    private Environments() {}

    /** An environment's name and the index after its closing brace. */
    record Name(String name, int after) {}

    static boolean isDisplay(String name) {
        return DISPLAY.contains(name);
    }

    /**
     * Whether an environment at the top level of a block arranges lines: a display environment, or
     * an array that starts a statement, which notes use as aligned ({@code \begin{array}{rl} a &= b
     * \\ &= c \end{array}}). An array anywhere else is a matrix.
     */
    static boolean arrangesLines(String name, boolean startsStatement) {
        return isDisplay(name) || name.equals("array") && startsStatement;
    }

    /** Whether a column specification in braces follows the name: {@code \begin{alignat}{2}}, {@code \begin{array}{rl}}. */
    static boolean hasColumns(String name) {
        return name.startsWith("alignat") || name.equals("array");
    }

    /** The name in braces after the \begin or \end at {@code command}, or null when there is none. */
    static Name after(List<Token> tokens, int command) {
        int i = command + 1;
        if (i >= tokens.size() || !tokens.get(i).isSymbol("{")) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (i++; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("}")) {
                return name.length() == 0 ? null : new Name(name.toString(), i + 1);
            }
            if (t.kind() != Token.Kind.LETTER && !t.isSymbol("*")) {
                return null;
            }
            name.append(t.text());
        }
        return null;
    }
}

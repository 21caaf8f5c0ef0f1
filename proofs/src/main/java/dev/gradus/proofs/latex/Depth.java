package dev.gradus.proofs.latex;

import java.util.List;

/**
 * How deeply a token is nested in braces, brackets, {@code \left...\right} and environments, so
 * that only top-level '=', '&', {@code \\} and commas split a derivation or a cases block.
 * Bracket kinds are not matched against each other here (an interval [0, 1) is fine); the
 * parser checks pairs where it matters.
 */
final class Depth {
    private int depth;

    int value() {
        return depth;
    }

    /** Moves over the token at {@code i} (and over the delimiter after \left or \right); the next index. */
    int over(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isCommand("left") || t.isCommand("right")) {
            depth += t.isCommand("left") ? 1 : -1;
            return i + 2;
        }
        if (opens(t)) {
            depth++;
        } else if (closes(t)) {
            depth--;
        }
        return i + 1;
    }

    static boolean opens(Token t) {
        return t.isSymbol("{") || t.isSymbol("(") || t.isSymbol("[") || t.isCommand("{") || t.isCommand("begin");
    }

    static boolean closes(Token t) {
        return t.isSymbol("}") || t.isSymbol(")") || t.isSymbol("]") || t.isCommand("}") || t.isCommand("end");
    }
}

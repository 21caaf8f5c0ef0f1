package dev.gradus.proofs.latex;

import java.util.List;
import java.util.Set;

/**
 * The parser's place in a token list. Spacing commands ({@code \,}, {@code \quad}, {@code \left}'s
 * size cousins {@code \big}, {@code \displaystyle}, {@code \limits}) are invisible here. A limit
 * makes the tokens from it on look like the end, so that a part of the formula (a fraction's
 * numerator, a row of a cases block) can be parsed on its own and its errors still point into
 * the original text.
 */
final class Cursor {
    private static final Set<String> SPACING = Set.of(",", ";", ":", "!", " ", "quad", "qquad",
            "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits",
            "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm", "biggm", "Biggm",
            "nonumber", "notag");
    /** The spacing commands that put visible space between factors: {@code \,} {@code \;} {@code \quad}. */
    private static final Set<String> SPACES = Set.of(",", ";", ":", " ", "quad", "qquad");
    /** The size commands of delimiters, which only make the next one bigger. */
    private static final Set<String> SIZES = Set.of("big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
            "biggl", "biggr", "Biggl", "Biggr", "bigm", "Bigm", "biggm", "Biggm");

    private final List<Token> tokens;
    private int pos;
    private int limit;

    /** Over tokens that end with an END token. */
    Cursor(List<Token> tokens) {
        this.tokens = tokens;
        this.limit = tokens.size() - 1;
    }

    static boolean isSpacing(Token t) {
        return t.kind() == Token.Kind.COMMAND && SPACING.contains(t.text());
    }

    /** A visible space between factors: {@code \,}, {@code \;}, {@code \:}, {@code \ }, {@code \quad}. */
    static boolean isSpace(Token t) {
        return t.kind() == Token.Kind.COMMAND && SPACES.contains(t.text());
    }

    static boolean isSize(Token t) {
        return t.kind() == Token.Kind.COMMAND && SIZES.contains(t.text());
    }

    /** Whether a space such as {@code \,} is written right before the next significant token. */
    boolean spacedBefore() {
        int i = index();
        for (int k = i - 1; k >= 0 && isSpacing(tokens.get(k)); k--) {
            if (isSpace(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The next significant token (END at the limit). */
    Token peek() {
        return at(index());
    }

    /** The significant token {@code ahead} places after the next one. */
    Token peek(int ahead) {
        int i = index();
        for (int k = 0; k < ahead && i < limit; k++) {
            i = skipSpacing(i + 1);
        }
        return at(i);
    }

    Token next() {
        int i = index();
        Token t = at(i);
        pos = Math.min(i + 1, limit);
        return t;
    }

    /** The index of the next significant token. */
    int index() {
        pos = skipSpacing(pos);
        return pos;
    }

    void seek(int index) {
        pos = index;
    }

    int limit() {
        return limit;
    }

    void limit(int index) {
        limit = index;
    }

    /** The token at an index, END from the limit on (placed where the cut-off token starts). */
    Token at(int i) {
        if (i < limit) {
            return tokens.get(i);
        }
        Token cut = tokens.get(limit);
        return cut.isEnd() ? cut : new Token(Token.Kind.END, "", cut.start(), cut.start(), cut.spaceBefore());
    }

    /** The raw token at an index, ignoring the limit (for looking at a group's text). */
    Token raw(int i) {
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    /** The index of the '}' closing the '{' at {@code open}, or -1 when it is never closed before the limit. */
    int closingBrace(int open) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("{")) {
                depth++;
            } else if (t.isSymbol("}") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private int skipSpacing(int i) {
        while (i < limit && isSpacing(tokens.get(i))) {
            i++;
        }
        return i;
    }
}

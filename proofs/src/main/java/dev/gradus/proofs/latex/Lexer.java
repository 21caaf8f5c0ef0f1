package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a stretch of the original text into {@link Token}s. Whitespace and {@code ~} only mark the
 * next token's {@code spaceBefore}; a {@code %} comment runs to the end of its line, as in LaTeX.
 */
final class Lexer {
    private Lexer() {}

    /** The tokens of text[from, to), ending with an END token at {@code to}. */
    static List<Token> tokens(SourceText source, int from, int to) throws ParseError {
        String s = source.text();
        List<Token> out = new ArrayList<>();
        boolean space = false;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '~') {
                space = true;
                i++;
                continue;
            }
            if (c == '%') {
                while (i < to && s.charAt(i) != '\n') {
                    i++;
                }
                space = true;
                continue;
            }
            int start = i;
            if (c == '\u2202') {   // ∂ pasted from a rendered formula: \partial
                out.add(new Token(Token.Kind.COMMAND, "partial", start, i + 1, space));
                space = false;
                i++;
                continue;
            }
            Token.Kind kind;
            if (c == '\\') {
                if (i + 1 >= to) {
                    throw source.error(i, "a backslash with no command after it");
                }
                kind = Token.Kind.COMMAND;
                int j = i + 1;
                if (isLetter(s.charAt(j))) {
                    while (j < to && isLetter(s.charAt(j))) {
                        j++;
                    }
                } else {
                    j += Character.charCount(s.codePointAt(j));
                }
                out.add(new Token(kind, s.substring(i + 1, j), start, j, space));
                i = j;
            } else {
                kind = isLetter(c) ? Token.Kind.LETTER : c >= '0' && c <= '9' ? Token.Kind.DIGIT : Token.Kind.SYMBOL;
                i += Character.charCount(s.codePointAt(i));
                out.add(new Token(kind, s.substring(start, i), start, i, space));
            }
            space = false;
        }
        out.add(new Token(Token.Kind.END, "", to, to, space));
        return out;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The text a subscript or layer label adds to a name. Letters, digits and Greek letters are
 * written out ({@code w_{ij}} gives "ij"), except that a bound name is replaced by its value
 * ({@code w_i} inside an unrolled sum gives "1", "2", ...). Anything with arithmetic in it
 * ({@code o_{N-1}}) is computed, and is an error unless every name in it has a value.
 */
final class Indices {
    private Indices() {}

    static String of(Parser p, Group g) throws ParseError {
        if (g.from() >= g.to()) {
            throw p.error(g.owner(), "an empty index after " + g.owner().shown());
        }
        StringBuilder plain = new StringBuilder();
        if (plain(p, g, plain)) {
            return plain.toString();
        }
        String text = text(p, g);
        for (int i = g.from(); i < g.to(); i++) {
            Token t = p.in.raw(i);
            String key = key(t);
            if (key != null && value(p, t, key).isEmpty()) {
                throw p.error(t, "the index " + text + " needs a value for " + key
                        + ": bind " + key + " to a whole number (for example " + key + " = 5)");
            }
        }
        OptionalLong v = IndexValue.of(p.within(g, p::expression));
        if (v.isEmpty()) {
            throw p.error(p.in.raw(g.from()), "the index " + text + " is not a whole number");
        }
        return checked(p, g, text, v.getAsLong());
    }

    /**
     * Letters, digits, Greek letters, commas and \text words only (a font switch as in
     * {@code x_{\rm max}} is dropped): written out, bound names replaced.
     */
    private static boolean plain(Parser p, Group g, StringBuilder out) throws ParseError {
        for (int i = g.from(); i < g.to(); i++) {
            Token t = p.in.raw(i);
            String key = key(t);
            if (key != null) {
                OptionalLong v = value(p, t, key);
                if (v.isPresent()) {
                    out.append(checked(p, g, text(p, g), v.getAsLong()));
                } else {
                    out.append(t.kind() == Token.Kind.LETTER ? Names.indexLetter(t.text().charAt(0)) : Names.greek(key));
                }
            } else if (t.kind() == Token.Kind.DIGIT) {
                out.append(t.text());
            } else if (TextWords.isTextCommand(t) && p.in.raw(i + 1).isSymbol("{")) {
                int close = p.in.closingBrace(i + 1);
                String word = close < 0 ? "" : TextWords.clean(p.source.slice(p.in.raw(i + 1).end(), p.in.raw(close).start()));
                if (!TextWords.isName(word)) {
                    return false;
                }
                out.append(word.toLowerCase(Locale.ROOT));
                i = close;
            } else if (!t.isSymbol(",") && !Cursor.isSpacing(t) && !NameReader.isSwitch(t)) {
                return false;
            }
        }
        return true;
    }

    private static String checked(Parser p, Group g, String text, long value) throws ParseError {
        if (value < 0) {
            throw p.error(p.in.raw(g.from()), "the index " + text + " is negative (" + value + ")");
        }
        return Long.toString(value);
    }

    /** The binding key of a letter or Greek letter, null for other tokens. */
    private static String key(Token t) {
        if (t.kind() == Token.Kind.LETTER || t.kind() == Token.Kind.COMMAND && Names.isGreek(t.text())) {
            return t.text();
        }
        return null;
    }

    private static OptionalLong value(Parser p, Token t, String key) throws ParseError {
        if (p.scope.isOpenIndex(key)) {
            throw p.error(t, "the subscript uses " + key + ", the index of a sum or product whose bounds are not numbers,"
                    + " which cannot be checked: bind the bounds (for example n = 3) so that it can be unrolled");
        }
        return p.scope.indexValue(key);
    }

    private static String text(Parser p, Group g) {
        return p.source.slice(p.in.raw(g.from()).start(), p.in.raw(g.to() - 1).end());
    }
}

package dev.gradus.proofs.plain;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits plain notation into tokens, reading the typographic forms people paste as the ASCII
 * ones: {@code −} and {@code –} are minus, {@code ·}, {@code ×} and {@code ⋅} times, {@code **}
 * and superscript digits powers ({@code x²} is {@code x^2}), {@code ’} and {@code ′} primes,
 * Greek letters their names, Maxima's {@code %e}, {@code %pi} and {@code %i} the constants, and the
 * vulgar fractions their quotients in brackets ({@code ½} is {@code (1/2)}).
 */
final class PlainLexer {
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('−', "-"), Map.entry('–', "-"), Map.entry('·', "*"), Map.entry('⋅', "*"), Map.entry('×', "*"),
            Map.entry('∗', "*"), Map.entry('÷', "/"), Map.entry('’', "'"), Map.entry('′', "'"), Map.entry('≤', "<="),
            Map.entry('≥', ">="), Map.entry('≠', "!="), Map.entry('→', "->"), Map.entry('√', "√"), Map.entry('∂', "∂"));
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** The vulgar fractions, each a numerator and a denominator. */
    private static final Map<Character, int[]> FRACTIONS = Map.ofEntries(
            Map.entry('½', new int[] {1, 2}), Map.entry('⅓', new int[] {1, 3}), Map.entry('⅔', new int[] {2, 3}),
            Map.entry('¼', new int[] {1, 4}), Map.entry('¾', new int[] {3, 4}), Map.entry('⅕', new int[] {1, 5}),
            Map.entry('⅖', new int[] {2, 5}), Map.entry('⅗', new int[] {3, 5}), Map.entry('⅘', new int[] {4, 5}),
            Map.entry('⅙', new int[] {1, 6}), Map.entry('⅚', new int[] {5, 6}), Map.entry('⅐', new int[] {1, 7}),
            Map.entry('⅛', new int[] {1, 8}), Map.entry('⅜', new int[] {3, 8}), Map.entry('⅝', new int[] {5, 8}),
            Map.entry('⅞', new int[] {7, 8}), Map.entry('⅑', new int[] {1, 9}), Map.entry('⅒', new int[] {1, 10}));
    /** Two-character operators, longest first where one is the start of another. */
    private static final List<String> PAIRS = List.of("**", "->", "<=", ">=", "==", "!=", "&&", "''");
    private static final String SINGLES = "+-*/^()[]{},<>!|'.";

    private final String text;
    private final List<PlainToken> tokens = new ArrayList<>();
    private int i;

    private PlainLexer(String text) {
        this.text = text;
    }

    static List<PlainToken> tokens(String text) throws ParseError {
        PlainLexer lexer = new PlainLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws ParseError {
        boolean spaced = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                spaced = true;
                continue;
            }
            if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                add(PlainToken.Kind.NUMBER, number(), start, spaced);
            } else if (c == '%' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                i++;
                String name = name();
                add(PlainToken.Kind.NAME, "%" + name, start, spaced);
            } else if (PlainNames.letter(c) != null) {
                add(PlainToken.Kind.NAME, name(), start, spaced);
            } else if (SUPERSCRIPT_DIGITS.indexOf(c) >= 0 || c == '⁻') {
                superscript(start, spaced);
            } else if (FRACTIONS.containsKey(c)) {
                fraction(c, start, spaced);
            } else if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new ParseError("a string that is never closed", i + 1);
                }
                add(PlainToken.Kind.STRING, text.substring(i + 1, close), start, spaced);
                i = close + 1;
            } else {
                add(PlainToken.Kind.SYMBOL, symbol(c), start, spaced);
            }
            spaced = false;
        }
        tokens.add(new PlainToken(PlainToken.Kind.END, "", text.length() + 1, text.length() + 1, spaced));
    }

    private void add(PlainToken.Kind kind, String normal, int start, boolean spaced) {
        tokens.add(new PlainToken(kind, normal, start + 1, i + 1, spaced));
    }

    /** Digits with an optional fraction and exponent: 2, 0.5, .5, 6.02e23, 1e-3 (but 2e is 2 times e). */
    private String number() {
        int start = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
                j++;
            }
            if (j < text.length() && Character.isDigit(text.charAt(j))) {
                i = j;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return text.substring(start, i);
    }

    /** Letters, digits and underscores; Greek letters by their names (σ is sigma). */
    private String name() {
        StringBuilder name = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            String letter = PlainNames.letter(c);
            if (letter != null) {
                name.append(letter);
            } else if (Character.isDigit(c) || c == '_' && name.length() > 0) {
                name.append(c);
            } else {
                break;
            }
            i++;
        }
        return name.toString();
    }

    /** x², x⁻¹: a power with the superscript's exponent. */
    private void superscript(int start, boolean spaced) {
        StringBuilder exponent = new StringBuilder();
        if (text.charAt(i) == '⁻') {
            exponent.append('-');
            i++;
        }
        while (i < text.length() && SUPERSCRIPT_DIGITS.indexOf(text.charAt(i)) >= 0) {
            exponent.append(SUPERSCRIPT_DIGITS.indexOf(text.charAt(i)));
            i++;
        }
        tokens.add(new PlainToken(PlainToken.Kind.SYMBOL, "^", start + 1, start + 1, spaced));
        if (exponent.charAt(0) == '-') {
            tokens.add(new PlainToken(PlainToken.Kind.SYMBOL, "-", start + 1, start + 2, false));
            exponent.deleteCharAt(0);
        }
        tokens.add(new PlainToken(PlainToken.Kind.NUMBER, exponent.isEmpty() ? "1" : exponent.toString(), start + 1, i + 1, false));
    }

    /**
     * ½ as the tokens of (1/2), all at its column. Glued to a number it is a mixed number (3½ is
     * 3 + 1/2 in a textbook, 3 times 1/2 by juxtaposition): an error rather than either guess.
     */
    private void fraction(char c, int start, boolean spaced) throws ParseError {
        PlainToken before = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (!spaced && before != null && before.kind() == PlainToken.Kind.NUMBER && before.end() == start + 1) {
            throw new ParseError("'" + before.text() + c + "' is a mixed number: write " + before.text() + " + " + FRACTIONS.get(c)[0]
                    + "/" + FRACTIONS.get(c)[1] + " for the sum, or " + before.text() + "*" + c + " for the product", start + 1);
        }
        int[] quotient = FRACTIONS.get(c);
        i++;
        tokens.add(new PlainToken(PlainToken.Kind.SYMBOL, "(", start + 1, start + 1, spaced));
        tokens.add(new PlainToken(PlainToken.Kind.NUMBER, String.valueOf(quotient[0]), start + 1, start + 1, false));
        tokens.add(new PlainToken(PlainToken.Kind.SYMBOL, "/", start + 1, start + 1, false));
        tokens.add(new PlainToken(PlainToken.Kind.NUMBER, String.valueOf(quotient[1]), start + 1, start + 1, false));
        tokens.add(new PlainToken(PlainToken.Kind.SYMBOL, ")", start + 1, i + 1, false));
    }

    private String symbol(char c) throws ParseError {
        for (String pair : PAIRS) {
            if (text.startsWith(pair, i)) {
                i += 2;
                return pair.equals("**") ? "^" : pair;
            }
        }
        String mapped = SYMBOLS.get(c);
        if (mapped != null) {
            i++;
            return mapped;
        }
        if (SINGLES.indexOf(c) >= 0) {
            i++;
            return String.valueOf(c);
        }
        if (c == '″') {
            i++;
            return "''";
        }
        throw new ParseError("unexpected character '" + c + "'" + (c == '=' ? " (one '=' separates the sides of a step)" : ""), i + 1);
    }
}

package dev.gradus.proofs.symja;

import dev.gradus.proofs.ParseError;

/**
 * What Symja's parser or TeX printer would take unbounded time over, refused by one pass over the
 * text before either sees it, with its column. Measured on Symja 3.0.0 (two shared cores):
 * {@code 1*^1000000} is a million-digit integer, built in 14 s and printed as TeX in 25 s more; a
 * number of a million digits takes 13 s to read; a run of operator characters takes time that
 * grows faster than its length (16,000 {@code -} took 59 s, {@code x} and 20,000 {@code !} 111 s,
 * each ending in a StackOverflowError); each {@code -} or {@code /} of a chain re-sorts the whole
 * sum or product built so far, so 2,000 {@code x-} took 1 s and 20,000 more than 20 s. Within
 * these limits an expression of 10,000 characters is parsed and printed in tens of milliseconds.
 * Nothing here changes a verdict: a refused text is never checked, and each limit is many times
 * what homework writes (the catalogue's longest expression has 886 characters, 12 {@code -}, 8
 * {@code /}, 2-digit numbers, depth 32). Towers such as {@code 10^(10^9)} are not refused: they
 * parse and print in a millisecond, and evaluating them is bounded by the verifier's time limit.
 */
public final class LexicalScreen {
    /** Characters in one expression. */
    public static final int MAX_LENGTH = 10_000;
    /** Digits in one number (its integer and decimal part together; digits in a name such as x12 are not a number). */
    public static final int MAX_DIGITS = 1_000;
    /** Digits of an exponent in Symja's scientific notation {@code 1.5*^-12}: at most 10^±999. */
    public static final int MAX_EXPONENT_DIGITS = 3;
    /** Operator characters in a row, spaces between them ignored ({@code x!=-y} has 3, a third derivative {@code f'''} 3). */
    public static final int MAX_OPERATOR_RUN = 8;
    /** Occurrences of each of {@code -} and {@code /} in one expression (each costs Symja's parser a sort of its chain). */
    public static final int MAX_CHAINED = 200;

    private LexicalScreen() {}

    /**
     * Refuses {@code text} when it is longer, holds longer numbers or exponents, longer runs of
     * operators, more {@code -} or {@code /}, or deeper brackets than the limits here (depth: {@link
     * MathematicalHeads#MAX_DEPTH}, which the parsed tree is held to as well).
     *
     * @throws ParseError a refusal, with the 1-based column where the limit is passed
     */
    public static void check(String text) throws ParseError {
        boolean name = false;
        int digits = 0;
        int numberStart = 0;
        int run = 0;
        int runStart = 0;
        int depth = 0;
        int minus = 0;
        int slash = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i == MAX_LENGTH) { // after the rules below, so that a run of 16,000 '-' is refused as one, where it starts
                throw ParseError.refused("the expression has " + text.length() + " characters: at most " + MAX_LENGTH
                        + " are read in one expression", MAX_LENGTH + 1);
            }
            char c = text.charAt(i);
            name = Character.isLetter(c) || name && (Character.isDigit(c) || c == '_'); // x1, w_12: names, not numbers
            if (Character.isDigit(c) && !name) {
                numberStart = digits == 0 ? i : numberStart;
                if (++digits > MAX_DIGITS) {
                    throw ParseError.refused("a number of more than " + MAX_DIGITS + " digits", numberStart + 1);
                }
            } else if (c != '.' || digits == 0) { // 3.14 is one number
                digits = 0;
            }
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '^' && exponentDigits(text, i + 2) > MAX_EXPONENT_DIGITS) {
                throw ParseError.refused("an exponent *^ of more than " + MAX_EXPONENT_DIGITS
                        + " digits (1*^1000000 is a number of a million digits)", i + 1);
            }
            if (isOperator(c)) {
                runStart = run == 0 ? i : runStart;
                if (++run > MAX_OPERATOR_RUN) {
                    throw ParseError.refused("more than " + MAX_OPERATOR_RUN + " operators in a row: "
                            + text.substring(runStart, i + 1), runStart + 1);
                }
            } else if (!Character.isWhitespace(c)) {
                run = 0;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MathematicalHeads.MAX_DEPTH) {
                    throw ParseError.refused("the expression is nested more than " + MathematicalHeads.MAX_DEPTH + " levels deep", i + 1);
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (isMinus(c) && ++minus > MAX_CHAINED || isSlash(c) && ++slash > MAX_CHAINED) {
                throw ParseError.refused("more than " + MAX_CHAINED + " '" + c + "' in one expression: Symja reads them in time "
                        + "that grows with their square; split the step", i + 1);
            }
        }
    }

    /** The digits of the exponent that starts at {@code from} (after spaces and a sign). */
    private static int exponentDigits(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i - start;
    }

    /**
     * Anything but letters, digits, spaces, brackets, commas, quotes and superscript digits
     * ({@code x²}, which plain notation reads): the characters Symja's lexer and plain notation's
     * read as operators, Unicode ones ({@code −}, {@code ’}) among them, and the dot (3.14 has one).
     */
    private static boolean isOperator(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && "()[]{},\"".indexOf(c) < 0
                && Character.getType(c) != Character.OTHER_NUMBER;
    }

    /** A minus as Symja or plain notation reads one (plain notation reads the typographic ones as '-' and '/'). */
    private static boolean isMinus(char c) {
        return c == '-' || c == '−' || c == '–';
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '÷';
    }
}

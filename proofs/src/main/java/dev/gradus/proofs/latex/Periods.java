package dev.gradus.proofs.latex;

import java.util.List;
import java.util.Set;

/**
 * What a '.' means in math: a decimal point before a digit ({@code 0.5}), a product between two
 * factors as some notes write it ({@code a . b}, {@code w.x}), or the end of a sentence: before the
 * end, a line break, a word in capitals after a space ({@code x = 1. Then}), or anything that
 * cannot be a factor ({@code x = 1. \quad}).
 */
final class Periods {
    /** Commands that start a factor after a product's '.': fractions, roots, brackets, functions. */
    private static final Set<String> FACTORS = Set.of("frac", "dfrac", "tfrac", "cfrac", "sqrt", "left", "exp", "log",
            "ln", "sin", "cos", "tan", "sinh", "cosh", "tanh", "pi", "infty");

    private Periods() {}

    /** Whether the '.' at index i of tokens (which end with END) is a decimal point or a product, not a sentence's end. */
    static boolean withinFormula(SourceText source, List<Token> tokens, int i) {
        Token next = tokens.get(i + 1);
        if (next.kind() == Token.Kind.DIGIT) {
            return !next.spaceBefore();
        }
        if (source.slice(tokens.get(i).end(), next.start()).indexOf('\n') >= 0) {
            return false;
        }
        return switch (next.kind()) {
            case LETTER -> !next.spaceBefore() || !Character.isUpperCase(next.text().charAt(0));
            case SYMBOL -> next.isSymbol("(") && !next.spaceBefore();
            case COMMAND -> Names.isGreek(next.text()) || FACTORS.contains(next.text())
                    || NameReader.isStyle(next) && !TextWords.isTextCommand(next);
            default -> false;
        };
    }

    /** Whether a '.' in a formula multiplies: when it is not a decimal point. */
    static boolean multiplies(Token dot, Token next) {
        return dot.isSymbol(".") && !(next.kind() == Token.Kind.DIGIT && !next.spaceBefore());
    }
}

package dev.gradus.proofs.bounds;

import java.util.Locale;
import java.util.Set;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The sign of an expression read off its form, for real variables: squares and absolute values
 * are non-negative, exponentials and sigmoids positive, and sums, products and quotients of such
 * keep their sign. It never guesses: anything else is UNKNOWN.
 */
final class Nonnegativity {
    enum Sign { POSITIVE, NONNEGATIVE, UNKNOWN }

    private static final Set<String> POSITIVE_FUNCTIONS = Set.of("exp", "sigmoid", "logisticsigmoid", "softplus", "cosh");
    private static final Set<String> NONNEGATIVE_FUNCTIONS = Set.of("abs", "relu", "sqrt", "abs2", "ramp");

    private Nonnegativity() {}

    static Sign of(IExpr e) {
        if (e.isNumber()) {
            if (!e.isReal()) {
                return Sign.UNKNOWN;
            }
            double v = e.evalDouble();
            return v > 0 ? Sign.POSITIVE : v == 0 ? Sign.NONNEGATIVE : Sign.UNKNOWN;
        }
        if (e.isBuiltInSymbol()) {
            return e.toString().equals("E") || e.toString().equals("Pi") ? Sign.POSITIVE : Sign.UNKNOWN;
        }
        if (!e.isAST()) {
            return Sign.UNKNOWN;
        }
        IAST ast = (IAST) e;
        String head = ast.head().toString().toLowerCase(Locale.ROOT);
        if (ast.isPower()) {
            return power(ast.base(), ast.exponent());
        }
        if (POSITIVE_FUNCTIONS.contains(head)) {
            return Sign.POSITIVE;
        }
        if (NONNEGATIVE_FUNCTIONS.contains(head)) {
            return Sign.NONNEGATIVE;
        }
        if (ast.isPlus() || ast.isTimes()) {
            boolean positive = true;
            for (IExpr term : ast) {
                Sign s = of(term);
                if (s == Sign.UNKNOWN) {
                    return Sign.UNKNOWN;
                }
                positive &= s == Sign.POSITIVE;
            }
            if (ast.isPlus()) {
                // a sum is positive when one term is and the rest are not negative
                boolean anyPositive = false;
                for (IExpr term : ast) {
                    anyPositive |= of(term) == Sign.POSITIVE;
                }
                return anyPositive ? Sign.POSITIVE : Sign.NONNEGATIVE;
            }
            return positive ? Sign.POSITIVE : Sign.NONNEGATIVE;
        }
        return Sign.UNKNOWN;
    }

    private static Sign power(IExpr base, IExpr exponent) {
        if (exponent.isInteger() && exponent.evalDouble() % 2 == 0) {
            return exponent.isZero() ? Sign.POSITIVE : Sign.NONNEGATIVE;
        }
        Sign b = of(base);
        if (b == Sign.POSITIVE && exponent.isReal()) {
            return Sign.POSITIVE; // a positive base to any real power, 1/b included
        }
        if (b == Sign.NONNEGATIVE && exponent.isReal() && exponent.evalDouble() > 0) {
            return Sign.NONNEGATIVE;
        }
        return Sign.UNKNOWN;
    }
}

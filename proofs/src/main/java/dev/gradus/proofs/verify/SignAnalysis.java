package dev.gradus.proofs.verify;

import dev.gradus.proofs.symja.SymjaEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The sign of a real expression, where it shows in the expression's form and the known
 * conditions (the user's assumptions and the claim's own domain): e^u and sigmoid(u) are
 * positive, u^2 is not negative, a sum of positive terms is positive, and x is positive when
 * {@code x > 0} is known, or {@code x >= 0} and {@code x != 0} are. A law such as
 * log(u v) = log(u) + log(v) is applied only where this proves u and v positive.
 */
final class SignAnalysis {
    /** What is known of a sign: bit 1 "can be negative", bit 2 "can be zero", bit 4 "can be positive". */
    private static final int NEG = 1;
    private static final int ZERO = 2;
    private static final int POS = 4;
    private static final int ANY = NEG | ZERO | POS;

    /** Functions that are positive everywhere on the reals. */
    private static final Set<String> POSITIVE_FUNCTIONS = Set.of("exp", "cosh", "sech", "logisticsigmoid", "sigmoid", "softplus");
    /** Odd increasing functions: their sign is their argument's. */
    private static final Set<String> SIGN_PRESERVING = Set.of("sinh", "tanh", "arctan", "arcsinh", "sign", "softsign", "relu",
            "erf");

    private final SymjaEngine engine;
    private final Map<IExpr, Integer> known = new HashMap<>();

    /** @param conditions relations known to hold ({@code a > 0}, {@code x^2 - 1 != 0}, conjunctions of them) */
    SignAnalysis(SymjaEngine engine, List<IExpr> conditions) {
        this.engine = engine;
        conditions.forEach(this::learn);
    }

    boolean positive(IExpr u) {
        return signs(u) == POS;
    }

    boolean nonNegative(IExpr u) {
        return (signs(u) & NEG) == 0;
    }

    boolean nonPositive(IExpr u) {
        return (signs(u) & POS) == 0;
    }

    private void learn(IExpr condition) {
        if (!condition.isAST()) {
            return;
        }
        IAST c = (IAST) condition;
        if (c.isAST(S.And)) {
            c.forEach(this::learn);
            return;
        }
        if (c.isAST(S.Inequality)) {
            for (int i = 1; i + 2 < c.size(); i += 2) {
                learn(F.binaryAST2(c.get(i + 1), c.get(i), c.get(i + 2)));
            }
            return;
        }
        if (c.argSize() != 2) {
            return;
        }
        int allowed = switch (c.head().toString()) {
            case "Greater" -> POS;
            case "GreaterEqual" -> POS | ZERO;
            case "Less" -> NEG;
            case "LessEqual" -> NEG | ZERO;
            case "Unequal" -> NEG | POS;
            case "Equal" -> ZERO;
            default -> ANY;
        };
        if (allowed != ANY) {
            restrict(engine.eval(F.Expand(F.Subtract(c.arg1(), c.arg2()))), allowed);
        }
    }

    /**
     * u is known to have one of the allowed signs; what that says of simpler expressions is
     * learnt too: b^e > 0 with an odd or fractional e says b > 0, b^2 != 0 says b != 0,
     * c u with a number c says the same of u (flipped when c < 0), and u - c with a number c
     * bounds u.
     */
    private void restrict(IExpr u, int allowed) {
        known.merge(u, allowed, (a, b) -> a & b);
        if (u.isTimes() && ((IAST) u).arg1().isReal() && ((IAST) u).argSize() == 2) {
            double c = ((IAST) u).arg1().evalDouble();
            if (c != 0) {
                restrict(((IAST) u).arg2(), c > 0 ? allowed : flip(allowed));
            }
        } else if (u.isPower() && ((IAST) u).exponent().isReal()) {
            IAST power = (IAST) u;
            IExpr exponent = power.exponent();
            int signs = exponent.isNegative() ? allowed & ~ZERO : allowed; // a negative power is never 0
            if (exponent.isInteger()) {
                boolean even = exponent.evalDouble() % 2 == 0;
                if (!even) {
                    restrict(power.base(), signs); // an odd power has its base's sign
                } else if ((signs & ZERO) == 0) {
                    restrict(power.base(), NEG | POS);
                }
            } else if ((signs & ZERO) == 0) {
                restrict(power.base(), POS); // a fractional power that is not 0 has a positive base
            }
        } else if (u.isPlus() && ((IAST) u).arg1().isReal() && ((IAST) u).argSize() == 2) {
            // c + v with those signs bounds v by -c: positive when v > -c >= 0 or v >= -c > 0
            double bound = -((IAST) u).arg1().evalDouble();
            IExpr v = ((IAST) u).arg2();
            if (allowed == POS && bound >= 0 || allowed == (POS | ZERO) && bound > 0) {
                restrict(v, POS);
            } else if (allowed == NEG && bound <= 0 || allowed == (NEG | ZERO) && bound < 0) {
                restrict(v, NEG);
            }
        }
    }

    private static int flip(int signs) {
        return (signs & ZERO) | ((signs & NEG) != 0 ? POS : 0) | ((signs & POS) != 0 ? NEG : 0);
    }

    /** The signs u can have, as far as its form and what is known tell. */
    private int signs(IExpr u) {
        Integer fact = known.get(u);
        int found = fact == null ? ANY : fact;
        return found & structural(u);
    }

    private int structural(IExpr u) {
        if (u.isNumber()) {
            if (!u.isReal()) {
                return ANY;
            }
            double v = u.evalDouble();
            return v > 0 ? POS : v < 0 ? NEG : ZERO;
        }
        if (u == S.Pi || u == S.E || u == S.Degree || u == S.EulerGamma || u == S.GoldenRatio) {
            return POS;
        }
        if (!u.isAST()) {
            return ANY;
        }
        IAST ast = (IAST) u;
        if (ast.isPlus()) {
            int result = 0;
            boolean strict = false;
            for (IExpr term : ast) {
                int s = signs(term);
                result |= s;
                strict |= s == POS || s == NEG;
            }
            if (result == (POS | ZERO) && strict || result == (NEG | ZERO) && strict) {
                return result & ~ZERO;
            }
            return result == 0 ? ANY : result;
        }
        if (ast.isTimes()) {
            int result = POS;
            for (IExpr factor : ast) {
                result = times(result, signs(factor));
            }
            return result;
        }
        if (ast.isPower()) {
            return power(ast.base(), ast.exponent());
        }
        String head = ast.head().toString().toLowerCase(Locale.ROOT);
        if (ast.argSize() >= 1 && POSITIVE_FUNCTIONS.contains(head)) {
            return POS;
        }
        if (ast.argSize() == 1 && SIGN_PRESERVING.contains(head)) {
            return signs(ast.arg1());
        }
        if (ast.isAST(S.Abs, 2) || head.equals("abs2")) {
            return (signs(ast.arg1()) & ZERO) | POS;
        }
        if (ast.isAST(S.Sqrt, 2)) {
            return (signs(ast.arg1()) & ZERO) | POS;
        }
        return ANY;
    }

    /** The signs of a product from its factors' signs. */
    private static int times(int a, int b) {
        int result = 0;
        if ((a & ZERO) != 0 || (b & ZERO) != 0) {
            result |= ZERO;
        }
        if ((a & POS) != 0 && (b & POS) != 0 || (a & NEG) != 0 && (b & NEG) != 0) {
            result |= POS;
        }
        if ((a & POS) != 0 && (b & NEG) != 0 || (a & NEG) != 0 && (b & POS) != 0) {
            result |= NEG;
        }
        return result;
    }

    private int power(IExpr base, IExpr exponent) {
        if (base == S.E) {
            return POS; // of a real exponent: a real claim's exponents are real
        }
        int b = signs(base);
        if (exponent.isInteger()) {
            boolean even = exponent.evalDouble() % 2 == 0;
            int nonZero = b & ~ZERO;
            if (even) {
                return nonZero == 0 ? ZERO : (b & ZERO) | POS;
            }
            return exponent.isNegative() ? nonZero : b;
        }
        // a non-integer power is defined only on b >= 0, where it has b's sign
        return (b & ZERO) | POS;
    }
}

package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The numerator of an expression over a common denominator, found without polynomial gcds: each
 * denominator is kept as a product of factors (sums, as written) with powers, and a sum is
 * brought over the least common multiple of its terms' factors. Together does the same with
 * gcds and takes seconds where this takes milliseconds (a sigmoid's derivative in three
 * variables). Whatever is not rational (a logarithm, an unknown function) is an opaque factor.
 * The expression is 0 exactly when the expanded numerator is, wherever the denominators are not 0.
 */
final class CommonDenominator {
    /** num / product of base^power over den. */
    private record Fraction(IExpr num, Map<IExpr, Integer> den) {}

    private final SymjaEngine engine;

    CommonDenominator(SymjaEngine engine) {
        this.engine = engine;
    }

    /** The expanded numerator, or null when the time ran out. */
    IExpr numerator(IExpr expr, Deadline deadline) {
        Fraction f = fraction(expr, deadline);
        return f == null ? null : expand(f.num(), deadline);
    }

    private Fraction fraction(IExpr e, Deadline deadline) {
        if (deadline.expired()) {
            return null;
        }
        if (e.isTimes()) {
            IASTAppendable num = F.TimesAlloc(((IAST) e).argSize());
            Map<IExpr, Integer> den = new LinkedHashMap<>();
            for (IExpr factor : (IAST) e) {
                Fraction f = fraction(factor, deadline);
                if (f == null) {
                    return null;
                }
                num.append(f.num());
                f.den().forEach((base, power) -> den.merge(base, power, Integer::sum));
            }
            return new Fraction(num, den);
        }
        if (e.isPlus()) {
            java.util.List<Fraction> terms = new java.util.ArrayList<>();
            Map<IExpr, Integer> lcm = new LinkedHashMap<>();
            for (IExpr term : (IAST) e) {
                Fraction f = fraction(term, deadline);
                if (f == null) {
                    return null;
                }
                terms.add(f);
                f.den().forEach((base, power) -> lcm.merge(base, power, Math::max));
            }
            IASTAppendable num = F.PlusAlloc(terms.size());
            for (Fraction t : terms) {
                IASTAppendable scaled = F.TimesAlloc(lcm.size() + 1);
                scaled.append(t.num());
                lcm.forEach((base, power) -> {
                    int missing = power - t.den().getOrDefault(base, 0);
                    if (missing > 0) {
                        scaled.append(F.Power(base, F.ZZ(missing)));
                    }
                });
                num.append(scaled);
            }
            return new Fraction(num, lcm);
        }
        if (e.isPower() && ((IAST) e).exponent().isInteger() && ((IAST) e).base().isAST()) {
            int k = ((IAST) e).exponent().toIntDefault();
            Fraction b = fraction(((IAST) e).base(), deadline);
            if (b == null || k == Integer.MIN_VALUE) {
                return null;
            }
            int n = Math.abs(k);
            IASTAppendable denAsProduct = F.TimesAlloc(b.den().size() + 1);
            b.den().forEach((base, power) -> denAsProduct.append(F.Power(base, F.ZZ(power * n))));
            if (k > 0) {
                Map<IExpr, Integer> den = new LinkedHashMap<>();
                b.den().forEach((base, power) -> den.put(base, power * k));
                return new Fraction(F.Power(b.num(), F.ZZ(k)), den);
            }
            IExpr base = expand(b.num(), deadline); // a canonical form, so that equal denominators meet
            if (base == null) {
                return null;
            }
            denAsProduct.append(F.C1);
            return new Fraction(denAsProduct, Map.of(base, n));
        }
        return new Fraction(e, Map.of());
    }

    private IExpr expand(IExpr e, Deadline deadline) {
        return deadline.leavesTimeForAnEvaluation() ? engine.eval(F.Expand(e), deadline.remainingMillis()) : null;
    }
}

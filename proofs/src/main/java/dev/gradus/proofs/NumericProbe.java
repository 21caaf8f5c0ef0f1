package dev.gradus.proofs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Compares both sides of a claim at random rational points inside the domain (the assumptions
 * hold and both sides are finite, and real for a real claim), in 30-digit arithmetic. A point
 * where they differ is confirmed in 50 digits before it is reported.
 */
final class NumericProbe {
    /** Points at which both sides must agree before a claim counts as plausible. */
    static final int POINTS = 10;
    private static final int ATTEMPTS = 120;
    private static final double DIFFERENCE = 1e-20;

    /** What the probe found: agreeing points, and a counterexample or null. */
    record Result(int agreeing, Map<String, Double> counterexample, String explanation) {}

    private final SymjaEngine engine;
    private final List<ISymbol> variables;
    private final List<IExpr> assumptions;
    private final boolean complexClaim;
    private final Map<ISymbol, String> names;
    private final Random random = new Random(20261123);

    /**
     * @param variables    the real symbols to sample (real and imaginary parts of complex variables included)
     * @param names        how each symbol is shown in a counterexample (x, Re(z), Im(z))
     * @param assumptions  conditions every point must satisfy
     * @param complexClaim whether complex values of the sides are allowed
     */
    NumericProbe(SymjaEngine engine, List<ISymbol> variables, Map<ISymbol, String> names, List<IExpr> assumptions,
                 boolean complexClaim) {
        this.engine = engine;
        this.variables = variables;
        this.names = names;
        this.assumptions = assumptions;
        this.complexClaim = complexClaim;
    }

    Result probe(IExpr lhs, IExpr rhs, Deadline deadline) {
        int agreeing = 0;
        IExpr difference = F.Abs(F.Subtract(lhs, rhs));
        for (int attempt = 0; attempt < ATTEMPTS && agreeing < POINTS && deadline.leavesTimeForAnEvaluation(); attempt++) {
            IAST rules = randomPoint(attempt);
            if (!satisfiesAssumptions(rules)) {
                continue;
            }
            IExpr l = numeric(lhs, rules, 30, deadline);
            IExpr r = numeric(rhs, rules, 30, deadline);
            if (!defined(l) || !defined(r)) {
                continue;
            }
            IExpr d30 = numeric(difference, rules, 30, deadline);
            if (!d30.isNumber()) {
                continue;
            }
            double scale = Math.max(1.0, Math.max(magnitude(l), magnitude(r)));
            double d = d30.evalDouble();
            if (d <= DIFFERENCE * scale) {
                agreeing++;
                continue;
            }
            IExpr d50 = numeric(difference, rules, 50, deadline);
            if (d50.isNumber() && Math.abs(d50.evalDouble() - d) <= 1e-6 * d) {
                return new Result(agreeing, point(rules), String.format(Locale.ROOT,
                        "at %s: lhs = %s, rhs = %s (confirmed in 50 digits)", describe(rules), show(l), show(r)));
            }
            if (!deadline.leavesTimeForAnEvaluation()) { // a difference not confirmed: the points that agreed say nothing now
                return new Result(0, null, String.format(Locale.ROOT, "at %s the sides differ in 30 digits (lhs = %s, rhs = %s),"
                        + " but the time limit came before the check in 50 digits", describe(rules), show(l), show(r)));
            }
        }
        return new Result(agreeing, null, agreeing + " random points agree in 30-digit arithmetic");
    }

    private IAST randomPoint(int attempt) {
        IASTAppendable rules = F.ListAlloc(variables.size());
        for (ISymbol v : variables) {
            // Rationals with denominator 1000 in [-3, 3]; every fourth point wider, in [-10, 10].
            int range = attempt % 4 == 3 ? 10_000 : 3_000;
            int numerator = random.nextInt(2 * range + 1) - range;
            if (numerator == 0) {
                numerator = 1; // a kink sits at 0 more often than anywhere else
            }
            rules.append(F.Rule(v, F.QQ(numerator, 1000)));
        }
        return rules;
    }

    private boolean satisfiesAssumptions(IAST rules) {
        for (IExpr assumption : assumptions) {
            if (!engine.eval(F.ReplaceAll(assumption, rules)).isTrue()) {
                return false;
            }
        }
        return true;
    }

    /** expr at the point in {@code digits} digits; Indeterminate where that fails or the time runs out. */
    private IExpr numeric(IExpr expr, IAST rules, int digits, Deadline deadline) {
        if (!deadline.leavesTimeForAnEvaluation()) {
            return F.Indeterminate;
        }
        try {
            IExpr value = engine.eval(F.N(F.ReplaceAll(expr, rules), F.ZZ(digits)), deadline.remainingMillis());
            return value == null ? F.Indeterminate : value;
        } catch (RuntimeException | StackOverflowError e) {
            return F.Indeterminate;
        }
    }

    private boolean defined(IExpr value) {
        if (!value.isNumber() || value.isIndeterminate() || value.isDirectedInfinity()) {
            return false;
        }
        return complexClaim || value.isReal() || value.im().isZero();
    }

    private static double magnitude(IExpr value) {
        try {
            return value.isReal() ? Math.abs(value.evalDouble()) : value.evalComplex().norm();
        } catch (RuntimeException e) {
            return 1.0;
        }
    }

    private Map<String, Double> point(IAST rules) {
        Map<String, Double> point = new LinkedHashMap<>();
        for (int i = 1; i < rules.size(); i++) {
            IAST rule = (IAST) rules.get(i);
            point.put(names.get((ISymbol) rule.arg1()), rule.arg2().evalDouble());
        }
        return point;
    }

    private String describe(IAST rules) {
        if (rules.size() == 1) {
            return "every point (both sides are constants)";
        }
        List<String> parts = new ArrayList<>();
        point(rules).forEach((name, value) -> parts.add(name + " = " + value));
        return String.join(", ", parts);
    }

    private static String show(IExpr value) {
        try {
            if (value.isReal()) {
                return String.format(Locale.ROOT, "%.15g", value.evalDouble());
            }
            org.hipparchus.complex.Complex c = value.evalComplex();
            return String.format(Locale.ROOT, "%.15g%+.15gi", c.getReal(), c.getImaginary());
        } catch (RuntimeException e) {
            return value.toString();
        }
    }
}

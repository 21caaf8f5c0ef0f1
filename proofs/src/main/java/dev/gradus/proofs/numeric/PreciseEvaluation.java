package dev.gradus.proofs.numeric;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaFailure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.apfloat.Apcomplex;
import org.apfloat.ApcomplexMath;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.INumber;

/**
 * Symja's judgement of a claim at one exact point, which the double screen only proposes:
 * whether each side is inside its domain (every step real and finite for a real claim, finite
 * for a complex one, as the steps are written), and whether the values agree. Values are
 * compared exactly where both sides evaluate to exact numbers (a rational point in a rational
 * function: (x - a)^6000 against (x - a)^5999, whatever their size); otherwise in 30 digits,
 * relative to their size, and a difference counts only when 50 digits confirm it.
 */
final class PreciseEvaluation {
    /** How one point came out. */
    enum Outcome { AGREE, DIFFER, LEFT_ONLY, RIGHT_ONLY, NEITHER, UNDECIDED }

    /** The outcome with the values to show (for DIFFER), and whether they were compared exactly. */
    record Comparison(Outcome outcome, String lhs, String rhs, boolean exact) {
        static Comparison of(Outcome outcome) {
            return new Comparison(outcome, null, null, false);
        }
    }

    private enum Domain { IN, OUTSIDE, UNDECIDED }

    /** One side at the point: its exact value (a number, or an expression for N) and its 30-digit value. */
    private record SideValue(Domain domain, IExpr exact, INumber digits30) {}

    /** Symja heads whose value is real and finite wherever their arguments are: no step of the domain to check. */
    private static final Set<String> TOTAL = Set.of("Plus", "Times", "Exp", "Sin", "Cos", "Sinh", "Cosh", "Tanh", "Sech",
            "ArcTan", "ArcSinh", "ArcCot", "Abs", "Sign", "Max", "Min", "UnitStep", "Ramp", "Clip", "Floor", "Ceiling",
            "Round", "Piecewise", "Boole", "LogisticSigmoid", "Erf", "Erfc", "Re", "Im", "Conjugate", "Arg", "KroneckerDelta",
            "List");
    private static final double AGREE_30 = 1e-25;
    private static final double AGREE_50 = 1e-45;
    /** Steps beyond 10^+-5000 are not examined in the precision their cancellation would need. */
    private static final long MAX_RANGE = 5000;

    private final SymjaEngine engine;
    private final boolean complex;

    /** @param complex whether the claim is complex: values are principal complex values, and a side is only undefined where a step is infinite */
    PreciseEvaluation(SymjaEngine engine, boolean complex) {
        this.engine = engine;
        this.complex = complex;
    }

    Comparison compare(IExpr lhs, IExpr rhs, IAST point, Deadline deadline) {
        SideValue l = side(lhs, point, deadline);
        SideValue r = side(rhs, point, deadline);
        if (l.domain() == Domain.UNDECIDED || r.domain() == Domain.UNDECIDED) {
            return Comparison.of(Outcome.UNDECIDED);
        }
        if (l.domain() != r.domain()) {
            return Comparison.of(l.domain() == Domain.IN ? Outcome.LEFT_ONLY : Outcome.RIGHT_ONLY);
        }
        if (l.domain() == Domain.OUTSIDE) {
            return Comparison.of(Outcome.NEITHER);
        }
        if (l.exact().isNumber() && r.exact().isNumber() && l.exact().isExactNumber() && r.exact().isExactNumber()) {
            boolean equal = engine.eval(F.Subtract(l.exact(), r.exact())).isZero();
            return new Comparison(equal ? Outcome.AGREE : Outcome.DIFFER, show(l.exact(), deadline), show(r.exact(), deadline), true);
        }
        Apcomplex l30 = l.digits30().apcomplexValue();
        Apcomplex r30 = r.digits30().apcomplexValue();
        double d30 = relativeDifference(l30, r30);
        if (d30 <= AGREE_30) {
            return Comparison.of(Outcome.AGREE);
        }
        INumber l50 = numeric(l.exact(), 50, deadline);
        INumber r50 = numeric(r.exact(), 50, deadline);
        if (l50 == null || r50 == null) {
            return Comparison.of(Outcome.UNDECIDED);
        }
        double d50 = relativeDifference(l50.apcomplexValue(), r50.apcomplexValue());
        if (d50 <= AGREE_50 || d50 < d30 * 1e-8) {
            return Comparison.of(Outcome.AGREE); // the 30-digit difference was rounding: it shrinks with the precision
        }
        // A function that Symja evaluates in double only inside N(.., 50) keeps its rounding error at any precision.
        boolean fullPrecision = Math.min(precision(l50), precision(r50)) >= 40;
        if (Math.abs(d50 - d30) <= 1e-6 * d30 && (fullPrecision || d50 > 1e-10)) {
            return beyondCancellation(l.exact(), r.exact(), d50, deadline)
                    ? new Comparison(Outcome.DIFFER, show(l50, deadline), show(r50, deadline), false)
                    : Comparison.of(Outcome.UNDECIDED);
        }
        return Comparison.of(Outcome.UNDECIDED);
    }

    /**
     * Whether a difference seen in 50 digits survives a precision that no cancellation can fool:
     * 1 - sigmoid(974.5) is 0 in 50 digits but 10^-424 in fact, since sigmoid(974.5) = 1 - 10^-424.
     * A side whose steps span 10^-k to 10^k can lose up to 2k digits to cancellation, so the
     * sides are compared again with 2k more digits than 50, unless no step leaves 10^+-20.
     */
    private boolean beyondCancellation(IExpr lhs, IExpr rhs, double d50, Deadline deadline) {
        long range = Math.max(decimalRange(lhs, deadline), decimalRange(rhs, deadline));
        if (range < 0 || range > MAX_RANGE) {
            return false;
        }
        if (range <= 20) {
            return true;
        }
        int digits = (int) (50 + 2 * range);
        INumber l = numeric(lhs, digits, deadline);
        INumber r = numeric(rhs, digits, deadline);
        if (l == null || r == null) {
            return false;
        }
        double d = relativeDifference(l.apcomplexValue(), r.apcomplexValue());
        return Math.abs(d - d50) <= 1e-6 * d50;
    }

    /** The largest decimal exponent, up or down, of any step of a side at the point; -1 when out of time. */
    private long decimalRange(IExpr e, Deadline deadline) {
        long range = 0;
        if (e.isNumber()) {
            INumber n = e.isExactNumber() ? numeric(e, 20, deadline) : (INumber) e;
            return n == null ? -1 : exponent(n.apcomplexValue());
        }
        if (!e.isAST()) {
            return 0;
        }
        IAST ast = (IAST) e;
        for (IExpr arg : ast) {
            long inner = decimalRange(arg, deadline);
            if (inner < 0) {
                return -1;
            }
            range = Math.max(range, inner);
        }
        INumber n = numeric(ast, 20, deadline);
        return n == null ? -1 : Math.max(range, exponent(n.apcomplexValue()));
    }

    private static long exponent(Apcomplex z) {
        Apfloat size = ApcomplexMath.abs(z);
        return size.signum() == 0 ? 0 : Math.abs(size.scale());
    }

    /**
     * The sides compared in 30 digits at the point, without examining domains: a quick look
     * where double could not tell (an overflow, say). Only AGREE is a finding; DIFFER asks for
     * {@link #compare}, and UNDECIDED (out of time) for nothing more at this point.
     */
    Outcome approximately(IExpr lhs, IExpr rhs, IAST point, Deadline deadline) {
        INumber l = numeric(evaluate(lhs, point, deadline), 30, deadline);
        INumber r = numeric(evaluate(rhs, point, deadline), 30, deadline);
        if (l == null || r == null) {
            return Outcome.UNDECIDED;
        }
        if (isInfinite(l) || isInfinite(r)) {
            return Outcome.DIFFER;
        }
        return relativeDifference(l.apcomplexValue(), r.apcomplexValue()) <= 1e-20 ? Outcome.AGREE : Outcome.DIFFER;
    }

    /** Whether a side is defined at the point: every step of it real (or complex, in a complex claim) and finite. */
    boolean defined(IExpr side, IAST point, Deadline deadline) {
        return side(side, point, deadline).domain() == Domain.IN;
    }

    private SideValue side(IExpr side, IAST point, Deadline deadline) {
        Domain domain = domain(side, point, deadline);
        if (domain != Domain.IN) {
            return new SideValue(domain, null, null);
        }
        IExpr exact = evaluate(side, point, deadline);
        INumber value = exact == null ? null : exact.isNumber() && !exact.isExactNumber() ? (INumber) exact : numeric(exact, 30, deadline);
        if (value == null) {
            return new SideValue(Domain.UNDECIDED, null, null);
        }
        return new SideValue(acceptable(value) ? Domain.IN : Domain.OUTSIDE, exact, value);
    }

    /**
     * Whether every step of the side is defined at the point: the steps that can leave the
     * domain (a power, a root, a logarithm, a division, ...) are evaluated one by one; a
     * Piecewise only in the branch that holds there.
     */
    private Domain domain(IExpr e, IAST point, Deadline deadline) {
        if (!e.isAST()) {
            return Domain.IN;
        }
        IAST ast = (IAST) e;
        if (ast.isAST(S.Piecewise) && ast.arg1().isList()) {
            return piecewiseDomain(ast, point, deadline);
        }
        Domain inside = Domain.IN;
        for (int i = 1; i < ast.size(); i++) {
            Domain d = domain(ast.get(i), point, deadline);
            if (d == Domain.OUTSIDE) {
                return d;
            }
            if (d == Domain.UNDECIDED) {
                inside = d;
            }
        }
        if (inside != Domain.IN || !restricts(ast)) {
            return inside;
        }
        IExpr exact = evaluate(ast, point, deadline);
        INumber value = exact == null ? null : exact.isNumber() ? (INumber) exact : numeric(exact, 30, deadline);
        if (value == null) {
            return exact != null && isInfinite(exact) ? Domain.OUTSIDE : Domain.UNDECIDED;
        }
        return acceptable(value) ? Domain.IN : Domain.OUTSIDE;
    }

    private Domain piecewiseDomain(IAST piecewise, IAST point, Deadline deadline) {
        IAST cases = (IAST) piecewise.arg1();
        for (int i = 1; i < cases.size(); i++) {
            if (!cases.get(i).isList() || ((IAST) cases.get(i)).argSize() != 2) {
                return Domain.UNDECIDED;
            }
            IAST valueAndCondition = (IAST) cases.get(i);
            IExpr holds = evaluate(valueAndCondition.arg2(), point, deadline);
            if (holds == null || !(holds.isTrue() || holds.isFalse())) {
                return Domain.UNDECIDED;
            }
            if (holds.isTrue()) {
                return domain(valueAndCondition.arg1(), point, deadline);
            }
        }
        return piecewise.argSize() >= 2 ? domain(piecewise.arg2(), point, deadline) : Domain.IN;
    }

    /** Whether a step can leave the domain: anything but the total functions and positive integer powers (exp included). */
    private static boolean restricts(IAST ast) {
        if (ast.isPower()) {
            IExpr exponent = ast.exponent();
            return !(ast.base() == S.E || exponent.isInteger() && exponent.isPositive());
        }
        return !(ast.head().isBuiltInSymbol() && TOTAL.contains(ast.head().toString())) && !isTotalProjectFunction(ast);
    }

    /** The project's functions (sigmoid, relu, softsign, ...) are defined and real on every real number. */
    private static boolean isTotalProjectFunction(IAST ast) {
        return ast.head().isSymbol() && !ast.head().isBuiltInSymbol()
                && MachineFunctions.isTotal(ast.head().toString());
    }

    /** A finite number, and for a real claim a real one. */
    private boolean acceptable(INumber value) {
        if (isInfinite(value)) {
            return false;
        }
        return complex || value.isReal() || value.imDoubleValue() == 0 && isZero(value.apcomplexValue().imag());
    }

    private static boolean isZero(Apfloat x) {
        return x.signum() == 0;
    }

    private static boolean isInfinite(IExpr e) {
        return e.isDirectedInfinity() || e.isComplexInfinity() || e.isIndeterminate();
    }

    /** The expression with the point put in (without evaluating it first: sqrt(x)^2 stays a square root), evaluated exactly. */
    private IExpr evaluate(IExpr e, IAST point, Deadline deadline) {
        if (!deadline.leavesTimeForAnEvaluation()) {
            return null;
        }
        try {
            IExpr substituted = e.replaceAll(point).orElse(e);
            return engine.eval(substituted, deadline.remainingMillis());
        } catch (SymjaFailure ex) {
            return null;
        }
    }

    private INumber numeric(IExpr exact, int digits, Deadline deadline) {
        if (exact == null || !deadline.leavesTimeForAnEvaluation()) {
            return null;
        }
        try {
            IExpr value = engine.eval(F.N(exact, F.ZZ(digits)), deadline.remainingMillis());
            return value != null && value.isNumber() ? (INumber) value : null;
        } catch (SymjaFailure ex) {
            return null;
        }
    }

    /** |l - r| / max(|l|, |r|), 0 when both are 0; computed in Apfloat, so that 10^1707 is a number like any other. */
    static double relativeDifference(Apcomplex l, Apcomplex r) {
        Apfloat difference = ApcomplexMath.abs(l.subtract(r));
        Apfloat size = ApcomplexMath.abs(l).compareTo(ApcomplexMath.abs(r)) >= 0 ? ApcomplexMath.abs(l) : ApcomplexMath.abs(r);
        if (size.signum() == 0) {
            return difference.signum() == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return difference.divide(size).doubleValue();
    }

    private static long precision(INumber value) {
        Apcomplex z = value.apcomplexValue();
        return z.precision();
    }

    /** A value for a person: an exact number as it is when short, else 15 significant digits. */
    private String show(IExpr value, Deadline deadline) {
        if (value.isExactNumber() && value.toString().length() <= 24) {
            return value.toString();
        }
        INumber n = value.isNumber() && !value.isExactNumber() ? (INumber) value : numeric(value, 30, deadline);
        return n == null ? value.toString() : format(n.apcomplexValue());
    }

    /** 15 significant digits, in positional notation where that is short and as d.ddd*10^k where it is not. */
    static String format(Apcomplex z) {
        String re = format(z.real());
        if (z.imag().signum() == 0) {
            return re;
        }
        String im = format(ApfloatMath.abs(z.imag())) + "*I";
        if (z.real().signum() == 0) {
            return (z.imag().signum() < 0 ? "-" : "") + im;
        }
        return re + (z.imag().signum() < 0 ? " - " : " + ") + im;
    }

    private static String format(Apfloat x) {
        if (x.signum() == 0) {
            return "0";
        }
        Apfloat rounded = ApfloatMath.round(x, 15, RoundingMode.HALF_EVEN);
        long exponent = rounded.scale() - 1;
        if (exponent >= -4 && exponent < 15) {
            return new BigDecimal(rounded.toString(true)).stripTrailingZeros().toPlainString();
        }
        Apfloat mantissa = rounded.divide(ApfloatMath.pow(new Apfloat(10, 20), exponent));
        String digits = new BigDecimal(ApfloatMath.round(mantissa, 15, RoundingMode.HALF_EVEN).toString(true))
                .stripTrailingZeros().toPlainString();
        return digits + "*10^" + exponent;
    }
}

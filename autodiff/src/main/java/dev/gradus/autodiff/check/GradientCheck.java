package dev.gradus.autodiff.check;

import dev.gradus.autodiff.Gradient;
import dev.gradus.autodiff.Gradients;
import dev.gradus.autodiff.ScalarFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Checks a gradient against numbers computed from the function's values alone.
 *
 * <pre>{@code
 * GradientReport r = GradientCheck.withDefaults().names("x", "y").check(f, 0.3, -1.2);
 * if (!r.passed()) System.out.println(r);
 * }</pre>
 *
 * <p>Three checks: {@link #check(ScalarFunction, double...)} compares the tape's gradient of a
 * function written against {@code ScalarOps} with central differences;
 * {@link #checkComplexStep(ScalarFunction, double...)} compares it with the complex step, which is
 * exact to rounding for real-analytic functions; {@link #check(ToDoubleFunction, Function, double...)}
 * checks a hand-written gradient of a plain {@code double[] -> double} function.
 *
 * <p>How central differences decide, per input x_i: starting from h = relativeStep max(|x_i|, 1),
 * central differences at h, h/2 and h/4 give two Richardson extrapolations; the finer one is the
 * numeric value, their difference its uncertainty. Once the uncertainty is within tolerance of the
 * numeric value, the analytic value either agrees ({@link Outcome#OK}) or not: then the function
 * is tested for smoothness on the three scales; a smooth function is a {@link Outcome#MISMATCH},
 * and near a kink the outcome is {@link Outcome#NEAR_KINK} when the analytic value lies between
 * the one-sided slopes (a valid choice at a kink), else a mismatch. While the uncertainty is too
 * large the step is divided by 10, until rounding would dominate; then the outcome is
 * {@link Outcome#INCONCLUSIVE}, or NEAR_KINK if the last step shows a kink. A disagreement is only
 * reported once two consecutive settled steps agree on it (or rounding leaves no smaller step),
 * and never when it is within the noise measured on the samples.
 *
 * <p>Instances are immutable; the {@code with...} methods return modified copies.
 */
public final class GradientCheck {
    /** Steps tried per input: h, h/10, ..., h/10^7. */
    private static final int MAX_STEP_REDUCTIONS = 8;
    /**
     * From the measured noise sigma of f to the noise of the estimate at step h, about
     * 4 sigma / h (the h/4 difference, extrapolated), with a margin of two.
     */
    private static final double NOISE_FACTOR = 8;

    private final Tolerances tolerances;
    private final List<String> names;

    private GradientCheck(Tolerances tolerances, List<String> names) {
        this.tolerances = tolerances;
        this.names = names;
    }

    /** Relative tolerance 1e-6, absolute 1e-8, step cbrt(eps) max(|x|, 1): see {@link Tolerances}. */
    public static GradientCheck withDefaults() {
        return new GradientCheck(Tolerances.DEFAULT, List.of());
    }

    /** A copy that judges with {@code tolerances}. */
    public GradientCheck withTolerances(Tolerances tolerances) {
        return new GradientCheck(Objects.requireNonNull(tolerances), names);
    }

    /** Names for the inputs in reports, in order; unnamed inputs are shown as x[i]. */
    public GradientCheck names(String... names) {
        return new GradientCheck(tolerances, List.of(names));
    }

    /** The tolerances this check judges with. */
    public Tolerances tolerances() {
        return tolerances;
    }

    /** The tape gradient of f at x against central differences. */
    public GradientReport check(ScalarFunction f, double... x) {
        Gradients gradients = Gradients.of(f);
        Gradient g = gradients.at(x);
        return centralDifferences(gradients::valueAt, g.value(), g.gradient(), x, new double[x.length]);
    }

    /** A hand-written gradient of f at x against central differences. */
    public GradientReport check(ToDoubleFunction<double[]> f, Function<double[], double[]> gradient, double... x) {
        double[] g = gradient.apply(x.clone());
        if (g == null || g.length != x.length) {
            throw new IllegalArgumentException("the gradient has " + (g == null ? "no" : g.length)
                    + " components for " + x.length + " inputs");
        }
        return centralDifferences(f, f.applyAsDouble(x.clone()), g, x, new double[x.length]);
    }

    /**
     * As {@link #check(ToDoubleFunction, Function, double...)}, with each partial judged against
     * {@code scales[i]} as well as its own size: for a component of a larger quantity.
     */
    GradientReport check(ToDoubleFunction<double[]> f, double[] gradient, double[] x, double[] scales) {
        return centralDifferences(f, f.applyAsDouble(x.clone()), gradient, x, scales);
    }

    /** The tape gradient of f at x against the complex step (for real-analytic f). */
    public GradientReport checkComplexStep(ScalarFunction f, double... x) {
        Gradient g = Gradients.of(f).at(x);
        List<InputCheck> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double a = g.get(i);
            double n = ComplexStep.derivative(f, x, i);
            rows.add(compareExact(name(i), a, n, g.value()));
        }
        return new GradientReport(NumericMethod.COMPLEX_STEP, x, g.value(), rows, tolerances);
    }

    private GradientReport centralDifferences(ToDoubleFunction<double[]> f, double value, double[] gradient, double[] x,
                                              double[] scales) {
        List<InputCheck> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            int coordinate = i;
            DoubleUnaryOperator alongCoordinate = t -> {
                double[] moved = x.clone();
                moved[coordinate] = t;
                return f.applyAsDouble(moved);
            };
            rows.add(centralDifference(name(i), gradient[i], alongCoordinate, x[i], value, scales[i]));
        }
        return new GradientReport(NumericMethod.CENTRAL_DIFFERENCE, x, value, rows, tolerances);
    }

    /**
     * Starts at h = relativeStep max(|x|, 1) and divides the step by 10 while the differences have
     * not converged, as long as rounding leaves something to learn: a function that varies too fast
     * for the first step (sin(exp(x)) at x = 10) is resolved further down.
     */
    private InputCheck centralDifference(String name, double a, DoubleUnaryOperator g, double x, double f0, double scale) {
        if (!Double.isFinite(f0)) {
            return new InputCheck(name, a, Double.NaN, Double.NaN, Outcome.INCONCLUSIVE, "f is not finite here");
        }
        double h = startingStep(g, x, f0, scale);
        double noise = NOISE_FACTOR * Differences.evaluationNoise(g, x);
        Differences last = null;
        // A disagreement is reported only when two consecutive settled steps agree on it:
        // differences of a function that varies too fast can settle at one step by accident.
        InputCheck candidate = null;
        double candidateEstimate = Double.NaN;
        boolean limited = false;
        for (int level = 0; level < MAX_STEP_REDUCTIONS; level++, h /= 10) {
            Differences d = Differences.sample(g, x, h, f0);
            if (!d.allFinite()) {
                candidate = null;
                continue;
            }
            last = d;
            double n = d.estimate();
            double u = Math.max(d.uncertainty(), noise / d.h);
            // Trust is judged against the numeric value itself, so that a large wrong analytic
            // value cannot loosen it.
            double trusted = tolerances.allowed(n, n, scale);
            if (u <= trusted) {
                if (!Double.isFinite(a)) {
                    return row(name, a, n, scale, Outcome.MISMATCH, "the analytic value is not finite");
                }
                if (Math.abs(a - n) <= tolerances.allowed(a, n, scale) + u) {
                    return row(name, a, n, scale, Outcome.OK, "");
                }
                InputCheck verdict = converged(name, a, d, scale);
                if (verdict.outcome() != Outcome.MISMATCH) {
                    return verdict; // a kink: nothing to confirm
                }
                if (candidate != null
                        && Math.abs(n - candidateEstimate) <= tolerances.allowed(n, candidateEstimate, scale) + u) {
                    return candidate;
                }
                candidate = verdict;
                candidateEstimate = n;
                continue;
            }
            if (Math.max(d.roundingBound(), noise / d.h) > trusted) {
                limited = true;
                break; // smaller steps would only see more rounding: a settled verdict stands
            }
            candidate = null; // the step after it did not settle: it may have settled by accident
        }
        if (candidate != null) {
            return candidate; // the smallest useful step settled on it; none is left to confirm with
        }
        if (last == null) {
            return new InputCheck(name, a, Double.NaN, Double.NaN, Outcome.INCONCLUSIVE,
                    "f is not finite next to x, at any step (a domain boundary?)");
        }
        if (!limited && last.uncertainty() <= tolerances.allowed(last.estimate(), last.estimate(), scale)) {
            return row(name, a, last.estimate(), scale, Outcome.INCONCLUSIVE,
                    "the differences settled only at the smallest step tried: f varies too fast for a verdict");
        }
        double n = last.estimate();
        double allowed = tolerances.allowed(a, n, scale);
        if (!last.looksSmooth(allowed) && last.betweenOneSidedSlopes(a, allowed)) {
            return row(name, a, n, scale, Outcome.NEAR_KINK, nearKink(last));
        }
        return row(name, a, n, scale, Outcome.INCONCLUSIVE, "the differences did not settle (uncertainty "
                + String.format(Locale.ROOT, "%.1e", last.uncertainty()) + " down to step " + last.h
                + "): f varies too fast for its rounding, or is not differentiable here");
    }

    /**
     * The first step: relativeStep max(|x|, 1), made up to 1000 times larger while the measured
     * evaluation noise would swamp the differences at it (the extrapolation keeps the larger step's
     * truncation error small).
     */
    private double startingStep(DoubleUnaryOperator g, double x, double f0, double scale) {
        double h = tolerances.relativeStep() * Math.max(Math.abs(x), 1.0);
        double noise = NOISE_FACTOR * Differences.evaluationNoise(g, x);
        for (int k = 0; k < 3; k++) {
            Differences d = Differences.sample(g, x, h, f0);
            double n = d.estimate();
            if (!d.allFinite() || noise / d.h <= tolerances.allowed(n, n, scale)) {
                break;
            }
            h *= 10;
        }
        return h;
    }

    /** The differences have settled on a value other than a: a kink, or a wrong gradient. */
    private InputCheck converged(String name, double a, Differences d, double scale) {
        double n = d.estimate();
        double allowed = tolerances.allowed(a, n, scale);
        if (d.looksSmooth(allowed)) {
            return row(name, a, n, scale, Outcome.MISMATCH, "");
        }
        if (d.betweenOneSidedSlopes(a, allowed)) {
            return row(name, a, n, scale, Outcome.NEAR_KINK, nearKink(d));
        }
        return row(name, a, n, scale, Outcome.MISMATCH,
                "near a kink, but the analytic value is not between the one-sided slopes (" + d.oneSidedSlopes() + ")");
    }

    private static String nearKink(Differences d) {
        return "not differentiable within the step; the analytic value lies between the one-sided slopes ("
                + d.oneSidedSlopes() + ")";
    }

    private InputCheck row(String name, double a, double n, double scale, Outcome outcome, String note) {
        return new InputCheck(name, a, n, tolerances.relativeError(a, n, scale), outcome, note);
    }

    private InputCheck compareExact(String name, double a, double n, double value) {
        double rel = tolerances.relativeError(a, n, 0);
        if (!Double.isFinite(value) || !Double.isFinite(n)) {
            return new InputCheck(name, a, n, rel, Outcome.INCONCLUSIVE, "f or its complex extension is not finite here");
        }
        if (Math.abs(a - n) <= tolerances.allowed(a, n)) {
            return new InputCheck(name, a, n, rel, Outcome.OK, "");
        }
        String note = Double.isFinite(a) ? "" : "the analytic value is not finite";
        return new InputCheck(name, a, n, rel, Outcome.MISMATCH, note);
    }

    private String name(int i) {
        return i < names.size() ? names.get(i) : "x[" + i + "]";
    }
}

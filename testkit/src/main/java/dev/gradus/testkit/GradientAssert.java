package dev.gradus.testkit;

import dev.gradus.autodiff.ScalarFunction;
import dev.gradus.autodiff.check.ComplexGradientCheck;
import dev.gradus.autodiff.check.ComplexGradientReport;
import dev.gradus.autodiff.check.GradientCheck;
import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexFunction;
import dev.gradus.autodiff.check.GradientReport;
import dev.gradus.autodiff.check.Outcome;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.Assume;

/**
 * One-line gradient properties for jqwik (or plain JUnit) tests:
 *
 * <pre>{@code
 * @Property
 * void gradientIsRight(@ForAll("points") double[] x) {
 *     GradientAssert.matchesFiniteDifferences(MyLoss::value, MyLoss::gradient, x);
 * }
 * }</pre>
 *
 * <p>A {@link Outcome#MISMATCH} fails with the whole report (analytic and numeric value and
 * relative error per input). A point where nothing can be concluded ({@link Outcome#NEAR_KINK},
 * {@link Outcome#INCONCLUSIVE}) is discarded through {@link Assume}, so jqwik generates another
 * instead of reporting a false failure; jqwik itself then shrinks a failing point to a simple one.
 */
public final class GradientAssert {
    private static final GradientCheck DEFAULT = GradientCheck.withDefaults();
    private static final ComplexGradientCheck COMPLEX = ComplexGradientCheck.withDefaults();

    private GradientAssert() {}

    /** The tape gradient of f matches central differences at x. */
    public static void matchesFiniteDifferences(ScalarFunction f, double... x) {
        passes(DEFAULT.check(f, x));
    }

    /** A hand-written gradient of f matches central differences at x. */
    public static void matchesFiniteDifferences(ToDoubleFunction<double[]> f, Function<double[], double[]> gradient,
                                                double... x) {
        passes(DEFAULT.check(f, gradient, x));
    }

    /** The tape gradient of a real-analytic f matches the complex step at x. */
    public static void matchesComplexStep(ScalarFunction f, double... x) {
        passes(DEFAULT.checkComplexStep(f, x));
    }

    /** The complex tape's Wirtinger pairs of f match finite differences in x and y at z. */
    public static void wirtingerMatchesFiniteDifferences(ComplexFunction f, Complex... z) {
        passes(COMPLEX.check(f, z));
    }

    /** f is holomorphic at z: numerically d/dzbar = 0 in every variable (the Cauchy-Riemann equations). */
    public static void isHolomorphic(ComplexFunction f, Complex... z) {
        passes(COMPLEX.checkHolomorphic(f, z));
    }

    /** Fails on a mismatch, discards the try when the report is inconclusive. */
    public static void passes(ComplexGradientReport report) {
        Outcome outcome = report.outcome();
        if (outcome == Outcome.MISMATCH) {
            throw new AssertionError("the Wirtinger derivatives are wrong:\n" + report);
        }
        Assume.that(outcome == Outcome.OK);
    }

    /** Fails on a mismatch, discards the try when the report is inconclusive or near a kink. */
    public static void passes(GradientReport report) {
        Outcome outcome = report.outcome();
        if (outcome == Outcome.MISMATCH) {
            throw new AssertionError("the gradient is wrong:\n" + report);
        }
        Assume.that(outcome == Outcome.OK);
    }
}

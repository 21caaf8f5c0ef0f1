package dev.gradus.autodiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.ScalarFunction;
import org.junit.jupiter.api.Test;

class GradientCheckTest {
    private static final GradientCheck CHECK = GradientCheck.withDefaults();

    private static final ScalarFunction SMOOTH = (ops, x) -> ops.add(ops.mul(x[0], ops.sin(x[1])), ops.exp(x[0]));

    @Test
    void aCorrectTapeGradientIsOk() {
        GradientReport r = CHECK.names("x", "y").check(SMOOTH, 0.3, -1.2);
        assertEquals(Outcome.OK, r.outcome());
        assertTrue(r.passed());
        InputCheck x = r.inputs().get(0);
        assertEquals("x", x.name());
        assertEquals(Math.sin(-1.2) + Math.exp(0.3), x.analytic(), 1e-15);
        assertEquals(x.analytic(), x.numeric(), 1e-9);
        assertTrue(x.relativeError() < 1e-8, "Richardson-extrapolated differences are accurate: " + x.relativeError());
    }

    @Test
    void aCorrectTapeGradientAgreesWithTheComplexStepToRounding() {
        GradientReport r = CHECK.checkComplexStep(SMOOTH, 0.3, -1.2);
        assertEquals(Outcome.OK, r.outcome());
        assertEquals(NumericMethod.COMPLEX_STEP, r.method());
        for (InputCheck c : r.inputs()) {
            assertTrue(c.relativeError() < 1e-15, c.toString());
        }
    }

    @Test
    void aWrongHandWrittenGradientIsAMismatchAndTheReportSaysWhere() {
        // d/dx (x^2 y) = 2xy, written without the 2
        GradientReport r = CHECK.names("x", "y").check(
                x -> x[0] * x[0] * x[1], x -> new double[] {x[0] * x[1], x[0] * x[0]}, 1.5, 2.0);
        assertEquals(Outcome.MISMATCH, r.outcome());
        assertFalse(r.passed());
        assertEquals(Outcome.MISMATCH, r.inputs().get(0).outcome());
        assertEquals(Outcome.OK, r.inputs().get(1).outcome());
        assertEquals(6.0, r.inputs().get(0).numeric(), 1e-8);
        assertEquals(0.5, r.inputs().get(0).relativeError(), 1e-9);
        String text = r.toString();
        assertTrue(text.startsWith("gradient check at (x = 1.5, y = 2.0), f = 4.5: MISMATCH"), text);
        assertTrue(text.contains("central difference"), text);
        assertTrue(text.lines().anyMatch(l -> l.trim().startsWith("x ") && l.endsWith("MISMATCH")), text);
    }

    @Test
    void exactlyAtAReluKinkTheConventionIsNearKink() {
        GradientReport r = CHECK.check((ops, x) -> ops.relu(x[0]), 0.0);
        assertEquals(Outcome.NEAR_KINK, r.outcome());
        assertTrue(r.passed());
        assertTrue(r.inputs().get(0).note().contains("one-sided slopes"), r.toString());
    }

    @Test
    void aKinkInsideTheFirstStepIsResolvedWithASmallerStep() {
        double h = Tolerances.DEFAULT.relativeStep();
        GradientReport relu = CHECK.check((ops, x) -> ops.relu(x[0]), -0.3 * h);
        assertEquals(Outcome.OK, relu.outcome(), relu.toString());
        GradientReport abs = CHECK.check((ops, x) -> ops.abs(x[0]), 0.7 * h);
        assertEquals(Outcome.OK, abs.outcome(), abs.toString());
    }

    @Test
    void aKinkCloserThanEveryStepIsNearKink() {
        GradientReport abs = CHECK.check((ops, x) -> ops.abs(x[0]), 1e-14);
        assertEquals(Outcome.NEAR_KINK, abs.outcome(), abs.toString());
        assertEquals(1.0, abs.inputs().get(0).analytic(), 0.0);
    }

    @Test
    void aSlopeOutsideTheOneSidedSlopesAtAKinkIsAMismatch() {
        GradientReport r = CHECK.check(x -> Math.max(x[0], 0), x -> new double[] {3.0}, 0.0);
        assertEquals(Outcome.MISMATCH, r.outcome(), r.toString());
    }

    @Test
    void outsideTheDomainTheCheckIsInconclusive() {
        assertEquals(Outcome.INCONCLUSIVE, CHECK.check((ops, x) -> ops.sqrt(x[0]), -1.0).outcome());
        GradientReport boundary = CHECK.check((ops, x) -> ops.sqrt(x[0]), 0.0);
        assertEquals(Outcome.INCONCLUSIVE, boundary.outcome());
        assertTrue(boundary.inputs().get(0).note().contains("domain boundary"), boundary.toString());
    }

    @Test
    void aFunctionTooWildForTheFirstStepIsResolvedWithSmallerSteps() {
        // d/dx sin(e^x) = cos(e^x) e^x, about 1.5e4 at x = 10: the first step spans a radian of the sine
        ScalarFunction wild = (ops, x) -> ops.sin(ops.exp(x[0]));
        GradientReport r = CHECK.check(wild, 10.0);
        assertEquals(Outcome.OK, r.outcome(), r.toString());
        assertEquals(Math.cos(Math.exp(10)) * Math.exp(10), r.inputs().get(0).numeric(), 1e-6 * 1.5e4);
        GradientReport wrong = CHECK.check(x -> Math.sin(Math.exp(x[0])),
                x -> new double[] {1.001 * Math.cos(Math.exp(x[0])) * Math.exp(x[0])}, 10.0);
        assertEquals(Outcome.MISMATCH, wrong.outcome(), wrong.toString());
    }

    @Test
    void beyondWhatDoublesResolveTheCheckIsInconclusiveAndTheComplexStepStillWorks() {
        // sin(exp(exp(3))): the argument of the sine is 5e8, rounded to 6e-8, with slope 8.4e9
        ScalarFunction wild = (ops, x) -> ops.sin(ops.exp(ops.exp(x[0])));
        GradientReport r = CHECK.check(wild, 3.0);
        assertEquals(Outcome.INCONCLUSIVE, r.outcome(), r.toString());
        assertEquals(Outcome.OK, CHECK.checkComplexStep(wild, 3.0).outcome(), "the complex step has no cancellation");
    }

    @Test
    void whenRoundingDominatesEveryStepTheCheckIsInconclusive() {
        // 1e10 + sin(1000 x)/1000: the variation is below the rounding of 1e10 at every step tried
        GradientReport r = CHECK.check(x -> 1e10 + Math.sin(1e3 * x[0]) * 1e-3, x -> new double[] {Math.cos(1e3 * x[0])}, 0.5);
        assertEquals(Outcome.INCONCLUSIVE, r.outcome(), r.toString());
    }

    @Test
    void anInputTheFunctionIgnoresHasAnExactlyZeroDifference() {
        GradientReport r = CHECK.check((ops, x) -> ops.exp(x[0]), 1.0, 42.0);
        assertEquals(Outcome.OK, r.outcome(), r.toString());
        assertEquals(0.0, r.inputs().get(1).numeric(), 0.0);
    }

    @Test
    void identicalSamplesOfAHugeFunctionDoNotProveAZeroDerivative() {
        // 1e300 + 2x: the change 2h is far below the rounding of 1e300, so every sample is equal
        GradientReport r = CHECK.check(x -> 1e300 + 2 * x[0], x -> new double[] {2.0}, 0.5);
        assertEquals(Outcome.INCONCLUSIVE, r.outcome(), r.toString());
    }

    @Test
    void largeMagnitudesUseAStepScaledToX() {
        GradientReport r = CHECK.check((ops, x) -> ops.mul(ops.log(x[0]), x[0]), 1e8);
        assertEquals(Outcome.OK, r.outcome(), r.toString());
    }

    @Test
    void aNearZeroGradientIsJudgedAgainstTheAbsoluteFloor() {
        GradientReport r = CHECK.check((ops, x) -> ops.cos(x[0]), 0.0);
        assertEquals(Outcome.OK, r.outcome(), r.toString());
        assertEquals(0.0, r.inputs().get(0).analytic(), 0.0);
    }

    @Test
    void toleranceCanBeTightened() {
        GradientReport loose = CHECK.check(x -> x[0] * x[0], x -> new double[] {2 * x[0] * (1 + 1e-7)}, 1.0);
        assertEquals(Outcome.OK, loose.outcome());
        GradientReport tight = CHECK.withTolerances(new Tolerances(1e-9, 1e-12, Tolerances.DEFAULT.relativeStep()))
                .check(x -> x[0] * x[0], x -> new double[] {2 * x[0] * (1 + 1e-7)}, 1.0);
        assertEquals(Outcome.MISMATCH, tight.outcome(), tight.toString());
    }

    @Test
    void badArgumentsAreRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CHECK.check(x -> x[0], x -> new double[] {1, 2}, 1.0));
        assertTrue(e.getMessage().contains("2 components for 1 inputs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Tolerances(0, 1e-8, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> new Tolerances(1e-6, Double.NaN, 1e-6));
    }
}

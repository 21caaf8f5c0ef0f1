package dev.gradus.autodiff.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The intrinsic-based expm1, log1p and tanh against the JDK's fdlibm versions, in ulps. */
class StableMathTest {
    private static final double MAX_ULPS = 3;

    @Test
    void expm1IsWithinAFewUlps() {
        assertClose(StableMath::expm1, StrictMath::expm1, -40, 40);
        assertEquals(-1.0, StableMath.expm1(-800), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, StableMath.expm1(800), 0.0);
        assertEquals(1e-300, StableMath.expm1(1e-300), 0.0);
    }

    @Test
    void log1pIsWithinAFewUlps() {
        assertClose(StableMath::log1p, StrictMath::log1p, -0.999999, 40);
        assertEquals(Double.NEGATIVE_INFINITY, StableMath.log1p(-1), 0.0);
        assertTrue(Double.isNaN(StableMath.log1p(-2)));
        assertEquals(Double.POSITIVE_INFINITY, StableMath.log1p(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(-1e-300, StableMath.log1p(-1e-300), 0.0);
    }

    @Test
    void tanhIsWithinAFewUlps() {
        assertClose(StableMath::tanh, StrictMath::tanh, -30, 30);
        assertEquals(-1.0, StableMath.tanh(-800), 0.0);
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(StableMath.tanh(-0.0)));
        assertTrue(Double.isNaN(StableMath.tanh(Double.NaN)));
    }

    /** A dense grid, both sides of every branch point, tiny magnitudes, and random points. */
    private static void assertClose(DoubleUnaryOperator ours, DoubleUnaryOperator reference, double min, double max) {
        for (double x = min; x <= max; x += 1.0 / 1024) {
            check(ours, reference, x);
        }
        for (double edge : new double[] {0.5, 0.55, 1.1, 22}) {
            for (double x = Math.nextDown(edge), k = 0; k < 3; k++, x = Math.nextUp(x)) {
                check(ours, reference, x);
                check(ours, reference, -x);
            }
        }
        for (double x = 1e-300; x < 1; x *= 1.7) {
            check(ours, reference, x);
            check(ours, reference, -x);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            check(ours, reference, random.nextDouble(min, max));
        }
    }

    private static void check(DoubleUnaryOperator ours, DoubleUnaryOperator reference, double x) {
        double expected = reference.applyAsDouble(x);
        double actual = ours.applyAsDouble(x);
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), () -> "at " + x + ": " + actual + " against NaN");
            return;
        }
        double ulps = Math.abs(actual - expected) / Math.ulp(expected);
        assertTrue(ulps <= MAX_ULPS, () -> "at " + x + ": " + actual + " against " + expected + " (" + ulps + " ulps)");
    }
}

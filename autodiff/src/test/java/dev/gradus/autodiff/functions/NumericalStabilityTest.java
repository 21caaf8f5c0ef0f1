package dev.gradus.autodiff.functions;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.Tape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values and derivatives far out in the tails: no overflow, no log(0), no NaN where the truth is finite. */
class NumericalStabilityTest {
    /** e^-40 / (1 + e^-40) = sigmoid(-40), to 16 digits. */
    private static final double SIGMOID_MINUS_40 = 4.248354255291589e-18;

    @Test
    void sigmoidSaturatesWithoutOverflow() {
        assertEquals(1.0, UnaryFunction.SIGMOID.value(800), 0.0);
        assertEquals(0.0, UnaryFunction.SIGMOID.value(-800), 0.0);
        assertEquals(0.0, derivative(UnaryFunction.SIGMOID, 800), 0.0);
        assertEquals(0.0, derivative(UnaryFunction.SIGMOID, -800), 0.0);
        assertEquals(SIGMOID_MINUS_40, UnaryFunction.SIGMOID.value(-40), 1e-15 * SIGMOID_MINUS_40);
    }

    @Test
    void sigmoidDerivativeKeepsItsDigitsWhereSigmoidRoundsToOne() {
        // y(1-y) would give exactly 0 here, because sigmoid(40) rounds to 1.
        assertEquals(1.0, UnaryFunction.SIGMOID.value(40), 0.0);
        assertEquals(SIGMOID_MINUS_40, derivative(UnaryFunction.SIGMOID, 40), 1e-15 * SIGMOID_MINUS_40);
        assertEquals(SIGMOID_MINUS_40, derivative(UnaryFunction.SIGMOID, -40), 1e-15 * SIGMOID_MINUS_40);
    }

    @Test
    void softplusAtPlusMinus40And800() {
        assertAll(
                () -> assertEquals(40.0, UnaryFunction.SOFTPLUS.value(40), 0.0),
                () -> assertEquals(SIGMOID_MINUS_40, UnaryFunction.SOFTPLUS.value(-40), 1e-15 * SIGMOID_MINUS_40),
                () -> assertEquals(800.0, UnaryFunction.SOFTPLUS.value(800), 0.0),
                () -> assertEquals(0.0, UnaryFunction.SOFTPLUS.value(-800), 0.0),
                () -> assertEquals(1.0, derivative(UnaryFunction.SOFTPLUS, 800), 0.0),
                () -> assertEquals(0.0, derivative(UnaryFunction.SOFTPLUS, -800), 0.0),
                () -> assertEquals(SIGMOID_MINUS_40, derivative(UnaryFunction.SOFTPLUS, -40), 1e-15 * SIGMOID_MINUS_40));
    }

    @Test
    void tanhDerivativeInTheTail() {
        double expected = 4 * Math.exp(-40) / Math.pow(1 + Math.exp(-40), 2); // 1 - tanh(20)^2
        assertEquals(expected, derivative(UnaryFunction.TANH, 20), 1e-15 * expected);
        assertEquals(0.0, derivative(UnaryFunction.TANH, -800), 0.0);
        assertEquals(1.0, derivative(UnaryFunction.TANH, 0), 0.0);
    }

    /** Where the textbook forms y(1-y) and 1-y^2 give way to the exp forms, both stay accurate. */
    @Test
    void sigmoidAndTanhDerivativesAreAccurateAcrossTheRange() {
        for (double x = -40; x <= 40; x += 0.0625) {
            for (UnaryFunction f : new UnaryFunction[] {UnaryFunction.SIGMOID, UnaryFunction.TANH}) {
                double complexStep = f.value(new dev.gradus.autodiff.complex.Complex(x, 1e-30)).im() / 1e-30;
                double d = derivative(f, x);
                assertEquals(complexStep, d, 2e-14 * complexStep, f + "' at " + x);
            }
        }
    }

    @Test
    void logSumExpOfValuesNearAThousand() {
        Tape t = new Tape();
        int[] x = t.variables(1000.0, 1000.5, 999.0);
        int lse = t.logSumExp(x);
        double expected = 1000.5 + Math.log(Math.exp(-0.5) + 1 + Math.exp(-1.5));
        assertEquals(expected, t.value(lse), 1e-12);
        double[] softmax = t.gradient(lse, x);
        double z = Math.exp(-0.5) + 1 + Math.exp(-1.5);
        // The fold rounds each partial sum to the ulp of ~1000 (1.1e-13), which moves the softmax by less than 1e-14.
        assertArrayEquals(new double[] {Math.exp(-0.5) / z, 1 / z, Math.exp(-1.5) / z}, softmax, 1e-14);
    }

    @Test
    void logAddExpOfInfinities() {
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(-inf, BinaryFunction.LOG_ADD_EXP.value(-inf, -inf), 0.0);
        assertEquals(inf, BinaryFunction.LOG_ADD_EXP.value(inf, 3), 0.0);
        assertEquals(3.0, BinaryFunction.LOG_ADD_EXP.value(-inf, 3), 0.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-800, -40, -1e-300, 0, 1e-300, 40, 800})
    void everyTableFunctionIsFiniteWhereItsTruthIsFinite(double x) {
        for (UnaryFunction f : UnaryFunction.values()) {
            boolean defined = switch (f) {
                case EXP -> x < 700;                 // e^800 overflows, honestly
                case LOG -> x > 0;
                case SQRT -> x > 0;                  // sqrt'(0) is infinite
                default -> true;
            };
            if (defined) {
                double y = f.value(x);
                double d = f.derivative(x, y);
                assertTrue(Double.isFinite(y) && Double.isFinite(d), f + " at " + x + ": " + y + ", " + d);
            }
        }
        for (BinaryFunction f : new BinaryFunction[] {BinaryFunction.SWISH, BinaryFunction.ELU,
                BinaryFunction.PRELU, BinaryFunction.LOG_ADD_EXP, BinaryFunction.MAX}) {
            double y = f.value(x, 1.0);
            assertTrue(Double.isFinite(y) && Double.isFinite(f.partialA(x, 1.0, y))
                    && Double.isFinite(f.partialB(x, 1.0, y)), f + " at " + x);
        }
    }

    @Test
    void powerRulesAtZero() {
        assertEquals(0.0, BinaryFunction.POW.partialA(0, 0, 1), 0.0, "d/da a^0 = 0, not 0 * 0^-1");
        assertEquals(0.0, BinaryFunction.POW.partialB(0, 2, 0), 0.0, "d/db 0^b = 0 for b > 0");
        assertTrue(Double.isNaN(BinaryFunction.POW.partialB(-2, 3, -8)), "a^b is not differentiable in b for a < 0");
        assertEquals(12.0, BinaryFunction.POW.partialA(-2, 3, -8), 0.0);
    }

    private static double derivative(UnaryFunction f, double x) {
        return f.derivative(x, f.value(x));
    }
}

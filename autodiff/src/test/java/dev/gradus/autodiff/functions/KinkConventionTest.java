package dev.gradus.autodiff.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.Tape;
import dev.gradus.autodiff.complex.Complex;
import org.junit.jupiter.api.Test;

/** Each convention of DESIGN.md, exactly at the kink, on the tape and in the complex extension. */
class KinkConventionTest {

    @Test
    void reluHasSlopeZeroAtZero() {
        assertEquals(0.0, tapeDerivative(UnaryFunction.RELU, 0.0), 0.0);
        assertEquals(0.0, tapeDerivative(UnaryFunction.RELU, -0.0), 0.0);
        assertEquals(0.0, complexStep(UnaryFunction.RELU, 0.0), 0.0);
    }

    @Test
    void leakyAndParametricReluHaveTheNegativeSlopeAtZero() {
        Tape t = new Tape();
        int x = t.variable(0.0);
        assertEquals(0.01, t.gradient(t.leakyRelu(x, 0.01), x)[0], 0.0);
        int slope = t.variable(0.25);
        int p = t.prelu(x, slope);
        assertArrayEquals(new double[] {0.25, 0.0}, t.gradient(p, x, slope), 0.0);
        Complex z = BinaryFunction.PRELU.value(new Complex(0, 1e-20), Complex.real(0.25));
        assertEquals(0.25, z.im() / 1e-20, 0.0);
    }

    @Test
    void hardtanhHasSlopeOneOnTheClosedInterval() {
        assertEquals(1.0, tapeDerivative(UnaryFunction.HARDTANH, -1.0), 0.0);
        assertEquals(1.0, tapeDerivative(UnaryFunction.HARDTANH, 1.0), 0.0);
        assertEquals(0.0, tapeDerivative(UnaryFunction.HARDTANH, Math.nextUp(1.0)), 0.0);
        assertEquals(0.0, tapeDerivative(UnaryFunction.HARDTANH, Math.nextDown(-1.0)), 0.0);
        assertEquals(1.0, complexStep(UnaryFunction.HARDTANH, 1.0), 0.0);
        assertEquals(1.0, complexStep(UnaryFunction.HARDTANH, -1.0), 0.0);
    }

    @Test
    void eluHasSlopeOneAtZeroForAnyAlpha() {
        Tape t = new Tape();
        int x = t.variable(0.0);
        int alpha = t.variable(0.5);
        assertArrayEquals(new double[] {1.0, 0.0}, t.gradient(t.elu(x, alpha), x, alpha), 0.0);
        assertEquals(1.0, t.gradient(t.elu(x), x)[0], 0.0);
        assertEquals(1.0, BinaryFunction.ELU.value(new Complex(0, 1e-20), Complex.real(0.5)).im() / 1e-20, 0.0);
    }

    @Test
    void seluHasThePositiveSlopeLambdaAtZero() {
        assertEquals(Selu.LAMBDA, tapeDerivative(UnaryFunction.SELU, 0.0), 0.0);
        assertEquals(Selu.LAMBDA, complexStep(UnaryFunction.SELU, 0.0), 1e-15);
    }

    @Test
    void absAndSignAreZeroAtZero() {
        assertEquals(0.0, tapeDerivative(UnaryFunction.ABS, 0.0), 0.0);
        assertEquals(-1.0, tapeDerivative(UnaryFunction.ABS, -1e-300), 0.0);
    }

    @Test
    void maxAndMinGiveATieToTheFirstArgument() {
        Tape t = new Tape();
        int a = t.variable(2.0);
        int b = t.variable(2.0);
        assertArrayEquals(new double[] {1.0, 0.0}, t.gradient(t.max(a, b), a, b), 0.0);
        assertArrayEquals(new double[] {1.0, 0.0}, t.gradient(t.min(a, b), a, b), 0.0);
        assertArrayEquals(new double[] {1.0, 0.0}, t.gradient(t.max(b, t.add(a, 1e-12)), a, b), 0.0, "no tie: the larger wins");
    }

    @Test
    void seluConstantsAreTheFullPrecisionValues() {
        assertEquals(1.0507009873554805, Selu.LAMBDA, 0.0);
        assertEquals(1.6732632423543772, Selu.ALPHA, 0.0);
    }

    private static double tapeDerivative(UnaryFunction f, double at) {
        Tape t = new Tape();
        int x = t.variable(at);
        return t.gradient(t.apply(f, x), x)[0];
    }

    private static double complexStep(UnaryFunction f, double at) {
        return f.value(new Complex(at, 1e-20)).im() / 1e-20;
    }
}

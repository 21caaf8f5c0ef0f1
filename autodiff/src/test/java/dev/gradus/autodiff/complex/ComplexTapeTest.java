package dev.gradus.autodiff.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import org.junit.jupiter.api.Test;

class ComplexTapeTest {
    private static final double TOL = 1e-15;

    @Test
    void wirtingerPairOfAComplexValuedFunction() {
        // f = z^2 conj(z): df/dz = 2 z conj(z) = 2|z|^2, df/dzbar = z^2
        ComplexGradient g = ComplexGradients.of((t, z) -> t.mul(t.pow(z[0], 2.0), t.conj(z[0]))).at(new Complex(1, 2));
        assertClose(new Complex(5, 10), g.value());
        assertClose(new Complex(10, 0), g.wirtinger(0).dz());
        assertClose(new Complex(-3, 4), g.wirtinger(0).dzbar());
        assertFalse(g.realValued());
        assertThrows(IllegalStateException.class, () -> g.gradient(0));
    }

    @Test
    void theNonHolomorphicPrimitives() {
        Complex z0 = new Complex(0.6, -0.8); // |z| = 1
        assertPair(z0, (t, z) -> t.conj(z), Complex.ZERO, Complex.ONE);
        assertPair(z0, (t, z) -> t.re(z), Complex.real(0.5), Complex.real(0.5));
        assertPair(z0, (t, z) -> t.im(z), new Complex(0, -0.5), new Complex(0, 0.5));
        assertPair(z0, (t, z) -> t.abs2(z), z0.conjugate(), z0);
        assertPair(z0, (t, z) -> t.abs(z), z0.conjugate().times(0.5), z0.times(0.5));
        assertPair(Complex.ZERO, (t, z) -> t.abs(z), Complex.ZERO, Complex.ZERO);
    }

    @Test
    void holomorphicOperationsHaveAZeroConjugateDerivativeExactly() {
        Complex z0 = new Complex(0.3, 0.4);
        for (UnaryFunction f : UnaryFunction.values()) {
            if (f.holomorphic()) {
                ComplexTape t = new ComplexTape();
                int z = t.variable(z0);
                Wirtinger pair = t.wirtinger(t.apply(f, z), z)[0];
                assertEquals(Complex.ZERO, pair.dzbar(), f.symbol());
                assertClose(f.derivative(z0, f.value(z0)), pair.dz());
            }
        }
    }

    @Test
    void realParametersAndSplitActivationsMixWithComplexValues() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(0.5, -2.0);
        int r = t.realVariable(1.5);
        // L = relu(Re(r z)) + hardtanh(Im z)^2 = relu(0.75) + hardtanh(-2)^2 = 0.75 + 1
        int loss = t.add(t.apply(UnaryFunction.RELU, t.re(t.mul(z, r))),
                t.pow(t.apply(UnaryFunction.HARDTANH, t.im(z)), 2.0));
        assertTrue(t.isRealValued(loss));
        assertEquals(1.75, t.valueRe(loss), TOL);
        Complex[] g = t.gradient(loss, z, r);
        // dL/dx = r = 1.5, dL/dy = 0 (hardtanh is flat at -2); dL/dr = Re z = 0.5
        assertClose(new Complex(1.5, 0), g[0]);
        assertClose(Complex.real(0.5), g[1]);
    }

    @Test
    void aNonHolomorphicFunctionOfAComplexNodeIsRejected() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.apply(UnaryFunction.RELU, z));
        assertTrue(e.getMessage().contains("relu is not holomorphic"), e.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class, () -> t.gradient(t.exp(z), z));
        assertTrue(g.getMessage().contains("real-valued output"), g.getMessage());
        assertEquals(Math.sqrt(2), t.valueRe(t.apply(UnaryFunction.ABS, z)), TOL, "abs of a complex node is the modulus");
    }

    @Test
    void noGradNodesAreConstants() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(1, 2);
        int detached;
        try (ComplexTape.Scope s = t.noGrad()) {
            detached = t.mul(t.conj(z), z);
        }
        int loss = t.add(t.abs2(z), detached);
        assertEquals(10.0, t.valueRe(loss), TOL);
        assertClose(new Complex(2, 4), t.gradient(loss, z)[0]);
    }

    @Test
    void resetReusesTheTape() {
        ComplexTape t = new ComplexTape(2);
        Complex first = null;
        for (int i = 0; i < 3; i++) {
            t.reset();
            int z = t.variable(0.2, 0.1);
            int loss = t.abs2(t.tanh(t.mul(z, t.exp(z))));
            Complex g = t.gradient(loss, z)[0];
            if (first == null) {
                first = g;
            }
            assertEquals(first, g);
        }
    }

    @Test
    void integerAndComplexPowers() {
        Complex z0 = new Complex(-1.2, 0.5);
        assertPair(z0, (t, z) -> t.pow(z, 3.0), z0.times(z0).times(3), Complex.ZERO);
        Complex c = new Complex(0.5, 1);
        // d/dz z^c = c z^(c-1) on the principal branch
        assertPair(z0, (t, z) -> t.pow(z, c), c.times(z0.pow(c.minus(Complex.ONE))), Complex.ZERO);
    }

    /** The Wirtinger pair of f at z0 by z. */
    private static void assertPair(Complex z0, java.util.function.BiFunction<ComplexTape, Integer, Integer> f, Complex dz, Complex dzbar) {
        ComplexTape t = new ComplexTape();
        int z = t.variable(z0);
        int out = f.apply(t, z);
        Wirtinger pair = t.wirtinger(out, z)[0];
        assertClose(dz, pair.dz());
        assertClose(dzbar, pair.dzbar());
    }

    private static void assertClose(Complex expected, Complex actual) {
        assertEquals(expected.re(), actual.re(), 1e-14, () -> actual + " against " + expected);
        assertEquals(expected.im(), actual.im(), 1e-14, () -> actual + " against " + expected);
    }
}

package dev.gradus.autodiff.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Gradients of real losses pinned to values computed independently: by hand (abs2, and dL/dz of
 * the first loss of the issue) and by PyTorch's complex128 autograd
 * (src/test/resources/reference/torch_complex_references.py and its .out). PyTorch's .grad is
 * dL/dx + i dL/dy = 2 dL/dzbar, our {@code gradient}.
 */
class ComplexReferenceTest {
    private static final double TOL = 1e-13;

    /** |z|^2: dz = conj z, dzbar = z, gradient 2z (by hand; PyTorch agrees: 0.6-1.4i). */
    @Test
    void absSquared() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(0.3, -0.7);
        int loss = t.abs2(z);
        Wirtinger pair = t.wirtinger(loss, z)[0];
        assertClose(new Complex(0.3, 0.7), pair.dz());
        assertClose(new Complex(0.3, -0.7), pair.dzbar());
        assertClose(new Complex(0.6, -1.4), t.gradient(loss, z)[0]);
        assertEquals(0.58, t.valueRe(loss), TOL);
    }

    /**
     * |z w + conj z|^2 at z = 0.5+1.2i, w = -0.3+0.8i. By hand: u = zw + conj z = -0.61-1.16i,
     * dL/dz = conj(u) w + u = -1.355-1.996i; the gradient is 2 conj of that.
     */
    @Test
    void productPlusConjugate() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(0.5, 1.2);
        int w = t.variable(-0.3, 0.8);
        int loss = t.abs2(t.add(t.mul(z, w), t.conj(z)));
        assertEquals(1.7177, t.valueRe(loss), TOL);
        assertClose(new Complex(-1.355, -1.996), t.wirtinger(loss, z)[0].dz());
        Complex[] g = t.gradient(loss, z, w);
        assertClose(new Complex(-2.71, 3.992), g[0]);
        assertClose(new Complex(-3.394, 0.304), g[1]);
    }

    /** A complex neuron's cost |sigmoid(w a + b) - y|^2 / 2 (PyTorch). */
    @Test
    void sigmoidNeuron() {
        ComplexTape t = new ComplexTape();
        int w = t.variable(0.4, -0.3);
        int a = t.variable(0.7, 0.2);
        int b = t.variable(-0.1, 0.5);
        int residual = t.sub(t.sigmoid(t.add(t.mul(w, a), b)), new Complex(0.6, -0.1));
        int loss = t.mul(t.abs2(residual), 0.5);
        assertEquals(0.019198974410282572, t.valueRe(loss), TOL);
        Complex[] g = t.gradient(loss, w, a, b);
        assertClose(new Complex(0.0013552393147252821, 0.03634324838956046), g[0]);
        assertClose(new Complex(-0.01932337619572259, 0.015827422730138933), g[1]);
        assertClose(new Complex(-0.011924494636989426, 0.0485119278030894), g[2]);
    }

    /** |tanh(z) exp(w)|^2 (PyTorch); in w it is |tanh z|^2 e^(2 Re w), so the w-gradient is 2L, real. */
    @Test
    void tanhTimesExp() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(0.2, 0.9);
        int w = t.variable(-0.4, 0.3);
        int loss = t.abs2(t.mul(t.tanh(z), t.exp(w)));
        assertEquals(0.6884483821042409, t.valueRe(loss), TOL);
        Complex[] g = t.gradient(loss, z, w);
        assertClose(new Complex(-0.23005568811025026, 2.595292991785484), g[0]);
        assertClose(new Complex(1.3768967642084817, 0.0), g[1]);
    }

    /** Re(log(z) sqrt(w)) + |z| near the branch cut of log (z = -1.5+0.4i) (PyTorch). */
    @Test
    void logTimesSqrtPlusModulus() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(-1.5, 0.4);
        int w = t.variable(2.0, -1.0);
        int loss = t.add(t.re(t.mul(t.log(z), t.sqrt(w))), t.abs(z));
        assertEquals(3.182293581733628, t.valueRe(loss), TOL);
        Complex[] g = t.gradient(loss, z, w);
        assertClose(new Complex(-1.9290749127244982, 0.28537947691152465), g[0]);
        assertClose(new Complex(-0.07819848055046624, -0.9713350171547451), g[1]);
    }

    /** Im(z^3 / (w + 1)) r with a real parameter r (PyTorch): r's gradient is the real dL/dr. */
    @Test
    void cubeOverShiftedWithARealParameter() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(0.8, -0.6);
        int w = t.variable(0.1, 0.2);
        int r = t.realVariable(1.7);
        int loss = t.mul(t.im(t.div(t.pow(z, 3.0), t.add(w, Complex.ONE))), r);
        assertEquals(-1.304512, t.valueRe(loss), TOL);
        Complex[] g = t.gradient(loss, z, w, r);
        assertClose(new Complex(-4.53696, 0.47328), g[0]);
        assertClose(new Complex(1.02298112, 0.89616384), g[1]);
        assertClose(new Complex(-0.76736, 0.0), g[2]);
    }

    private static void assertClose(Complex expected, Complex actual) {
        double scale = Math.max(1.0, expected.abs());
        assertEquals(expected.re(), actual.re(), TOL * scale, () -> "re of " + actual + ", expected " + expected);
        assertEquals(expected.im(), actual.im(), TOL * scale, () -> "im of " + actual + ", expected " + expected);
    }
}

package dev.gradus.autodiff.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ComplexTest {
    private static final double TOL = 1e-14;

    @Test
    void arithmetic() {
        Complex a = new Complex(1, 2);
        Complex b = new Complex(3, -1);
        assertClose(new Complex(5, 5), a.times(b));
        assertClose(new Complex(0.1, 0.7), a.dividedBy(b));
        assertClose(a, a.dividedBy(b).times(b));
    }

    @Test
    void elementaryFunctionsAtKnownPoints() {
        assertClose(new Complex(-1, 0), new Complex(0, Math.PI).exp());
        assertClose(new Complex(0, Math.PI / 2), Complex.I.log());
        assertClose(new Complex(0, 1), new Complex(-1, 0).sqrt());
        assertClose(new Complex(1, 1), new Complex(0, 2).sqrt());
        assertClose(new Complex(Math.sin(1) * Math.cosh(2), Math.cos(1) * Math.sinh(2)), new Complex(1, 2).sin());
        assertClose(new Complex(0, Math.tan(1)), new Complex(0, 1).tanh());
        assertClose(new Complex(0, Math.tanh(1)), new Complex(0, 1).tan());
        assertClose(new Complex(-8, 0), new Complex(-2, 0).pow(Complex.real(3)));
        assertClose(new Complex(0.25, 0), new Complex(2, 0).pow(-2));
    }

    @Test
    void aTinyImaginaryPartCarriesTheDerivative() {
        double h = 1e-20;
        assertEquals(Math.cos(0.7), new Complex(0.7, h).sin().im() / h, 1e-16);
        assertEquals(3 * 4.0, new Complex(-2, h).pow(3).im() / h, 1e-14, "d/dx x^3 at -2");
        assertEquals(1 / Math.cosh(25) / Math.cosh(25), new Complex(25, h).tanh().im() / h, 1e-30);
        assertEquals(0.5 / Math.sqrt(2), new Complex(2, h).sqrt().im() / h, 1e-16);
        assertEquals(Math.exp(1e-10), new Complex(1e-10, h).expm1().im() / h, 1e-16);
        assertEquals(Math.expm1(1e-10), new Complex(1e-10, h).expm1().re(), 1e-25);
    }

    private static void assertClose(Complex expected, Complex actual) {
        assertEquals(expected.re(), actual.re(), TOL, () -> "re of " + actual);
        assertEquals(expected.im(), actual.im(), TOL, () -> "im of " + actual);
    }
}

package dev.gradus.autodiff.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Forward tangents on the complex tape: df = f_z dz + f_zbar conj(dz), against the Wirtinger pairs and differences. */
class ComplexForwardModeTest {
    private static final Complex Z = new Complex(0.5, 1.2);
    private static final Complex W = new Complex(-0.3, 0.8);
    private static final Complex DZ = new Complex(0.7, -0.4);
    private static final Complex DW = new Complex(-1.1, 0.3);

    /** f = |z w + conj(z)|^2 (not holomorphic), g = sin(z) w^2 (holomorphic), h = re(z) conj(w). */
    private static int[] outputs(ComplexTape t, int z, int w) {
        int f = t.abs2(t.add(t.mul(z, w), t.conj(z)));
        int g = t.mul(t.sin(z), t.mul(w, w));
        int h = t.mul(t.re(z), t.conj(w));
        return new int[] {f, g, h};
    }

    @Test
    void tangentsAreTheWirtingerPairsAppliedToTheDirection() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(Z);
        int w = t.variable(W);
        int[] outs = outputs(t, z, w);
        Complex[] jv = t.jacobianVectorProduct(outs, new int[] {z, w}, new Complex[] {DZ, DW});
        for (int k = 0; k < outs.length; k++) {
            Wirtinger[] pairs = t.wirtinger(outs[k], z, w);
            Complex expected = pairs[0].dz().times(DZ).plus(pairs[0].dzbar().times(DZ.conjugate()))
                    .plus(pairs[1].dz().times(DW)).plus(pairs[1].dzbar().times(DW.conjugate()));
            assertEquals(expected.re(), jv[k].re(), 1e-13, "output " + k);
            assertEquals(expected.im(), jv[k].im(), 1e-13, "output " + k);
        }
    }

    @Test
    void tangentsAreTheSlopeAlongTheDirection() {
        double h = 1e-6;
        ComplexTape t = new ComplexTape();
        int z = t.variable(Z);
        int w = t.variable(W);
        int[] outs = outputs(t, z, w);
        Complex[] jv = t.jacobianVectorProduct(outs, new int[] {z, w}, new Complex[] {DZ, DW});
        Complex[] up = values(Z.plus(DZ.times(h)), W.plus(DW.times(h)));
        Complex[] down = values(Z.minus(DZ.times(h)), W.minus(DW.times(h)));
        for (int k = 0; k < outs.length; k++) {
            Complex slope = up[k].minus(down[k]).times(1 / (2 * h));
            assertEquals(slope.re(), jv[k].re(), 1e-8, "output " + k);
            assertEquals(slope.im(), jv[k].im(), 1e-8, "output " + k);
        }
    }

    private static Complex[] values(Complex z, Complex w) {
        ComplexTape t = new ComplexTape();
        int[] outs = outputs(t, t.variable(z), t.variable(w));
        Complex[] v = new Complex[outs.length];
        for (int k = 0; k < outs.length; k++) {
            v[k] = t.value(outs[k]);
        }
        return v;
    }
}

package dev.gradus.autodiff.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The seed's complex backpropagation (sheet-network2-unstable-gradients-complex-backprop): a
 * two-layer network 3 -> 4 -> 2 with complex weights, the holomorphic sigmoid, and the real cost
 * C = 1/2 sum |y - a^L|^2. BP1-BP4, computed by hand below with delta = dC/dz (Wirtinger), equal
 * the tape's Wirtinger derivatives; and the gradients with respect to the real and imaginary
 * parts of a weight are 2 Re(dC/dw) and -2 Im(dC/dw).
 */
class ComplexBackpropTest {
    private static final int[] SIZES = {3, 4, 2};
    private static final double TOL = 1e-14;

    private final SplittableRandom random = new SplittableRandom(2026);
    private final Complex[][][] w = new Complex[3][][];
    private final Complex[][] b = new Complex[3][];
    private final Complex[] input = randomVector(SIZES[0]);
    private final Complex[] target = randomVector(SIZES[2]);

    ComplexBackpropTest() {
        for (int l = 1; l <= 2; l++) {
            w[l] = new Complex[SIZES[l]][];
            for (int j = 0; j < SIZES[l]; j++) {
                w[l][j] = randomVector(SIZES[l - 1]);
            }
            b[l] = randomVector(SIZES[l]);
        }
    }

    @Test
    void bp1ToBp4EqualTheTapesWirtingerDerivatives() {
        // forward pass in plain complex arithmetic
        Complex[][] z = new Complex[3][];
        Complex[][] a = new Complex[3][];
        a[0] = input;
        for (int l = 1; l <= 2; l++) {
            z[l] = new Complex[SIZES[l]];
            a[l] = new Complex[SIZES[l]];
            for (int j = 0; j < SIZES[l]; j++) {
                Complex s = b[l][j];
                for (int k = 0; k < SIZES[l - 1]; k++) {
                    s = s.plus(w[l][j][k].times(a[l - 1][k]));
                }
                z[l][j] = s;
                a[l][j] = sigmoid(s);
            }
        }
        // BP1: delta^L = dC/da^L sigma'(z^L), with dC/da = -1/2 conj(y - a)
        Complex[][] delta = new Complex[3][];
        delta[2] = new Complex[SIZES[2]];
        for (int j = 0; j < SIZES[2]; j++) {
            Complex dCda = target[j].minus(a[2][j]).conjugate().times(-0.5);
            delta[2][j] = dCda.times(sigmoidPrime(z[2][j]));
        }
        // BP2: delta^l = diag(sigma'(z^l)) (w^{l+1})^T delta^{l+1}  (transpose, not conjugate transpose)
        delta[1] = new Complex[SIZES[1]];
        for (int k = 0; k < SIZES[1]; k++) {
            Complex s = Complex.ZERO;
            for (int j = 0; j < SIZES[2]; j++) {
                s = s.plus(w[2][j][k].times(delta[2][j]));
            }
            delta[1][k] = sigmoidPrime(z[1][k]).times(s);
        }

        ComplexTape t = new ComplexTape();
        int[][][] wNodes = new int[3][][];
        int[][] bNodes = new int[3][];
        int cost = recordNetwork(t, wNodes, bNodes);
        assertEquals(halfSquaredError(a[2]), t.valueRe(cost), TOL);

        for (int l = 1; l <= 2; l++) {
            for (int j = 0; j < SIZES[l]; j++) {
                // BP3: dC/db = delta
                assertClose(delta[l][j], t.wirtinger(cost, bNodes[l][j])[0].dz(), "dC/db" + l + "_" + j);
                for (int k = 0; k < SIZES[l - 1]; k++) {
                    // BP4: dC/dw_jk = a_k^{l-1} delta_j^l
                    Wirtinger pair = t.wirtinger(cost, wNodes[l][j][k])[0];
                    Complex bp4 = a[l - 1][k].times(delta[l][j]);
                    assertClose(bp4, pair.dz(), "dC/dw" + l + "_" + j + k);
                    // C is real: dC/dconj(w) = conj(dC/dw)
                    assertClose(bp4.conjugate(), pair.dzbar(), "dC/dconj(w)" + l + "_" + j + k);
                    // (d): dC/d(Re w) = 2 Re(dC/dw), dC/d(Im w) = -2 Im(dC/dw)
                    assertEquals(2 * bp4.re(), pair.dx().re(), TOL, "dC/dRe w");
                    assertEquals(-2 * bp4.im(), pair.dy().re(), TOL, "dC/dIm w");
                    assertEquals(0.0, pair.dx().im(), TOL, "a real cost has real partials");
                }
            }
        }
    }

    @Test
    void theRealAndImaginaryPartialsMatchFiniteDifferences() {
        ComplexTape t = new ComplexTape();
        int[][][] wNodes = new int[3][][];
        int[][] bNodes = new int[3][];
        int cost = recordNetwork(t, wNodes, bNodes);
        Wirtinger pair = t.wirtinger(cost, wNodes[1][2][1])[0];
        double h = 1e-6;
        Complex original = w[1][2][1];
        double[] partials = new double[2];
        Complex[] steps = {Complex.real(h), new Complex(0, h)};
        for (int d = 0; d < 2; d++) {
            w[1][2][1] = original.plus(steps[d]);
            double up = costAt();
            w[1][2][1] = original.minus(steps[d]);
            double down = costAt();
            partials[d] = (up - down) / (2 * h);
        }
        w[1][2][1] = original;
        assertEquals(partials[0], 2 * pair.dz().re(), 1e-9, "dC/dRe w = 2 Re(dC/dw)");
        assertEquals(partials[1], -2 * pair.dz().im(), 1e-9, "dC/dIm w = -2 Im(dC/dw)");
        assertEquals(new Complex(partials[0], partials[1]).re(), t.gradient(cost, wNodes[1][2][1])[0].re(), 1e-9);
        assertEquals(partials[1], t.gradient(cost, wNodes[1][2][1])[0].im(), 1e-9, "the gradient is dC/dx + i dC/dy");
    }

    private double costAt() {
        ComplexTape t = new ComplexTape();
        return t.valueRe(recordNetwork(t, new int[3][][], new int[3][]));
    }

    /** Records the network with every weight and bias a variable; returns the cost node. */
    private int recordNetwork(ComplexTape t, int[][][] wNodes, int[][] bNodes) {
        int[] activation = t.variables(input);
        for (int l = 1; l <= 2; l++) {
            wNodes[l] = new int[SIZES[l]][];
            bNodes[l] = t.variables(b[l]);
            int[] next = new int[SIZES[l]];
            for (int j = 0; j < SIZES[l]; j++) {
                wNodes[l][j] = t.variables(w[l][j]);
                int s = bNodes[l][j];
                for (int k = 0; k < SIZES[l - 1]; k++) {
                    s = t.add(s, t.mul(wNodes[l][j][k], activation[k]));
                }
                next[j] = t.sigmoid(s);
            }
            activation = next;
        }
        int cost = t.constant(0.0);
        for (int j = 0; j < SIZES[2]; j++) {
            cost = t.add(cost, t.abs2(t.sub(target[j], activation[j])));
        }
        return t.mul(cost, 0.5);
    }

    private double halfSquaredError(Complex[] output) {
        double sum = 0;
        for (int j = 0; j < output.length; j++) {
            Complex r = target[j].minus(output[j]);
            sum += r.re() * r.re() + r.im() * r.im();
        }
        return sum / 2;
    }

    private static Complex sigmoid(Complex z) {
        return Complex.ONE.dividedBy(z.negate().exp().plus(1));
    }

    private static Complex sigmoidPrime(Complex z) {
        Complex s = sigmoid(z);
        return s.times(Complex.ONE.minus(s));
    }

    private Complex[] randomVector(int n) {
        Complex[] v = new Complex[n];
        for (int i = 0; i < n; i++) {
            v[i] = new Complex(random.nextDouble(-1, 1), random.nextDouble(-1, 1));
        }
        return v;
    }

    private static void assertClose(Complex expected, Complex actual, String what) {
        assertEquals(expected.re(), actual.re(), TOL, () -> what + ": " + actual + ", expected " + expected);
        assertEquals(expected.im(), actual.im(), TOL, () -> what + ": " + actual + ", expected " + expected);
    }
}

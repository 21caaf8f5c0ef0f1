package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import org.junit.jupiter.api.Test;

/**
 * The tape's gradients of a network equal the sheets' backpropagation equations, written out by
 * hand for a [4, 3, 2] sigmoid network and one sample:
 * BP1 delta^L = dC/da^L * sigma'(z^L); BP2 delta^l = (W^(l+1)^T delta^(l+1)) * sigma'(z^l);
 * BP3 dC/db^l = delta^l; BP4 dC/dw^l_jk = a^(l-1)_k delta^l_j.
 */
class BackpropTest {
    private static final double[] X = {0.3, -0.8, 0.5, 0.9};
    private static final double[] Y = {0.0, 1.0};

    @Test
    void quadraticCostGradientsAreBp1ToBp4() {
        check(Cost.QUADRATIC);
    }

    @Test
    void crossEntropyGradientsAreBp1ToBp4WithTheSigmoidFactorCancelled() {
        check(Cost.CROSS_ENTROPY);
    }

    private static void check(Cost cost) {
        Network net = new Network(new int[] {4, 3, 2}, new UnaryFunction[] {UnaryFunction.SIGMOID}, cost,
                Initializer.NETWORK2_LARGE, 7);
        TensorTape tape = new TensorTape(MatrixKernels.best());
        net.zeroGradients();
        int c = net.cost(tape, net.logits(tape, tape.input(X, 0, 1, 4), true), tape.input(Y, 0, 1, 2));
        tape.backward(c);

        double[] w1 = net.weightsOf(0);
        double[] b1 = net.biasesOf(0);
        double[] w2 = net.weightsOf(1);
        double[] b2 = net.biasesOf(1);
        double[] z1 = affine(w1, b1, X, 3, 4);
        double[] a1 = sigmoid(z1);
        double[] z2 = affine(w2, b2, a1, 2, 3);
        double[] a2 = sigmoid(z2);
        double[] delta2 = new double[2];
        for (int j = 0; j < 2; j++) {
            // BP1: quadratic dC/da = a - y, times sigma'(z); cross-entropy's dC/da = (a - y)/(a(1 - a)) cancels it
            delta2[j] = cost == Cost.QUADRATIC ? (a2[j] - Y[j]) * a2[j] * (1 - a2[j]) : a2[j] - Y[j];
        }
        double[] delta1 = new double[3];
        for (int k = 0; k < 3; k++) {
            double back = 0;
            for (int j = 0; j < 2; j++) {
                back += w2[j * 3 + k] * delta2[j]; // BP2
            }
            delta1[k] = back * a1[k] * (1 - a1[k]);
        }
        assertArrayEquals(delta2, net.biasGradients(1), 1e-12, "BP3, output layer");
        assertArrayEquals(delta1, net.biasGradients(0), 1e-12, "BP3, hidden layer");
        assertArrayEquals(outer(delta2, a1), net.weightGradients(1), 1e-12, "BP4, output layer");
        assertArrayEquals(outer(delta1, X), net.weightGradients(0), 1e-12, "BP4, hidden layer");
    }

    private static double[] affine(double[] w, double[] b, double[] a, int out, int in) {
        double[] z = new double[out];
        for (int j = 0; j < out; j++) {
            z[j] = b[j];
            for (int k = 0; k < in; k++) {
                z[j] += w[j * in + k] * a[k];
            }
        }
        return z;
    }

    private static double[] sigmoid(double[] z) {
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = 1 / (1 + Math.exp(-z[i]));
        }
        return a;
    }

    private static double[] outer(double[] delta, double[] a) {
        double[] g = new double[delta.length * a.length];
        for (int j = 0; j < delta.length; j++) {
            for (int k = 0; k < a.length; k++) {
                g[j * a.length + k] = delta[j] * a[k];
            }
        }
        return g;
    }

    @Test
    void theSeedMakesTheSameNetwork() {
        Network a = new Network(new int[] {5, 4, 10}, new UnaryFunction[] {UnaryFunction.TANH}, Cost.QUADRATIC, Initializer.XAVIER, 3);
        Network b = new Network(new int[] {5, 4, 10}, new UnaryFunction[] {UnaryFunction.TANH}, Cost.QUADRATIC, Initializer.XAVIER, 3);
        assertArrayEquals(a.weightsOf(0), b.weightsOf(0));
        Network c = new Network(new int[] {5, 4, 10}, new UnaryFunction[] {UnaryFunction.TANH}, Cost.QUADRATIC, Initializer.XAVIER, 4);
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(a.weightsOf(0), c.weightsOf(0)));
    }
}

package dev.gradus.nn.complex;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.UnaryFunction;

/**
 * The complex-backprop sheet's equations written out by hand for one sample of a
 * {@link ComplexNetwork}, in plain complex arithmetic (no tape): the forward pass z^l, a^l, and
 * with delta^l = dC/dz^l (the Wirtinger d/dz)
 * <pre>
 *   BP1  delta^L = dC/da^L sigma'(z^L),  dC/da^L = -1/2 conj(y - a^L)  for C = 1/2 |y - a^L|^2
 *   BP2  delta^l = diag(sigma'(z^l)) (w^(l+1))^T delta^(l+1)            (the transpose, not w^H)
 *   BP3  dC/db^l_j = delta^l_j
 *   BP4  dC/dw^l_jk = a^(l-1)_k delta^l_j
 * </pre>
 * Layers are numbered from 0 as in the network: z[l] and delta[l] belong to weight layer l, a[0]
 * is the input and a[l + 1] = sigma(z[l]).
 */
final class SheetBackprop {
    final Complex[][] z;
    final Complex[][] a;
    final Complex[][] delta;
    private final ComplexNetwork net;

    SheetBackprop(ComplexNetwork net, Complex[] input, Complex[] target, boolean conjugateTranspose) {
        this.net = net;
        int layers = net.layers();
        int[] sizes = net.sizes();
        z = new Complex[layers][];
        a = new Complex[layers + 1][];
        a[0] = input;
        for (int l = 0; l < layers; l++) {
            z[l] = new Complex[sizes[l + 1]];
            a[l + 1] = new Complex[sizes[l + 1]];
            for (int j = 0; j < sizes[l + 1]; j++) {
                Complex s = net.bias(l, j);
                for (int k = 0; k < sizes[l]; k++) {
                    s = s.plus(net.weight(l, j, k).times(a[l][k]));
                }
                z[l][j] = s;
                a[l + 1][j] = sigma(s);
            }
        }
        delta = new Complex[layers][];
        int last = layers - 1;
        delta[last] = new Complex[sizes[layers]];
        for (int j = 0; j < sizes[layers]; j++) {
            Complex dCda = target[j].minus(a[layers][j]).conjugate().times(-0.5); // BP1
            delta[last][j] = dCda.times(sigmaPrime(z[last][j]));
        }
        for (int l = last - 1; l >= 0; l--) { // BP2
            delta[l] = new Complex[sizes[l + 1]];
            for (int k = 0; k < sizes[l + 1]; k++) {
                Complex s = Complex.ZERO;
                for (int j = 0; j < sizes[l + 2]; j++) {
                    Complex w = net.weight(l + 1, j, k);
                    s = s.plus((conjugateTranspose ? w.conjugate() : w).times(delta[l + 1][j]));
                }
                delta[l][k] = sigmaPrime(z[l][k]).times(s);
            }
        }
    }

    /** BP3: dC/db for neuron j of weight layer l. */
    Complex dCdb(int l, int j) {
        return delta[l][j];
    }

    /** BP4: dC/dw_jk of weight layer l. */
    Complex dCdw(int l, int j, int k) {
        return a[l][k].times(delta[l][j]);
    }

    /** C = 1/2 sum |y - a^L|^2. */
    double cost(Complex[] target) {
        double sum = 0;
        Complex[] out = a[a.length - 1];
        for (int j = 0; j < out.length; j++) {
            Complex r = target[j].minus(out[j]);
            sum += r.re() * r.re() + r.im() * r.im();
        }
        return sum / 2;
    }

    // The activations by hand, not from the table, so that the test does not take the tape's word.

    private Complex sigma(Complex s) {
        if (net.activation() == UnaryFunction.SIGMOID) {
            return Complex.ONE.dividedBy(Complex.ONE.plus(s.negate().exp()));
        }
        if (net.activation() == UnaryFunction.TANH) {
            Complex e = s.times(2).exp();
            return e.minus(Complex.ONE).dividedBy(e.plus(1));
        }
        throw new IllegalArgumentException("written out for sigmoid and tanh only");
    }

    private Complex sigmaPrime(Complex s) {
        Complex v = sigma(s);
        return net.activation() == UnaryFunction.SIGMOID ? v.times(Complex.ONE.minus(v)) : Complex.ONE.minus(v.times(v));
    }

    /** The distance from s to the nearest pole of sigma: i pi (2k+1) for the sigmoid, i pi/2 (2k+1) for tanh. */
    double poleDistance(Complex s) {
        double period = net.activation() == UnaryFunction.SIGMOID ? 2 * Math.PI : Math.PI; // poles at period/2 + k period
        double y = s.im() - period / 2;
        double off = y - period * Math.rint(y / period);
        return Math.hypot(s.re(), off);
    }

    /** The smallest distance of any pre-activation to a pole. */
    double poleDistance() {
        double min = Double.POSITIVE_INFINITY;
        for (Complex[] layer : z) {
            for (Complex s : layer) {
                min = Math.min(min, poleDistance(s));
            }
        }
        return min;
    }
}

package dev.gradus.nn.complex;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.Arrays;
import java.util.Random;

/**
 * A fully connected complex-valued network, as the complex-backprop sheet
 * (sheet-network2-unstable-gradients-complex-backprop, Tutoraufgabe) has it: complex weights
 * w^l (out x in) and biases b^l, z^l = w^l a^(l-1) + b^l and a^l = sigma(z^l) in every layer, the
 * output layer included, with one holomorphic activation sigma from the table of elementary
 * functions, and the real cost C = 1/2 |y - a^L|^2.
 *
 * <p>The activation must be holomorphic because the sheet's BP1-BP4 assume it (they use the
 * complex derivative sigma' and d conj(sigma)/dz = 0). Its extension has poles (the sigmoid at
 * z = i pi (2k+1), tanh at z = i pi/2 (2k+1)), which is why the weights start small and the
 * biases at 0: the pre-activations then stay far from the imaginary axis' poles.
 *
 * <p>Gradients come from the complex tape, one sample at a time: each weight is a tape variable,
 * and the value kept beside it is the gradient of the real cost in the sheet's convention,
 * dC/d(Re w) + i dC/d(Im w) = 2 dC/d conj(w) = 2 conj(dC/dw) (PyTorch's {@code .grad}), so that
 * steepest descent is w &lt;- w - eta * gradient.
 */
public final class ComplexNetwork {
    private final int[] sizes;
    private final UnaryFunction activation;
    /** weights[l][j][k] connects neuron k of layer l to neuron j of layer l + 1 (layers from 0). */
    private final Complex[][][] weights;
    private final Complex[][] biases;
    private final Complex[][][] weightGradients;
    private final Complex[][] biasGradients;

    /**
     * A network with weights drawn as complex Gaussians with E|w|^2 = 1/n_in (real and imaginary
     * parts independent, each of variance 1/(2 n_in): network2's default variance, shared between
     * the two parts), biases 0.
     *
     * @param sizes      neurons per layer, input first, e.g. {1, 8, 1}
     * @param activation a holomorphic entry of the table (sigmoid, tanh, ...)
     */
    public ComplexNetwork(int[] sizes, UnaryFunction activation, long seed) {
        if (sizes.length < 2 || Arrays.stream(sizes).anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("a network needs at least two layers of at least one neuron: " + Arrays.toString(sizes));
        }
        if (!activation.holomorphic()) {
            throw new IllegalArgumentException(activation.symbol() + " is not holomorphic; the complex network needs a holomorphic "
                    + "activation such as sigmoid or tanh (the sheet's BP1-BP4 assume one)");
        }
        this.sizes = sizes.clone();
        this.activation = activation;
        int layers = sizes.length - 1;
        weights = new Complex[layers][][];
        biases = new Complex[layers][];
        weightGradients = new Complex[layers][][];
        biasGradients = new Complex[layers][];
        Random random = new Random(seed);
        for (int l = 0; l < layers; l++) {
            double sd = Math.sqrt(1.0 / (2 * sizes[l]));
            weights[l] = new Complex[sizes[l + 1]][sizes[l]];
            weightGradients[l] = new Complex[sizes[l + 1]][sizes[l]];
            biases[l] = new Complex[sizes[l + 1]];
            biasGradients[l] = new Complex[sizes[l + 1]];
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int k = 0; k < sizes[l]; k++) {
                    weights[l][j][k] = new Complex(sd * random.nextGaussian(), sd * random.nextGaussian());
                }
                biases[l][j] = Complex.ZERO;
            }
        }
        zeroGradients();
    }

    public int[] sizes() {
        return sizes.clone();
    }

    /** The number of weight layers (sizes.length - 1). */
    public int layers() {
        return sizes.length - 1;
    }

    public UnaryFunction activation() {
        return activation;
    }

    /** The weight from neuron k of layer l to neuron j of layer l + 1 (layers from 0). */
    public Complex weight(int l, int j, int k) {
        return weights[l][j][k];
    }

    public void setWeight(int l, int j, int k, Complex w) {
        weights[l][j][k] = w;
    }

    /** The bias of neuron j of layer l + 1. */
    public Complex bias(int l, int j) {
        return biases[l][j];
    }

    public void setBias(int l, int j, Complex b) {
        biases[l][j] = b;
    }

    /** The accumulated gradient 2 dC/d conj(w) = dC/d(Re w) + i dC/d(Im w) of a weight. */
    public Complex weightGradient(int l, int j, int k) {
        return weightGradients[l][j][k];
    }

    /** The accumulated gradient 2 dC/d conj(b) = dC/d(Re b) + i dC/d(Im b) of a bias. */
    public Complex biasGradient(int l, int j) {
        return biasGradients[l][j];
    }

    public void zeroGradients() {
        for (int l = 0; l < layers(); l++) {
            for (Complex[] row : weightGradients[l]) {
                Arrays.fill(row, Complex.ZERO);
            }
            Arrays.fill(biasGradients[l], Complex.ZERO);
        }
    }

    /** C = 1/2 |y - a^L|^2 for one sample, without gradients. */
    public double cost(ComplexTape tape, Complex[] input, Complex[] target) {
        tape.reset();
        try (ComplexTape.Scope noGrad = tape.noGrad()) {
            return tape.valueRe(cost(tape, forward(tape, input, null, null), target));
        }
    }

    /**
     * Records one sample on the tape with every weight and bias a variable, adds 2 dC/d conj(p)
     * of the sample's cost to each parameter's gradient, and returns the cost.
     */
    public double accumulateGradient(ComplexTape tape, Complex[] input, Complex[] target) {
        tape.reset();
        int[][][] weightNodes = new int[layers()][][];
        int[][] biasNodes = new int[layers()][];
        int cost = cost(tape, forward(tape, input, weightNodes, biasNodes), target);
        int[] nodes = new int[parameterCount()];
        int n = 0;
        for (int l = 0; l < layers(); l++) {
            for (int[] row : weightNodes[l]) {
                for (int node : row) {
                    nodes[n++] = node;
                }
            }
            for (int node : biasNodes[l]) {
                nodes[n++] = node;
            }
        }
        Complex[] gradient = tape.gradient(cost, nodes); // 2 dC/d conj(p) for each node, in the order above
        n = 0;
        for (int l = 0; l < layers(); l++) {
            for (Complex[] row : weightGradients[l]) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = row[k].plus(gradient[n++]);
                }
            }
            for (int j = 0; j < biasGradients[l].length; j++) {
                biasGradients[l][j] = biasGradients[l][j].plus(gradient[n++]);
            }
        }
        return tape.valueRe(cost);
    }

    /** Steepest descent on the accumulated gradients: p &lt;- p - rate * gradient for every parameter. */
    public void descend(double rate) {
        for (int l = 0; l < layers(); l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int k = 0; k < sizes[l]; k++) {
                    weights[l][j][k] = weights[l][j][k].minus(weightGradients[l][j][k].times(rate));
                }
                biases[l][j] = biases[l][j].minus(biasGradients[l][j].times(rate));
            }
        }
    }

    /** Whether every weight and bias is finite. */
    public boolean isFinite() {
        for (int l = 0; l < layers(); l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                if (!finite(biases[l][j])) {
                    return false;
                }
                for (Complex w : weights[l][j]) {
                    if (!finite(w)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** An independent copy (same activation, weights and biases; gradients 0), for {@link #restore}. */
    public ComplexNetwork copy() {
        ComplexNetwork copy = new ComplexNetwork(sizes, activation, 0);
        copy.restore(this);
        return copy;
    }

    /** Takes over the weights and biases of a network of the same sizes (e.g. a saved {@link #copy}). */
    public void restore(ComplexNetwork saved) {
        if (!Arrays.equals(sizes, saved.sizes)) {
            throw new IllegalArgumentException("sizes differ: " + Arrays.toString(sizes) + " and " + Arrays.toString(saved.sizes));
        }
        for (int l = 0; l < layers(); l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                weights[l][j] = saved.weights[l][j].clone();
            }
            biases[l] = saved.biases[l].clone();
        }
    }

    private int parameterCount() {
        int n = 0;
        for (int l = 0; l < layers(); l++) {
            n += sizes[l + 1] * (sizes[l] + 1);
        }
        return n;
    }

    /**
     * Records a^L for the input; with node arrays given, the parameters are variables whose nodes
     * are stored there, else constants.
     */
    private int[] forward(ComplexTape tape, Complex[] input, int[][][] weightNodes, int[][] biasNodes) {
        if (input.length != sizes[0]) {
            throw new IllegalArgumentException("the network takes " + sizes[0] + " inputs, got " + input.length);
        }
        int[] a = new int[input.length];
        for (int k = 0; k < input.length; k++) {
            a[k] = tape.constant(input[k]);
        }
        for (int l = 0; l < layers(); l++) {
            boolean variables = weightNodes != null;
            if (variables) {
                weightNodes[l] = new int[sizes[l + 1]][];
                biasNodes[l] = tape.variables(biases[l]);
            }
            int[] next = new int[sizes[l + 1]];
            for (int j = 0; j < next.length; j++) {
                int[] w = variables ? (weightNodes[l][j] = tape.variables(weights[l][j])) : constants(tape, weights[l][j]);
                int z = variables ? biasNodes[l][j] : tape.constant(biases[l][j]);
                for (int k = 0; k < a.length; k++) {
                    z = tape.add(z, tape.mul(w[k], a[k]));
                }
                next[j] = tape.apply(activation, z);
            }
            a = next;
        }
        return a;
    }

    /** 1/2 sum_j |y_j - a_j|^2, a real-valued node. */
    private static int cost(ComplexTape tape, int[] output, Complex[] target) {
        if (target.length != output.length) {
            throw new IllegalArgumentException("the network has " + output.length + " outputs, the target " + target.length);
        }
        int sum = tape.constant(0.0);
        for (int j = 0; j < output.length; j++) {
            sum = tape.add(sum, tape.abs2(tape.sub(target[j], output[j])));
        }
        return tape.mul(sum, 0.5);
    }

    private static int[] constants(ComplexTape tape, Complex[] values) {
        int[] nodes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            nodes[i] = tape.constant(values[i]);
        }
        return nodes;
    }

    private static boolean finite(Complex c) {
        return Double.isFinite(c.re()) && Double.isFinite(c.im());
    }
}

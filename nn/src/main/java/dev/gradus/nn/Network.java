package dev.gradus.nn;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.TensorTape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A fully connected network, as network2.py: layer sizes, weights stored out x in (so a batch of
 * input rows X gives X W^T + b), an activation per hidden layer and a cost that fixes the output
 * layer (sigmoid for the quadratic and cross-entropy costs, softmax for the log-likelihood). The
 * parameters are plain arrays that the tape reads in place, with gradient arrays beside them.
 */
public final class Network {
    private final int[] sizes;
    private final UnaryFunction[] hidden;
    private final Cost cost;
    private final double[][] weights;
    private final double[][] biases;
    private final double[][] weightGrads;
    private final double[][] biasGrads;
    private final List<Parameter> parameters = new ArrayList<>();

    /**
     * @param sizes  neurons per layer, input first, e.g. {784, 30, 10}
     * @param hidden the activation of each hidden layer (sizes.length - 2 of them; one is repeated)
     */
    public Network(int[] sizes, UnaryFunction[] hidden, Cost cost, Initializer initializer, long seed) {
        if (sizes.length < 2 || Arrays.stream(sizes).anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("a network needs at least two layers of at least one neuron: " + Arrays.toString(sizes));
        }
        this.sizes = sizes.clone();
        this.hidden = hiddenActivations(hidden, sizes.length - 2);
        this.cost = cost;
        int layers = sizes.length - 1;
        weights = new double[layers][];
        biases = new double[layers][];
        weightGrads = new double[layers][];
        biasGrads = new double[layers][];
        Random random = new Random(seed);
        for (int l = 0; l < layers; l++) {
            weights[l] = new double[sizes[l + 1] * sizes[l]];
            biases[l] = new double[sizes[l + 1]];
            weightGrads[l] = new double[weights[l].length];
            biasGrads[l] = new double[biases[l].length];
            initializer.initialize(weights[l], biases[l], sizes[l], sizes[l + 1], random);
            parameters.add(new Parameter("w" + (l + 1), weights[l], weightGrads[l], true));
            parameters.add(new Parameter("b" + (l + 1), biases[l], biasGrads[l], false));
        }
    }

    private static UnaryFunction[] hiddenActivations(UnaryFunction[] given, int count) {
        if (given.length == count) {
            return given.clone();
        }
        if (given.length == 1) {
            UnaryFunction[] all = new UnaryFunction[count];
            Arrays.fill(all, given[0]);
            return all;
        }
        throw new IllegalArgumentException("give one activation for every hidden layer (" + count + "), or one for all");
    }

    /**
     * Records the forward pass of a batch (rows of the input node) and returns the output layer's
     * logits (before its sigmoid or softmax). With {@code training}, the parameters are recorded
     * with their gradient arrays; without, as constants.
     */
    public int logits(TensorTape tape, int input, boolean training) {
        return logits(tape, input, training, null, null);
    }

    /**
     * The same, also writing each layer's input node and pre-activation node z = a W^T + b into the
     * arrays (one per layer; {@code null} for none): per-sample gradient statistics read them.
     */
    int logits(TensorTape tape, int input, boolean training, int[] layerInputs, int[] preActivations) {
        int a = input;
        for (int l = 0; l < weights.length; l++) {
            if (layerInputs != null) {
                layerInputs[l] = a;
            }
            int w = training ? tape.parameter(weights[l], weightGrads[l], 0, sizes[l + 1], sizes[l])
                    : tape.input(weights[l], 0, sizes[l + 1], sizes[l]);
            int b = training ? tape.parameter(biases[l], biasGrads[l], 0, 1, sizes[l + 1])
                    : tape.input(biases[l], 0, 1, sizes[l + 1]);
            int z = tape.addRow(tape.matmulTransB(a, w), b);
            if (preActivations != null) {
                preActivations[l] = z;
            }
            a = l < hidden.length ? tape.apply(hidden[l], z) : z;
        }
        return a;
    }

    /** The cost of the logits against the targets (one row per sample), averaged over the rows. */
    public int cost(TensorTape tape, int logits, int targets) {
        return switch (cost) {
            case CROSS_ENTROPY -> tape.sigmoidCrossEntropy(logits, targets);
            case LOG_LIKELIHOOD -> tape.softmaxCrossEntropy(logits, targets);
            case QUADRATIC -> tape.quadraticCost(tape.apply(UnaryFunction.SIGMOID, logits), targets);
        };
    }

    /** Every trainable array with its gradient, in layer order (w1, b1, w2, b2, ...). */
    public List<Parameter> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** Sets every gradient array to 0, before a step accumulates into them. */
    public void zeroGradients() {
        for (Parameter p : parameters) {
            Arrays.fill(p.gradient(), 0.0);
        }
    }

    /** The sum of the squared weights (not biases), for network2's L2 term. */
    public double sumOfSquaredWeights() {
        double s = 0;
        for (double[] w : weights) {
            for (double v : w) {
                s += v * v;
            }
        }
        return s;
    }

    /** The first layer (1-based, as the sheets count) with a weight or bias that is NaN or infinite; 0 if none. */
    public int firstNonFiniteLayer() {
        for (int l = 0; l < weights.length; l++) {
            if (!allFinite(weights[l]) || !allFinite(biases[l])) {
                return l + 1;
            }
        }
        return 0;
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the parameters, to go back to (the last good model when training diverges). */
    public double[][][] snapshot() {
        double[][][] copy = new double[2][weights.length][];
        for (int l = 0; l < weights.length; l++) {
            copy[0][l] = weights[l].clone();
            copy[1][l] = biases[l].clone();
        }
        return copy;
    }

    public void restore(double[][][] snapshot) {
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(snapshot[0][l], 0, weights[l], 0, weights[l].length);
            System.arraycopy(snapshot[1][l], 0, biases[l], 0, biases[l].length);
        }
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public Cost costFunction() {
        return cost;
    }

    public UnaryFunction[] hiddenActivations() {
        return hidden.clone();
    }

    public int layers() {
        return weights.length;
    }

    /** Layer l's weights (out x in, row-major), live: the optimizer updates them in place. */
    double[] weights(int l) {
        return weights[l];
    }

    double[] biases(int l) {
        return biases[l];
    }

    double[] weightGradients(int l) {
        return weightGrads[l];
    }

    double[] biasGradients(int l) {
        return biasGrads[l];
    }

    /** A copy of layer l's weights, out x in row-major (for saving and tests). */
    public double[] weightsOf(int l) {
        return weights[l].clone();
    }

    public double[] biasesOf(int l) {
        return biases[l].clone();
    }

    /** Replaces layer l's parameters (loading a saved network); the lengths must match. */
    public void setParameters(int l, double[] w, double[] b) {
        if (w.length != weights[l].length || b.length != biases[l].length) {
            throw new IllegalArgumentException("layer " + (l + 1) + " has " + weights[l].length + " weights and "
                    + biases[l].length + " biases, not " + w.length + " and " + b.length);
        }
        System.arraycopy(w, 0, weights[l], 0, w.length);
        System.arraycopy(b, 0, biases[l], 0, b.length);
    }
}

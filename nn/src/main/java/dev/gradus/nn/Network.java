package dev.gradus.nn;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.Tensor;
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
 *
 * <p>A maxout layer of n units with k pieces has k n rows of weights and biases (unit j's pieces
 * are rows j k to j k + k - 1); a prelu layer adds a slope per unit, the parameter "a" + layer.
 */
public final class Network {
    private final int[] sizes;
    private final ActivationLayer[] hidden;
    private final Cost cost;
    private final double[][] weights;
    private final double[][] biases;
    private final double[][] weightGrads;
    private final double[][] biasGrads;
    private final List<Parameter> parameters = new ArrayList<>();
    /** skips[l]: the layers (0 = the input) whose outputs are added to layer l's weighted input; l is 1-based. */
    private final List<List<Integer>> skips = new ArrayList<>();
    /** The node of each layer's output during {@link #logits}, reused so that a step allocates nothing. */
    private final int[] layerNodes;

    /**
     * @param sizes  neurons per layer, input first, e.g. {784, 30, 10}
     * @param hidden the activation of each hidden layer (sizes.length - 2 of them; one is repeated)
     */
    public Network(int[] sizes, UnaryFunction[] hidden, Cost cost, Initializer initializer, long seed) {
        this(sizes, Arrays.stream(hidden).map(Activation::of).toArray(Activation[]::new), cost, initializer, seed);
    }

    /**
     * @param sizes  neurons per layer, input first, e.g. {784, 30, 10}
     * @param hidden the activation of each hidden layer (sizes.length - 2 of them; one is repeated)
     * @param seed   for the initial weights, and for rrelu's random slopes
     */
    public Network(int[] sizes, Activation[] hidden, Cost cost, Initializer initializer, long seed) {
        if (sizes.length < 2 || Arrays.stream(sizes).anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("a network needs at least two layers of at least one neuron: " + Arrays.toString(sizes));
        }
        this.sizes = sizes.clone();
        Activation[] activations = hiddenActivations(hidden, sizes.length - 2);
        this.hidden = new ActivationLayer[activations.length];
        for (int l = 0; l < activations.length; l++) {
            this.hidden[l] = new ActivationLayer(activations[l], sizes[l + 1], seed + 1 + l);
        }
        this.cost = cost;
        int layers = sizes.length - 1;
        weights = new double[layers][];
        biases = new double[layers][];
        weightGrads = new double[layers][];
        biasGrads = new double[layers][];
        layerNodes = new int[layers + 1];
        for (int l = 0; l <= layers; l++) {
            skips.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        for (int l = 0; l < layers; l++) {
            int rows = rows(l);
            weights[l] = new double[rows * sizes[l]];
            biases[l] = new double[rows];
            weightGrads[l] = new double[weights[l].length];
            biasGrads[l] = new double[biases[l].length];
            initializer.initialize(weights[l], biases[l], sizes[l], rows, random);
            parameters.add(new Parameter("w" + (l + 1), weights[l], weightGrads[l], true));
            parameters.add(new Parameter("b" + (l + 1), biases[l], biasGrads[l], false));
            if (l < this.hidden.length && this.hidden[l].learns()) {
                parameters.add(new Parameter("a" + (l + 1), this.hidden[l].values(), this.hidden[l].gradients(), false));
            }
        }
    }

    /** Layer l's rows of weights: its units times its activation's pieces. */
    private int rows(int l) {
        return sizes[l + 1] * (l < hidden.length ? hidden[l].activation().pieces() : 1);
    }

    private static Activation[] hiddenActivations(Activation[] given, int count) {
        if (given.length == count) {
            return given.clone();
        }
        if (given.length == 1) {
            Activation[] all = new Activation[count];
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
        return forward(tape, input, training, null, null, null);
    }

    /**
     * The class of each input: the output with the largest logit (the sigmoid and the softmax keep
     * their order), in evaluation mode, on a tape of its own.
     *
     * @param inputs row-major, one row of {@code sizes()[0]} values per input
     */
    public int[] predict(double[] inputs) {
        int d = sizes[0];
        if (inputs.length == 0 || inputs.length % d != 0) {
            throw new IllegalArgumentException(inputs.length + " values are not rows of this network's " + d + " inputs");
        }
        int rows = inputs.length / d;
        TensorTape tape = new TensorTape(MatrixKernels.best());
        Tensor logits = tape.value(logits(tape, tape.input(inputs, 0, rows, d), false));
        int[] classes = new int[rows];
        for (int r = 0; r < rows; r++) {
            for (int j = 1; j < logits.cols(); j++) {
                if (logits.get(r, j) > logits.get(r, classes[r])) {
                    classes[r] = j;
                }
            }
        }
        return classes;
    }

    /**
     * Records the forward pass like {@link #logits} and returns every layer's output: the hidden
     * layers' activations, then the logits (for diagnostics such as {@link DeadUnits}).
     */
    public int[] layerOutputs(TensorTape tape, int input, boolean training) {
        int[] outputs = new int[weights.length];
        forward(tape, input, training, outputs, null, null);
        return outputs;
    }

    /**
     * The same as {@link #logits}, also writing each layer's input node and pre-activation node
     * z = a W^T + b into the arrays (one per layer; {@code null} for none): per-sample gradient
     * statistics read them.
     */
    int logits(TensorTape tape, int input, boolean training, int[] layerInputs, int[] preActivations) {
        return forward(tape, input, training, null, layerInputs, preActivations);
    }

    private int forward(TensorTape tape, int input, boolean training, int[] outputs, int[] layerInputs, int[] preActivations) {
        int a = input;
        int batch = tape.rows(input);
        layerNodes[0] = input;
        for (int l = 0; l < weights.length; l++) {
            if (layerInputs != null) {
                layerInputs[l] = a;
            }
            int rows = rows(l);
            int w = training ? tape.parameter(weights[l], weightGrads[l], 0, rows, sizes[l])
                    : tape.input(weights[l], 0, rows, sizes[l]);
            int b = training ? tape.parameter(biases[l], biasGrads[l], 0, 1, rows)
                    : tape.input(biases[l], 0, 1, rows);
            int z = tape.addRow(tape.matmulTransB(a, w), b);
            if (preActivations != null) {
                preActivations[l] = z;
            }
            List<Integer> into = skips.get(l + 1);
            for (int i = 0; i < into.size(); i++) {
                z = tape.add(z, layerNodes[into.get(i)]);
            }
            a = l < hidden.length ? hidden[l].record(tape, z, batch, training) : z;
            layerNodes[l + 1] = a;
            if (outputs != null) {
                outputs[l] = a;
            }
        }
        return a;
    }

    /** The skip connections as {from, to} pairs, in the order of their target layers. */
    public List<int[]> skips() {
        List<int[]> pairs = new ArrayList<>();
        for (int to = 0; to < skips.size(); to++) {
            for (int from : skips.get(to)) {
                pairs.add(new int[] {from, to});
            }
        }
        return pairs;
    }

    /**
     * Adds a skip connection (a residual edge): the output of layer {@code from} (0 is the input,
     * layers count from 1 as in the sheets) is added to the weighted input z of layer {@code to},
     * as the sheet's s_N = w_N o_(N-1) + b_N + o_1. The two layers must have the same width.
     *
     * @return this network
     */
    public Network skip(int from, int to) {
        int layers = weights.length;
        if (from < 0 || to > layers || to < from + 2) {
            throw new IllegalArgumentException("a skip connection goes from a layer (0 = input) to a later layer that is not the next one,"
                    + " within 0.." + layers + ": not " + from + " -> " + to);
        }
        if (sizes[from] != sizes[to]) {
            throw new IllegalArgumentException("a skip connection joins layers of the same width: layer " + from + " has "
                    + sizes[from] + " units, layer " + to + " has " + sizes[to]);
        }
        if (rows(to - 1) != sizes[to]) {
            throw new IllegalArgumentException("layer " + to + " is a maxout layer, whose weighted input has "
                    + rows(to - 1) + " columns: a skip connection cannot join it");
        }
        skips.get(to).add(from);
        return this;
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
            if (!allFinite(weights[l]) || !allFinite(biases[l]) || (l < hidden.length && !allFinite(hidden[l].values()))) {
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
        double[][][] copy = new double[3][weights.length][];
        for (int l = 0; l < weights.length; l++) {
            copy[0][l] = weights[l].clone();
            copy[1][l] = biases[l].clone();
            copy[2][l] = activationParametersOf(l);
        }
        return copy;
    }

    public void restore(double[][][] snapshot) {
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(snapshot[0][l], 0, weights[l], 0, weights[l].length);
            System.arraycopy(snapshot[1][l], 0, biases[l], 0, biases[l].length);
            setActivationParameters(l, snapshot[2][l]);
        }
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public Cost costFunction() {
        return cost;
    }

    public Activation[] hiddenActivations() {
        return Arrays.stream(hidden).map(ActivationLayer::activation).toArray(Activation[]::new);
    }

    /** What layer l's activation learns (prelu's slope per unit), a copy; empty for the output layer and the others. */
    public double[] activationParametersOf(int l) {
        return l < hidden.length ? hidden[l].values().clone() : new double[0];
    }

    /** Replaces what layer l's activation learns (loading a saved network); the length must match. */
    public void setActivationParameters(int l, double[] values) {
        double[] live = l < hidden.length ? hidden[l].values() : new double[0];
        if (values.length != live.length) {
            throw new IllegalArgumentException("layer " + (l + 1) + "'s activation learns " + live.length + " values, not " + values.length);
        }
        System.arraycopy(values, 0, live, 0, values.length);
    }

    /** Starts rrelu's random slopes from the beginning again, so that a forward pass can be repeated (gradient checks). */
    void restartNoise() {
        for (ActivationLayer layer : hidden) {
            layer.restartNoise();
        }
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

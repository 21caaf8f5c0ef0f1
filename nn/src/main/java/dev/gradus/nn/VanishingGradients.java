package dev.gradus.nn;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import java.util.Arrays;
import java.util.Random;

/**
 * The sheet's vanishing gradients, measured: a deep narrow sigmoid network (every layer {@code
 * width} units, the sheet's chain when the width is 1) with the quadratic cost, and the size of
 * dC/dw_l in every layer l, once as it is and once with the skip connection of the sheet, the
 * output of layer 1 added to the weighted input of the last layer (s_N = w_N o_(N-1) + b_N + o_1).
 *
 * <p>One network's gradients depend on its random weights, so each figure is the median, over
 * many networks (network2's initialisation, one seed each), of the mean |dC/dw| of the layer's
 * weights on a batch of random inputs in [0, 1) with random targets.
 */
public final class VanishingGradients {
    private VanishingGradients() {}

    /** Median mean |dC/dw_l| for l = 1..depth (index l - 1), without and with the skip connection. */
    public record Result(int depth, int width, int networks, double[] withoutSkip, double[] withSkip) {
        /** How many times larger the first layer's gradient is with the skip connection. */
        public double firstLayerGain() {
            return withSkip[0] / withoutSkip[0];
        }
    }

    public static Result measure(int depth, int width, int networks, int samples, long seed) {
        if (depth < 3 || width < 1 || networks < 1 || samples < 1) {
            throw new IllegalArgumentException("need depth >= 3 (a skip over layers 2..N-1), width, networks and samples >= 1");
        }
        TensorTape tape = new TensorTape(MatrixKernels.best());
        return new Result(depth, width, networks, medians(tape, depth, width, false, networks, samples, seed),
                medians(tape, depth, width, true, networks, samples, seed));
    }

    private static double[] medians(TensorTape tape, int depth, int width, boolean skip, int networks, int samples, long seed) {
        double[][] perLayer = new double[depth][networks];
        int[] sizes = new int[depth + 1];
        Arrays.fill(sizes, width);
        Random data = new Random(seed);
        for (int k = 0; k < networks; k++) {
            Network network = new Network(sizes, new UnaryFunction[] {UnaryFunction.SIGMOID}, Cost.QUADRATIC,
                    Initializer.NETWORK2_DEFAULT, seed + 1 + k);
            if (skip) {
                network.skip(1, depth);
            }
            double[] x = uniform(data, samples * width);
            double[] y = uniform(data, samples * width);
            tape.reset();
            int input = tape.input(x, 0, samples, width);
            int targets = tape.input(y, 0, samples, width);
            tape.backward(network.cost(tape, network.logits(tape, input, true), targets));
            for (int l = 0; l < depth; l++) {
                perLayer[l][k] = meanAbs(network.weightGradients(l));
            }
        }
        double[] medians = new double[depth];
        for (int l = 0; l < depth; l++) {
            Arrays.sort(perLayer[l]);
            int n = networks;
            medians[l] = n % 2 == 1 ? perLayer[l][n / 2] : (perLayer[l][n / 2 - 1] + perLayer[l][n / 2]) / 2;
        }
        return medians;
    }

    private static double[] uniform(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble();
        }
        return v;
    }

    private static double meanAbs(double[] values) {
        double s = 0;
        for (double v : values) {
            s += Math.abs(v);
        }
        return s / values.length;
    }
}

package dev.gradus.nn;

import dev.gradus.autodiff.functions.Selu;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.Tensor;
import dev.gradus.autodiff.tensor.TensorTape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How activations and gradients evolve through a deep, untrained, fully connected network (the
 * transfer-function solution, task 5): {@code depth} layers of {@code width} units, each
 * a = f(a W^T + b), on standard normal inputs; per layer the mean and standard deviation of the
 * activations a and of the back-propagated gradients dC/dz, and a histogram of the activations.
 *
 * <p>The cost is a fixed random projection of the last layer, C = sum_ij R_ij a_ij with R_ij
 * drawn from N(0, 1): its gradient dC/da at the top is R itself, with mean 0 and standard
 * deviation 1, so each layer's gradient statistics show what the backward pass alone does to a
 * unit signal (the sum of the outputs would start every gradient at exactly 1, a mean that no
 * symmetric activation keeps).
 *
 * <p>Both passes run on the {@link TensorTape}; the weights are its parameters, so the tape keeps
 * the gradient of every layer's z.
 */
public final class ActivationStatistics {

    /** The activations the sheet compares, each recorded on the tape. */
    public enum Transfer {
        TANH(Initializer.XAVIER, -1, 1),
        RELU(Initializer.HE, 0, 3),
        /** ELU with alpha = 1. */
        ELU(Initializer.HE, -1, 3),
        /** Its range starts at its limit at minus infinity, -lambda alpha (about -1.758). */
        SELU(Initializer.LECUN, -Selu.LAMBDA * Selu.ALPHA, 3);

        private final Initializer defaultInitializer;
        private final double histogramLow;
        private final double histogramHigh;

        Transfer(Initializer defaultInitializer, double histogramLow, double histogramHigh) {
            this.defaultInitializer = defaultInitializer;
            this.histogramLow = histogramLow;
            this.histogramHigh = histogramHigh;
        }

        /**
         * The usual initialiser for this activation: Xavier/Glorot for tanh (keeps the variance
         * where tanh is nearly linear), He for relu and elu (makes up for the half of the inputs
         * that the positive side passes), LeCun for selu (the fixed point of SELU's
         * self-normalisation assumes weights of variance 1/n).
         */
        public Initializer defaultInitializer() {
            return defaultInitializer;
        }

        /**
         * The histograms' range: the activation's range where it is bounded, else up to 3 (about
         * the 99.9th percentile of a unit normal). Values outside it count in the end bins.
         */
        public double histogramLow() {
            return histogramLow;
        }

        public double histogramHigh() {
            return histogramHigh;
        }

        public String displayName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads "tanh", "relu", "elu" or "selu". */
        public static Transfer parse(String text) {
            for (Transfer t : values()) {
                if (t.displayName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown activation '" + text + "': tanh, relu, elu or selu");
        }

        /**
         * f(z) on the tape. The table has ELU only with its alpha as a second argument, which the
         * tape does not apply, so ELU with alpha = 1 is written as relu(z) + exp(-relu(-z)) - 1
         * ({@code ones} is a constant of 1s with z's shape); its derivative is exact except at
         * z = 0 exactly, which continuous inputs never meet.
         */
        int record(TensorTape tape, int z, int ones) {
            return switch (this) {
                case TANH -> tape.apply(UnaryFunction.TANH, z);
                case RELU -> tape.apply(UnaryFunction.RELU, z);
                case SELU -> tape.apply(UnaryFunction.SELU, z);
                case ELU -> {
                    int negativePart = tape.scale(tape.apply(UnaryFunction.RELU, tape.scale(z, -1)), -1);
                    yield tape.add(tape.apply(UnaryFunction.RELU, z), tape.sub(tape.apply(UnaryFunction.EXP, negativePart), ones));
                }
            };
        }
    }

    /** What to measure; {@code bins} histogram bins over the activation's range. */
    public record Settings(Transfer transfer, Initializer initializer, int depth, int width, int samples, int bins, long seed) {
        public Settings {
            if (depth < 1 || width < 1 || samples < 2 || bins < 1) {
                throw new IllegalArgumentException("need depth >= 1, width >= 1, samples >= 2 and bins >= 1");
            }
        }
    }

    /**
     * One layer (1-based): statistics over all samples and units of its activations a and of the
     * gradients dC/dz; {@code histogram} holds the fraction of activations in each bin.
     */
    public record Layer(int layer, double activationMean, double activationStd, double gradientMean, double gradientStd,
            double[] histogram) {}

    /** Every layer, first to last, and the histograms' range. */
    public record Result(Settings settings, List<Layer> layers, double histogramLow, double histogramHigh) {
        public Layer last() {
            return layers.get(layers.size() - 1);
        }
    }

    private ActivationStatistics() {}

    public static Result measure(Settings s, MatrixKernels kernels) {
        Random random = new Random(s.seed());
        double[][] weights = new double[s.depth()][s.width() * s.width()];
        double[][] biases = new double[s.depth()][s.width()];
        double[][] weightGradients = new double[s.depth()][s.width() * s.width()];
        for (int l = 0; l < s.depth(); l++) {
            s.initializer().initialize(weights[l], biases[l], s.width(), s.width(), random);
        }
        int n = s.samples() * s.width();
        double[] inputs = gaussians(random, n);
        double[] projection = gaussians(random, n);
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);

        TensorTape tape = new TensorTape(kernels);
        int a = tape.input(inputs, 0, s.samples(), s.width());
        int one = tape.input(ones, 0, s.samples(), s.width());
        int[] zs = new int[s.depth()];
        int[] as = new int[s.depth()];
        for (int l = 0; l < s.depth(); l++) {
            int w = tape.parameter(weights[l], weightGradients[l], 0, s.width(), s.width());
            int b = tape.input(biases[l], 0, 1, s.width());
            zs[l] = tape.addRow(tape.matmulTransB(a, w), b);
            as[l] = s.transfer().record(tape, zs[l], one);
            a = as[l];
        }
        int cost = tape.sum(tape.mul(a, tape.input(projection, 0, s.samples(), s.width())));
        tape.backward(cost);

        double low = s.transfer().histogramLow();
        double high = s.transfer().histogramHigh();
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < s.depth(); l++) {
            Tensor activations = tape.value(as[l]);
            Tensor gradients = tape.adjoint(zs[l]);
            layers.add(new Layer(l + 1, mean(activations), std(activations), mean(gradients), std(gradients),
                    histogram(activations, low, high, s.bins())));
        }
        return new Result(s, List.copyOf(layers), low, high);
    }

    private static double[] gaussians(Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    private static double mean(Tensor t) {
        double s = 0;
        for (int i = 0; i < t.size(); i++) {
            s += t.data()[t.offset() + i];
        }
        return s / t.size();
    }

    /** The population standard deviation (over every sample and unit). */
    private static double std(Tensor t) {
        double m = mean(t);
        double s = 0;
        for (int i = 0; i < t.size(); i++) {
            double d = t.data()[t.offset() + i] - m;
            s += d * d;
        }
        return Math.sqrt(s / t.size());
    }

    /** Fractions per bin over [low, high]; values outside count in the first or last bin. */
    private static double[] histogram(Tensor t, double low, double high, int bins) {
        double[] fractions = new double[bins];
        double width = (high - low) / bins;
        for (int i = 0; i < t.size(); i++) {
            int bin = (int) Math.floor((t.data()[t.offset() + i] - low) / width);
            fractions[Math.max(0, Math.min(bins - 1, bin))] += 1.0 / t.size();
        }
        return fractions;
    }
}

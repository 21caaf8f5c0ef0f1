package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every activation of the slides as a hidden layer: the tape's gradient of the whole network's
 * batch cost in every parameter (weights, biases, prelu's slopes) against central differences,
 * away from the kinks (relu-like functions at 0, hardtanh at +-1, maxout at a tie of its pieces).
 * rrelu is checked in training, with the same random slopes in every pass.
 */
class ActivationGradientProperties {
    private static final double H = 1e-6;

    @Provide
    Arbitrary<Activation> activations() {
        return Arbitraries.of(Activation.of(UnaryFunction.SIGMOID), Activation.of(UnaryFunction.TANH),
                Activation.of(UnaryFunction.SOFTSIGN), Activation.of(UnaryFunction.HARDTANH), Activation.of(UnaryFunction.RELU),
                Activation.of(UnaryFunction.SELU), Activation.of(UnaryFunction.SOFTPLUS), Activation.LEAKY_RELU, Activation.ELU,
                Activation.SWISH, new Activation.PRelu(0.3), Activation.RRELU, new Activation.Maxout(1), new Activation.Maxout(2),
                new Activation.Maxout(3));
    }

    @Property(tries = 150)
    void everyParameterGradientMatchesCentralDifferences(@ForAll("activations") Activation activation,
                                                        @ForAll @IntRange(min = 1, max = 4) int hidden,
                                                        @ForAll @IntRange(min = 1, max = 3) int rows,
                                                        @ForAll @IntRange(min = 0, max = 2) int cost,
                                                        @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        Network net = new Network(new int[] {3, hidden, 10}, new Activation[] {activation}, Cost.values()[cost],
                Initializer.NETWORK2_DEFAULT, seed);
        if (activation instanceof Activation.PRelu) {
            double[] slopes = new double[hidden];
            for (int j = 0; j < hidden; j++) {
                slopes[j] = 0.5 * random.nextDouble();
            }
            net.setActivationParameters(0, slopes);
        }
        double[] x = new double[rows * 3];
        double[] y = new double[rows * 10];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            y[r * 10 + random.nextInt(10)] = 1;
        }
        Assume.that(distanceToKink(net, activation, x, rows) > 1e-4);
        TensorTape tape = new TensorTape(MatrixKernels.best());
        net.zeroGradients();
        tape.backward(cost(net, tape, x, y, rows));
        for (Parameter p : net.parameters()) {
            double[] tapeGradient = p.gradient().clone();
            double[] v = p.value();
            for (int i = 0; i < v.length; i++) {
                double saved = v[i];
                v[i] = saved + H;
                double up = tape.scalar(cost(net, tape, x, y, rows));
                v[i] = saved - H;
                double down = tape.scalar(cost(net, tape, x, y, rows));
                v[i] = saved;
                double numeric = (up - down) / (2 * H);
                assertEquals(numeric, tapeGradient[i], 1e-6 * Math.max(1, Math.abs(numeric)), activation.name() + ": " + p.name() + " " + i);
            }
        }
    }

    private static int cost(Network net, TensorTape tape, double[] x, double[] y, int rows) {
        tape.reset();
        net.restartNoise();
        return net.cost(tape, net.logits(tape, tape.input(x, 0, rows, 3), true), tape.input(y, 0, rows, 10));
    }

    /** How far the hidden pre-activations are from the activation's kinks (infinite for smooth ones). */
    private static double distanceToKink(Network net, Activation activation, double[] x, int rows) {
        double[] w = net.weightsOf(0);
        double[] b = net.biasesOf(0);
        int pieces = activation.pieces();
        double d = Double.POSITIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            double[] z = new double[b.length];
            for (int j = 0; j < z.length; j++) {
                z[j] = b[j];
                for (int k = 0; k < 3; k++) {
                    z[j] += x[r * 3 + k] * w[j * 3 + k];
                }
            }
            for (int j = 0; j < z.length; j++) {
                if (activation instanceof Activation.Maxout) {
                    for (int q = j + 1; q < (j / pieces + 1) * pieces; q++) {
                        d = Math.min(d, Math.abs(z[j] - z[q]));
                    }
                } else if (activation instanceof Activation.Table t) {
                    d = Math.min(d, t.function().distanceToKink(z[j]));
                } else if (activation != Activation.SWISH) {
                    d = Math.min(d, Math.abs(z[j]));
                }
            }
        }
        return d;
    }
}

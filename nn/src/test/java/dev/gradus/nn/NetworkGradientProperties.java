package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A network's gradient (tape, every parameter) against central differences of its batch cost. */
class NetworkGradientProperties {
    private static final UnaryFunction[] SMOOTH = {UnaryFunction.SIGMOID, UnaryFunction.TANH, UnaryFunction.SOFTPLUS,
        UnaryFunction.SOFTSIGN};

    @Property(tries = 60)
    void everyParameterGradientMatchesCentralDifferences(@ForAll @IntRange(min = 1, max = 5) int hidden,
                                                        @ForAll @IntRange(min = 1, max = 4) int rows,
                                                        @ForAll @IntRange(min = 0, max = 3) int activation,
                                                        @ForAll @IntRange(min = 0, max = 2) int cost,
                                                        @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        everyParameterAgrees(new Network(new int[] {3, hidden, 10}, new UnaryFunction[] {SMOOTH[activation]}, Cost.values()[cost],
                Initializer.NETWORK2_LARGE, seed), rows, seed);
    }

    /** With skip connections 0 -> 2, 1 -> 3 and 2 -> 4 in a [10, 4, 10, 4, 10] network. */
    @Property(tries = 40)
    void throughSkipConnectionsToo(@ForAll @IntRange(min = 1, max = 4) int rows,
                                   @ForAll @IntRange(min = 0, max = 3) int activation,
                                   @ForAll @IntRange(min = 0, max = 2) int cost,
                                   @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        everyParameterAgrees(new Network(new int[] {10, 4, 10, 4, 10}, new UnaryFunction[] {SMOOTH[activation]}, Cost.values()[cost],
                Initializer.NETWORK2_LARGE, seed).skip(0, 2).skip(1, 3).skip(2, 4), rows, seed);
    }

    /** Random Gaussian inputs and one-hot targets for {@code rows} samples; every weight and bias against differences. */
    private static void everyParameterAgrees(Network net, int rows, long seed) {
        Random random = new Random(seed);
        int d = net.sizes()[0];
        double[] x = new double[rows * d];
        double[] y = new double[rows * 10];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            y[r * 10 + random.nextInt(10)] = 1;
        }
        TensorTape tape = new TensorTape(MatrixKernels.best());
        net.zeroGradients();
        tape.backward(cost(net, tape, x, y, rows));
        for (int l = 0; l < net.layers(); l++) {
            compare(net, tape, x, y, rows, net.weights(l), net.weightGradients(l).clone(), "weight of layer " + (l + 1));
            compare(net, tape, x, y, rows, net.biases(l), net.biasGradients(l).clone(), "bias of layer " + (l + 1));
        }
    }

    private static int cost(Network net, TensorTape tape, double[] x, double[] y, int rows) {
        tape.reset();
        int d = net.sizes()[0];
        return net.cost(tape, net.logits(tape, tape.input(x, 0, rows, d), true), tape.input(y, 0, rows, 10));
    }

    private static void compare(Network net, TensorTape tape, double[] x, double[] y, int rows, double[] params, double[] tapeGradient,
                                String what) {
        for (int i = 0; i < params.length; i++) {
            double saved = params[i];
            double h = 1e-6;
            params[i] = saved + h;
            double up = tape.scalar(cost(net, tape, x, y, rows));
            params[i] = saved - h;
            double down = tape.scalar(cost(net, tape, x, y, rows));
            params[i] = saved;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, tapeGradient[i], 1e-6 * Math.max(1, Math.abs(numeric)), what + " " + i);
        }
    }
}

package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.Tensor;
import dev.gradus.autodiff.tensor.TensorTape;
import dev.gradus.nn.data.DataSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The activations that are more than a function of one value: rrelu, maxout, prelu; and their names. */
class ActivationTest {
    private final TensorTape tape = new TensorTape(MatrixKernels.best());

    @Test
    void rreluUsesTheMeanSlopeInEvaluationAndRandomSlopesBetweenTheBoundsInTraining() {
        Activation.RandomizedLeakyRelu rrelu = new Activation.RandomizedLeakyRelu(0.1, 0.3);
        ActivationLayer layer = new ActivationLayer(rrelu, 4, 7);
        int rows = 50;
        double[] z = new double[rows * 4];
        Random random = new Random(3);
        for (int i = 0; i < z.length; i++) {
            z[i] = i % 5 == 0 ? 1 + random.nextDouble() : -1 - random.nextDouble();
        }
        Tensor evaluation = tape.value(layer.record(tape, tape.input(z, 0, rows, 4), rows, false));
        Tensor training = tape.value(layer.record(tape, tape.input(z, 0, rows, 4), rows, true));
        Set<Double> slopes = new HashSet<>();
        for (int i = 0; i < z.length; i++) {
            if (z[i] > 0) {
                assertEquals(z[i], evaluation.data()[evaluation.offset() + i], 0.0);
                assertEquals(z[i], training.data()[training.offset() + i], 0.0);
                continue;
            }
            assertEquals(0.2 * z[i], evaluation.data()[evaluation.offset() + i], 1e-15, "(l + u) / 2 in evaluation");
            double slope = training.data()[training.offset() + i] / z[i];
            assertTrue(slope >= 0.1 - 1e-12 && slope <= 0.3 + 1e-12, "slope " + slope + " in [l, u]");
            slopes.add(slope);
        }
        assertTrue(slopes.size() > 100, "a slope per sample and unit: " + slopes.size() + " different");
        double mean = slopes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertEquals(0.2, mean, 0.02, "uniform on [0.1, 0.3]");
        double[] again = tape.value(layer.record(tape, tape.input(z, 0, rows, 4), rows, true)).toArray();
        assertFalse(Arrays.equals(training.toArray(), again), "new slopes in every training pass");
    }

    @Test
    void maxoutWithOnePieceIsALinearLayer() {
        Network net = new Network(new int[] {3, 4, 2}, new Activation[] {new Activation.Maxout(1)}, Cost.LOG_LIKELIHOOD,
                Initializer.NETWORK2_DEFAULT, 5);
        double[] x = {0.5, -1.5, 2.0, -0.3, 0.8, -2.2};
        double[] hidden = affine(x, 2, net.weightsOf(0), net.biasesOf(0), 3, 4);
        double[] expected = affine(hidden, 2, net.weightsOf(1), net.biasesOf(1), 4, 2);
        int logits = net.logits(tape, tape.input(x, 0, 2, 3), false);
        assertArrayEquals(expected, tape.value(logits).toArray(), 1e-12);
        assertTrue(Arrays.stream(hidden).anyMatch(v -> v < 0), "negative values pass through unchanged");
    }

    @Test
    void maxoutTakesTheLargestOfKAffineMapsAndHasKTimesTheWeights() {
        Network net = new Network(new int[] {3, 4, 2}, new Activation[] {new Activation.Maxout(3)}, Cost.LOG_LIKELIHOOD,
                Initializer.NETWORK2_DEFAULT, 5);
        assertEquals(3 * 4 * 3, net.weightsOf(0).length);
        assertEquals(3 * 4, net.biasesOf(0).length);
        assertEquals(2 * 4, net.weightsOf(1).length, "the next layer sees 4 units");
        double[] x = {0.5, -1.5, 2.0};
        double[] pieces = affine(x, 1, net.weightsOf(0), net.biasesOf(0), 3, 12);
        int[] outputs = net.layerOutputs(tape, tape.input(x, 0, 1, 3), false);
        for (int j = 0; j < 4; j++) {
            double max = Math.max(pieces[3 * j], Math.max(pieces[3 * j + 1], pieces[3 * j + 2]));
            assertEquals(max, tape.value(outputs[0]).get(0, j), 1e-12);
        }
    }

    @Test
    void preluSlopesAreUndecayedParametersThatMoveUnderTraining() throws TrainingDiverged {
        Network net = new Network(new int[] {10, 6, 10}, new Activation[] {Activation.PRELU}, Cost.LOG_LIKELIHOOD,
                Initializer.HE, 2);
        Parameter slopes = net.parameters().stream().filter(p -> p.name().equals("a1")).findFirst().orElseThrow();
        assertFalse(slopes.decayed());
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25, 0.25, 0.25}, slopes.value(), 0.0);
        DataSet data = blobs(200);
        new Sgd(new Sgd.Settings(0.1, 1.0, 10, 3, 4), MatrixKernels.best()).train(net, data, null,
                new Sgd.Monitoring(false, false, false, false), r -> { }, i -> { });
        double[] after = net.activationParametersOf(0);
        for (double a : after) {
            assertTrue(Math.abs(a - 0.25) > 1e-4, "every slope moved: " + Arrays.toString(after));
        }
    }

    @Test
    void namesReadBackAndUnknownOnesAreRefusedWithTheList() {
        for (Activation a : List.of(Activation.of(UnaryFunction.TANH), Activation.LEAKY_RELU, Activation.ELU, Activation.SWISH,
                Activation.PRELU, Activation.RRELU, new Activation.RandomizedLeakyRelu(0.05, 0.5), new Activation.Maxout(4))) {
            assertEquals(a, Activation.parse(a.name()), a.name());
        }
        assertEquals(new Activation.Maxout(Activation.DEFAULT_PIECES), Activation.parse("maxout"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.parse("relu6"));
        assertTrue(e.getMessage().contains("unknown activation 'relu6'") && e.getMessage().contains("prelu, rrelu"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Activation.parse("maxout:0"));
        assertThrows(IllegalArgumentException.class, () -> Activation.parse("maxout:x"));
        assertThrows(IllegalArgumentException.class, () -> Activation.parse("rrelu:0.5,0.1"));
        assertThrows(IllegalArgumentException.class, () -> Activation.parse("tanh:2"));
    }

    /** rows of x (n inputs) times W^T (m x n) plus b. */
    private static double[] affine(double[] x, int rows, double[] w, double[] b, int n, int m) {
        double[] out = new double[rows * m];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < m; j++) {
                double s = b[j];
                for (int k = 0; k < n; k++) {
                    s += x[r * n + k] * w[j * n + k];
                }
                out[r * m + j] = s;
            }
        }
        return out;
    }

    /** Ten features; a sample of class c has feature c near 1 and the others near 0 (negative ones too). */
    static DataSet blobs(int n) {
        Random random = new Random(11);
        double[] x = new double[n * 10];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % DataSet.MNIST_CLASSES;
            for (int j = 0; j < 10; j++) {
                x[i * 10 + j] = 0.5 * random.nextGaussian() + (j == labels[i] ? 1 : 0);
            }
        }
        return DataSet.of("blobs", x, labels, 2, 5);
    }
}

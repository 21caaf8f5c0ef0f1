package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import dev.gradus.nn.data.DataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** network2's update rule, determinism and divergence handling ({@link TrainingAllocationTest}: steps allocate nothing). */
class SgdTest {

    private static DataSet blobs(int n, long seed) {
        return Blobs.of(n, 0.2, seed);
    }

    private static Network network(long seed) {
        return new Network(new int[] {10, 6, 10}, new UnaryFunction[] {UnaryFunction.SIGMOID}, Cost.CROSS_ENTROPY,
                Initializer.NETWORK2_DEFAULT, seed);
    }

    @Test
    void aBatchOfTheWholeSetIsOneSteepestDescentStepWithWeightDecay() throws TrainingDiverged {
        DataSet data = blobs(20, 1);
        Network net = network(5);
        Network before = network(5);
        double eta = 0.7;
        double lambda = 3;
        new Sgd(new Sgd.Settings(eta, lambda, 20, 1, 9), MatrixKernels.best()).train(net, data, null,
                new Sgd.Monitoring(false, false, false, false), r -> { }, i -> { });
        // the same gradient by hand: the mean over all 20 samples, at the starting weights
        TensorTape tape = new TensorTape(MatrixKernels.best());
        double[] y = new double[20 * DataSet.MNIST_CLASSES];
        for (int i = 0; i < 20; i++) {
            y[i * DataSet.MNIST_CLASSES + data.label(i)] = 1;
        }
        double[] inputs = new double[20 * 10];
        for (int i = 0; i < 20; i++) {
            data.copyInput(i, inputs, i * 10);
        }
        before.zeroGradients();
        tape.backward(before.cost(tape, before.logits(tape, tape.input(inputs, 0, 20, 10), true), tape.input(y, 0, 20, 10)));
        for (int l = 0; l < 2; l++) {
            double[] w = before.weightsOf(l);
            double[] g = before.weightGradients(l);
            double[] expected = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                expected[i] = (1 - eta * lambda / 20) * w[i] - eta * g[i];
            }
            assertArrayEquals(expected, net.weightsOf(l), 1e-12, "w <- (1 - eta lambda/n) w - eta mean grad, layer " + (l + 1));
            double[] b = before.biasesOf(l);
            double[] gb = before.biasGradients(l);
            for (int i = 0; i < b.length; i++) {
                assertEquals(b[i] - eta * gb[i], net.biasesOf(l)[i], 1e-12, "biases are not decayed");
            }
        }
    }

    @Test
    void theSameSeedsGiveTheSameRunAndTrainingLearns() throws TrainingDiverged {
        DataSet data = blobs(200, 2);
        List<EpochResult> first = run(data, 11);
        List<EpochResult> second = run(data, 11);
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).trainingCost(), second.get(i).trainingCost(), 0.0);
        }
        assertTrue(first.get(first.size() - 1).trainingAccuracy() > 0.9, first.toString());
        assertTrue(first.get(first.size() - 1).trainingCost() < first.get(0).trainingCost(), first.toString());
    }

    private static List<EpochResult> run(DataSet data, long seed) throws TrainingDiverged {
        List<EpochResult> results = new ArrayList<>();
        new Sgd(new Sgd.Settings(1.0, 0.1, 10, 15, seed), MatrixKernels.best()).train(network(seed), data, data,
                Sgd.Monitoring.ALL, results::add, i -> { });
        return results;
    }

    @Test
    void divergenceStopsWithTheEpochAndLayerAndKeepsTheLastGoodModel() throws TrainingDiverged {
        DataSet data = blobs(50, 3);
        Network net = new Network(new int[] {10, 6, 10}, new UnaryFunction[] {UnaryFunction.RELU}, Cost.LOG_LIKELIHOOD,
                Initializer.NETWORK2_LARGE, 1);
        Sgd sgd = new Sgd(new Sgd.Settings(1e300, 0, 5, 3, 1), MatrixKernels.best());
        double[] start = net.weightsOf(0);
        TrainingDiverged e = assertThrows(TrainingDiverged.class,
                () -> sgd.train(net, data, null, new Sgd.Monitoring(false, false, false, false), r -> { }, i -> { }));
        assertEquals(1, e.epoch());
        assertTrue(e.getMessage().startsWith("training diverged in epoch 1"), e.getMessage());
        assertArrayEquals(start, net.weightsOf(0), 0.0, "back at the start of the epoch that diverged");
        assertEquals(0, net.firstNonFiniteLayer());
    }
}

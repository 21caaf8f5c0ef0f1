package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.data.DataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A network's classes are its outputs, not ten: a [2, 8, 2] network learns two blobs and predicts them. */
class TwoClassTest {
    /** n points around (-1, -1) with label 0 and n around (1, 1) with label 1. */
    private static DataSet blobs(int n, long seed) {
        Random random = new Random(seed);
        double[] inputs = new double[4 * n];
        int[] labels = new int[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            int label = i % 2;
            double centre = label == 0 ? -1 : 1;
            inputs[2 * i] = centre + 0.3 * random.nextGaussian();
            inputs[2 * i + 1] = centre + 0.3 * random.nextGaussian();
            labels[i] = label;
        }
        return DataSet.of("two blobs", inputs, labels, 1, 2);
    }

    @Test
    void aTwoClassNetworkTrainsAndPredicts() throws TrainingDiverged {
        DataSet data = blobs(100, 1);
        assertEquals(2, data.classes());
        Network network = new Network(new int[] {2, 8, 2}, new UnaryFunction[] {UnaryFunction.SIGMOID}, Cost.CROSS_ENTROPY,
                Initializer.XAVIER, 1);
        List<EpochResult> epochs = new Sgd(Sgd.Settings.defaults().withEpochs(20)).train(network, data);
        assertEquals(20, epochs.size());
        assertTrue(epochs.get(19).trainingAccuracy() >= 0.97, epochs.get(19).toString());
        assertArrayEquals(new int[] {0, 1, 1, 0}, network.predict(new double[] {-1, -1, 1, 1, 0.8, 1.3, -1.2, -0.7}));
        double[] all = new double[data.size() * data.d()];
        data.inputs().get(all);
        int[] predicted = network.predict(all);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            correct += predicted[i] == data.labels()[i] ? 1 : 0;
        }
        assertTrue(correct >= 195, correct + " of 200");
    }

    @Test
    void moreClassesThanOutputsIsRefused() {
        Network network = new Network(new int[] {2, 4, 1}, new UnaryFunction[] {UnaryFunction.SIGMOID}, Cost.CROSS_ENTROPY,
                Initializer.XAVIER, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sgd(new Sgd.Settings(0.5, 0.0, 10, 1, 1), MatrixKernels.best()).train(network, blobs(5, 2), null,
                        new Sgd.Monitoring(false, false, false, false), epoch -> { }, batch -> { }));
        assertEquals("the network [2, 4, 1] does not fit data with 2 inputs and 2 classes (one output per class)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> network.predict(new double[] {1, 2, 3}));
    }
}

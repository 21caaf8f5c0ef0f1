package example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.nn.Cost;
import dev.gradus.nn.EpochResult;
import dev.gradus.nn.Initializer;
import dev.gradus.nn.Network;
import dev.gradus.nn.Sgd;
import dev.gradus.nn.TrainingDiverged;
import dev.gradus.nn.data.DataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A network trained on a two-class problem, then asked for classes. */
class TwoClassTest {

    @Test
    void trainAndPredict() throws TrainingDiverged {
        // 200 points: label 1 inside the circle of radius 1, label 0 outside it (up to radius 2)
        java.util.Random random = new java.util.Random(3);
        double[] inputs = new double[400];
        int[] labels = new int[200];
        for (int i = 0; i < 200; i++) {
            double r = i % 2 == 0 ? 0.8 * random.nextDouble() : 1.2 + 0.8 * random.nextDouble();
            double angle = 2 * Math.PI * random.nextDouble();
            inputs[2 * i] = r * Math.cos(angle);
            inputs[2 * i + 1] = r * Math.sin(angle);
            labels[i] = i % 2 == 0 ? 1 : 0;
        }
        DataSet data = DataSet.of("disc", inputs, labels, 1, 2);

        Network net = new Network(new int[] {2, 16, 2}, new UnaryFunction[] {UnaryFunction.TANH},
                Cost.CROSS_ENTROPY, Initializer.XAVIER, 1);
        List<EpochResult> epochs = new Sgd(Sgd.Settings.defaults().withEta(0.5).withEpochs(200)).train(net, data);
        int[] classes = net.predict(new double[] {0.1, -0.2, 1.9, 0.3});  // two points, x and y each
        assertArrayEquals(new int[] {1, 0}, classes);
        assertEquals(200, epochs.size());
        assertTrue(epochs.get(199).trainingAccuracy() > 0.95, epochs.get(199).toString());
    }
}

package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.nn.complex.ComplexEpoch;
import dev.gradus.nn.complex.ComplexNetwork;
import dev.gradus.nn.complex.ComplexSamples;
import dev.gradus.nn.complex.ComplexSgd;
import dev.gradus.nn.data.DataSet;
import dev.gradus.nn.data.DataSetException;
import dev.gradus.nn.data.DataSets;
import dev.gradus.nn.data.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of nn's README, run. */
class ReadmeExamplesTest {

    @Test
    void trainingOnDigits(@TempDir Path folder) throws DataSetException, TrainingDiverged, IOException {
        Split mnist = DataSets.named("mnist-10k");
        Network net = new Network(new int[] {784, 30, 10}, new UnaryFunction[] {UnaryFunction.SIGMOID},
                Cost.CROSS_ENTROPY, Initializer.NETWORK2_DEFAULT, 1);
        List<EpochResult> epochs = new Sgd(Sgd.Settings.defaults().withLambda(5.0).withEpochs(2))
                .train(net, mnist.train(), mnist.test());      // each epoch's costs and accuracies
        int[] digits = net.predict(mnist.test().input(0));
        NetworkFile.save(net, folder.resolve("net.json"));

        assertEquals(2, epochs.size());
        assertTrue(epochs.get(1).evaluationAccuracy() > 0.85, epochs.get(1).toString());
        assertEquals(1, digits.length);
        assertTrue(Files.size(folder.resolve("net.json")) > 0);
    }

    @Test
    void aComplexNetworkLearnsARotation() throws TrainingDiverged {
        Complex factor = new Complex(0.4, 0.4 * Math.sqrt(3));                  // 0.8 e^(i pi/3)
        ComplexSamples train = ComplexSamples.rotation(factor, Complex.ZERO, 1.0, 200, 1);
        ComplexSamples test = ComplexSamples.rotation(factor, Complex.ZERO, 1.0, 200, 2);
        ComplexNetwork net = new ComplexNetwork(new int[] {1, 8, 1}, UnaryFunction.TANH, 1);
        List<ComplexEpoch> history = new ComplexSgd(new ComplexSgd.Settings(0.1, 10, 300, 1)).train(net, train, test, e -> { });

        assertEquals(301, history.size(), "epoch 0 (before training), then 300");
        assertTrue(history.get(300).testCost() < history.get(0).testCost() / 10, history.get(0) + " then " + history.get(300));
    }

    @Test
    void data() throws DataSetException {
        Split mnist = DataSets.named("mnist-10k");                 // shipped: 8,000 train / 2,000 test
        DataSet small = mnist.train().first(1000);                 // a deterministic subset
        double pixel = small.input(0, 400);                        // in [0, 1]

        assertEquals(8000, mnist.train().size());
        assertEquals(2000, mnist.test().size());
        assertEquals(1000, small.size());
        assertTrue(pixel >= 0 && pixel <= 1);
    }
}

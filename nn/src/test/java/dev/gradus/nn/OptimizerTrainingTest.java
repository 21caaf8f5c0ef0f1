package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.data.DataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The learning rules inside Sgd: momentum 0 is plain SGD, each rule learns ({@link TrainingAllocationTest}: no step allocates). */
class OptimizerTrainingTest {
    private static final Sgd.Monitoring NONE = new Sgd.Monitoring(false, false, false, false);

    private static DataSet blobs(int n, long seed) {
        return Blobs.of(n, 0.3, seed);
    }

    private static Network network() {
        return new Network(new int[] {10, 6, 10}, new UnaryFunction[] {UnaryFunction.SIGMOID}, Cost.CROSS_ENTROPY,
                Initializer.NETWORK2_DEFAULT, 5);
    }

    @Test
    void momentumWithBetaZeroIsPlainSgd() throws TrainingDiverged {
        DataSet data = blobs(100, 1);
        for (double lambda : new double[] {0, 2}) {
            Network sgd = network();
            Network momentum = network();
            Sgd.Settings settings = new Sgd.Settings(0.5, lambda, 10, 3, 4);
            new Sgd(settings, MatrixKernels.best()).train(sgd, data, null, NONE, r -> { }, i -> { });
            new Sgd(settings, new Momentum(0), MatrixKernels.best()).train(momentum, data, null, NONE, r -> { }, i -> { });
            for (int l = 0; l < 2; l++) {
                // without L2 the same arithmetic exactly; with it, (1 - eta lambda/n) w - eta g against w - eta (g + lambda/n w)
                double tolerance = lambda == 0 ? 0 : 1e-13;
                assertArrayEquals(sgd.weightsOf(l), momentum.weightsOf(l), tolerance, "lambda " + lambda + ", layer " + (l + 1));
                assertArrayEquals(sgd.biasesOf(l), momentum.biasesOf(l), tolerance);
            }
        }
    }

    /**
     * Each rule at a learning rate that suits it (a sweep over 0.001 to 3 on these blobs); Vario-Eta
     * with batches of 30, since a batch of 10 often lacks a class, and then that output's bias has
     * nearly the same gradient in every sample: a tiny spread and a huge step.
     */
    @ParameterizedTest
    @EnumSource(LearningRule.class)
    void everyRuleLearnsTheBlobs(LearningRule rule) throws TrainingDiverged {
        DataSet data = blobs(300, 2);
        double eta = switch (rule) {
            case SGD -> 3.0;
            case MOMENTUM -> 0.3;
            case VARIO_ETA -> 0.01;
            case ADAM -> 0.1;
        };
        int batch = rule == LearningRule.VARIO_ETA ? 30 : 10;
        List<EpochResult> results = new ArrayList<>();
        new Sgd(new Sgd.Settings(eta, 0, batch, 20, 3), rule.create(), MatrixKernels.best()).train(network(), data, data,
                new Sgd.Monitoring(true, true, false, false), results::add, i -> { });
        EpochResult first = results.get(0);
        EpochResult last = results.get(results.size() - 1);
        assertTrue(last.trainingCost() < 0.5 * first.trainingCost(), rule + ": " + results);
        assertTrue(last.trainingAccuracy() > (rule == LearningRule.VARIO_ETA ? 0.3 : 0.8), rule + ": " + results);
    }
}

package dev.gradus.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.nn.data.DataSets;
import dev.gradus.nn.data.Split;
import org.junit.jupiter.api.Test;

/** The slides' claim on real digits: a large learning rate kills over 40% of the relu units, a small one far fewer. */
class DyingReluExperimentTest {
    @Test
    void aLargeLearningRateKillsOverFortyPercentOfTheReluUnitsASmallOneAlmostNone() throws Exception {
        Split mnist = DataSets.open(DataSets.MNIST_10K);
        DyingReluExperiment.Result r = DyingReluExperiment.run(mnist.train().first(2000), mnist.test().first(500), 100, 0.7, 0.01, 2, 1);
        String found = "large: " + java.util.Arrays.toString(r.large().dead()) + ", small: " + java.util.Arrays.toString(r.small().dead());
        assertEquals(0.0, r.large().dead()[0], found);
        assertEquals(0.0, r.small().dead()[0], "the same He-initialised network: every unit fires for some digit");
        assertTrue(r.large().finalDead() > 0.4, found);
        assertTrue(r.small().finalDead() < 0.05, found);
        assertTrue(r.small().epochs().get(1).evaluationAccuracy() > r.large().epochs().get(1).evaluationAccuracy(), found);
    }
}

package dev.gradus.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import org.junit.jupiter.api.Test;

/** gradus experiment complex's run: the loss falls by a pinned factor, and a run repeats exactly. */
class ComplexExperimentTest {

    @Test
    void theDefaultRunLowersTheCostMoreThanTenThousandFold() throws Exception {
        ComplexExperiment.Result r = ComplexExperiment.run(UnaryFunction.TANH, 8, 300, 0.1, 10, 200, 200, 1);
        assertEquals(301, r.epochs().size(), "epoch 0 and 300 epochs");
        assertEquals(0.4838, r.first().trainingCost(), 1e-4, "the untrained network's mean cost");
        assertTrue(r.first().trainingCost() / r.last().trainingCost() > 1e4, "observed 6.5e4: " + r.last());
        assertTrue(r.last().testCost() < 1e-4, "the map generalises to other points of the disc: " + r.last());
    }

    @Test
    void theSheetsSigmoidLearnsTooAboutOneHalf() throws Exception {
        ComplexExperiment.Result r = ComplexExperiment.run(UnaryFunction.SIGMOID, 8, 100, 0.2, 10, 200, 200, 1);
        assertEquals(0.5, r.centre().re(), 0.0);
        assertTrue(r.first().trainingCost() / r.last().trainingCost() > 10, "observed about 30: " + r.first() + " -> " + r.last());
    }

    @Test
    void aRunRepeatsExactly() throws Exception {
        ComplexExperiment.Result a = ComplexExperiment.run(UnaryFunction.TANH, 4, 5, 0.1, 7, 50, 20, 3);
        ComplexExperiment.Result b = ComplexExperiment.run(UnaryFunction.TANH, 4, 5, 0.1, 7, 50, 20, 3);
        for (int e = 0; e <= 5; e++) {
            assertEquals(a.epochs().get(e).trainingCost(), b.epochs().get(e).trainingCost(), 0.0);
            assertEquals(a.epochs().get(e).testCost(), b.epochs().get(e).testCost(), 0.0);
        }
    }
}

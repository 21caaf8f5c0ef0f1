package dev.gradus.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.nn.data.DataSet;
import dev.gradus.nn.data.DataSets;
import dev.gradus.nn.data.Split;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finding of gradus experiment learning-rules, on 1,000 samples over 5 epochs. */
class LearningRulesExperimentTest {

    @Test
    void stochasticRulesLeaveSteepestDescentFarBehindAndVarioEtaIsSlowest() throws Exception {
        Split split = DataSets.open(DataSets.MNIST_10K);
        DataSet training = split.train().first(1000);
        List<LearningRulesExperiment.Run> runs = LearningRulesExperiment.run(training, split.test(), LearningRulesExperiment.RULES, 5, 1);
        assertEquals(6, runs.size());
        double pattern = runs.get(0).finalCost();
        double steepest = runs.get(1).finalCost();
        double miniBatch = runs.get(2).finalCost();
        double momentum = runs.get(3).finalCost();
        double vario = runs.get(4).finalCost();
        double adam = runs.get(5).finalCost();
        String all = runs.stream().map(r -> r.setting().name() + " " + r.finalCost() + " " + r.testAccuracy()).toList().toString();
        // five steps of the whole set against hundreds of small ones: the many noisy steps win by far
        for (double stochastic : new double[] {pattern, miniBatch, momentum, adam}) {
            assertTrue(stochastic < steepest / 3, all);
        }
        // Vario-Eta (batches of 100, eta 0.01) ends above every rule with small batches
        for (double small : new double[] {pattern, miniBatch, momentum, adam}) {
            assertTrue(vario > small, all);
        }
        assertTrue(vario < steepest, all);
        assertTrue(runs.get(2).testAccuracy() > 0.8, all);
    }
}

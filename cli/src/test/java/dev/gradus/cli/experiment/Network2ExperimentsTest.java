package dev.gradus.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.nn.EpochResult;
import dev.gradus.nn.data.DataSets;
import dev.gradus.nn.data.Split;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The network2 experiments' findings, on short runs, and what their commands write. */
class Network2ExperimentsTest {
    /**
     * Overfitting (Aufgabe 25 b): on 1,000 digits the training cost keeps falling while the test
     * accuracy stops rising far below the training accuracy; L2 (lambda 0.1) keeps the weights
     * small, so the training cost stays higher.
     */
    @Test
    void onAThousandDigitsTheNetworkOverfitsAndL2HoldsItBack() throws Exception {
        Split mnist = DataSets.open(DataSets.MNIST_10K);
        OverfittingExperiment.Result r = OverfittingExperiment.run(mnist.train().first(1000), mnist.test(), 60, 0.1, 1);
        EpochResult at30 = r.plain().get(29);
        EpochResult at60 = r.plain().get(59);
        assertTrue(at60.trainingCost() < at30.trainingCost(), "the training cost keeps falling");
        assertTrue(at60.trainingAccuracy() > 0.99, "training accuracy " + at60.trainingAccuracy());
        assertTrue(at60.trainingAccuracy() - at60.evaluationAccuracy() > 0.08,
                "test accuracy " + at60.evaluationAccuracy() + " far below training " + at60.trainingAccuracy());
        assertTrue(r.regularised().get(59).trainingCost() > at60.trainingCost(), "L2 adds its term and keeps the cost up");
    }

    @Test
    void theCommandsWriteTheirTablesAndPlots(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ExperimentCommand());
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("costs", "--epochs", "2", "--out", dir.resolve("costs").toString()));
        assertEquals(0, cli.execute("vanishing-gradients", "--networks", "20", "--out", dir.resolve("vg").toString()));
        for (String file : List.of("costs/accuracy.csv", "costs/accuracy.png", "vg/gradients.csv", "vg/gradients.png")) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        assertTrue(out.toString().contains("cross-entropy, eta 0.5:"), out.toString());
        assertTrue(out.toString().contains("the skip connection makes the first layer's gradient"), out.toString());
        assertEquals(3, lines(dir.resolve("costs/accuracy.csv")), "a header and one row per epoch");
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("vanishing-gradients", "--depth", "2"));
        assertTrue(err.toString().contains("need depth >= 3"), err.toString());
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

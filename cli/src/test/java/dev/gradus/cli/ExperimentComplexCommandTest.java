package dev.gradus.cli;

import static dev.gradus.cli.CommandRun.gradus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gradus experiment complex as a user types it: the summary, the files it writes, and bad options. */
class ExperimentComplexCommandTest {

    @Test
    void theCommandWritesTheTableAndThePlotAndSummarises(@TempDir Path dir) throws Exception {
        CommandRun run = gradus("experiment", "complex", "--epochs", "20", "--out", dir.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("training cost 0.4838 before training"), run.out());
        assertTrue(run.out().contains("20 epochs in"), run.out());
        List<String> rows = Files.readAllLines(dir.resolve("loss.csv"));
        assertEquals("epoch,training_cost,test_cost,seconds", rows.get(0));
        assertEquals(22, rows.size(), "header, epoch 0 and 20 epochs");
        byte[] png = Files.readAllBytes(dir.resolve("loss.png"));
        assertEquals('P', png[1], "a PNG");
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        CommandRun relu = gradus("experiment", "complex", "--activation", "relu", "--out", dir.toString());
        assertEquals(2, relu.status());
        assertTrue(relu.err().contains("--activation must be a holomorphic function"), relu.err());
        assertTrue(relu.err().contains("tanh"), "the choices are listed: " + relu.err());
        assertEquals(2, gradus("experiment", "complex", "--activation", "log", "--out", dir.toString()).status(), "log is not defined at 0");
        CommandRun eta = gradus("experiment", "complex", "--eta", "0", "--out", dir.toString());
        assertEquals(2, eta.status());
        assertTrue(eta.err().contains("--eta > 0"), eta.err());
        assertEquals(2, gradus("experiment", "complex", "--epochs", "0", "--out", dir.toString()).status());
    }
}

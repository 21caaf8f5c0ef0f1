package dev.gradus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gradus stats and gradus experiment unstable-gradients as a user runs them: files, table, bad options. */
class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void statsWritesTableAndPlots() throws Exception {
        CommandRun run = CommandRun.gradus("stats", "--activation", "tanh", "--depth", "4", "--width", "20", "--samples", "50",
                "--out", dir.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("tanh, xavier weights, 4 x 20, 50 samples"), run.out());
        List<String> csv = Files.readAllLines(dir.resolve("stats.csv"));
        assertEquals("layer,activation_mean,activation_std,gradient_mean,gradient_std", csv.get(0));
        assertEquals(5, csv.size());
        assertEquals(1 + 4 * 30, Files.readAllLines(dir.resolve("histograms.csv")).size());
        assertTrue(Files.size(dir.resolve("std.png")) > 1000);
        assertTrue(Files.size(dir.resolve("histograms.png")) > 1000);
    }

    @Test
    void badOptionsAreUsageErrors() {
        CommandRun activation = CommandRun.gradus("stats", "--activation", "sigmoid", "--out", dir.toString());
        assertEquals(2, activation.status());
        assertTrue(activation.err().contains("unknown activation 'sigmoid': tanh, relu, elu or selu"), activation.err());
        CommandRun init = CommandRun.gradus("stats", "--init", "gauss", "--out", dir.toString());
        assertEquals(2, init.status());
        assertTrue(init.err().contains("unknown initialiser 'gauss'"), init.err());
        assertEquals(2, CommandRun.gradus("stats", "--depth", "0", "--out", dir.toString()).status());
        assertEquals(2, CommandRun.gradus("experiment", "unstable-gradients", "--max-weight", "3", "--out", dir.toString()).status());
    }

    @Test
    void unstableGradientsPrintsTheMaximum() throws Exception {
        CommandRun run = CommandRun.gradus("experiment", "unstable-gradients", "--depth", "5", "--chains", "2000", "--out", dir.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("(b) the interval is longest at |w| = 6.894151: length 0.447743"), run.out());
        assertEquals(6, Files.readAllLines(dir.resolve("products.csv")).size());
        for (String png : List.of("interval.png", "products.png", "control.png")) {
            assertTrue(Files.size(dir.resolve(png)) > 1000, png);
        }
    }

    @Test
    void sizesBeyondTheHeapAreAOneLineErrorNotAStackTrace() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Gradus.class.getName(), "stats", "--width", "100000", "--depth", "2", "--out", dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.waitFor(), err);
        // One line; the heap's size as the JVM reports it (a collector may keep a few MB of -Xmx for itself).
        assertTrue(err.strip().matches("gradus: out of memory: Java's heap holds at most \\d+ MB here; choose smaller sizes,"
                + " or give Java more, e\\.g\\. JAVA_OPTS=-Xmx16g \\./gradus \\.\\.\\."), err);
    }
}

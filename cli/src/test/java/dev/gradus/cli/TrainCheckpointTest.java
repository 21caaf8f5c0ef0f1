package dev.gradus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.nn.NetworkFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training run killed mid-way keeps what it had saved: `gradus train` in a JVM of its own,
 * killed (SIGKILL, as a crash would end it) once its third epoch has been printed, leaves a
 * network that loads and a history of at least two epochs.
 */
class TrainCheckpointTest {
    @Test
    void aKilledRunKeepsItsLastFinishedEpoch(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("net.json");
        Path history = dir.resolve("history.csv");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), Gradus.class.getName(), "train", "--data", "optdigits", "--epochs", "10000",
                "--monitor", "evaluation", "--save", net.toString(), "--history", history.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            CompletableFuture<Boolean> thirdEpoch = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("epoch   3")) {
                            return true;
                        }
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertTrue(thirdEpoch.get(120, TimeUnit.SECONDS), "the run printed its third epoch");
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertArrayEquals(new int[] {64, 30, 10}, NetworkFile.load(net).sizes());
        List<String> rows = Files.readAllLines(history);
        assertTrue(rows.size() >= 3, "a header and at least two epochs: " + rows);
        assertTrue(rows.get(1).startsWith("1,"), rows.get(1));
    }
}

package dev.gradus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A bug of ours is exit 3 with its details in a file; an exception about the input stays exit 2 with its message. */
class FailuresTest {
    @CommandLine.Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final RuntimeException thrown;

        Failing(RuntimeException thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() {
            throw thrown;
        }
    }

    private record Run(int status, String err) {}

    private static Run run(RuntimeException thrown, Path reports) {
        CommandLine cli = new CommandLine(new Failing(thrown));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler(new Failures(reports));
        return new Run(cli.execute(), err.toString());
    }

    @Test
    void aBugOfOursIsAnInternalErrorWithItsDetailsInAFile(@TempDir Path reports) throws Exception {
        Run run = run(new NullPointerException("the engine was null"), reports);
        assertEquals(Failures.INTERNAL_ERROR, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("gradus: internal error (a bug in gradus, not in your input): "
                + "java.lang.NullPointerException: the engine was null; the details are in " + reports), run.err());
        List<Path> files;
        try (Stream<Path> listed = Files.list(reports)) {
            files = listed.toList();
        }
        assertEquals(1, files.size());
        String report = Files.readString(files.get(0));
        assertTrue(report.contains("java.lang.NullPointerException: the engine was null"), report);
        assertTrue(report.contains("at dev.gradus.cli.FailuresTest"), report);
    }

    @Test
    void anExceptionAboutTheInputIsAnInputErrorWithItsMessage(@TempDir Path reports) throws Exception {
        Run run = run(new IllegalArgumentException("--hidden wants a list of sizes, not 'ten'"), reports);
        assertEquals(Gradus.INPUT_ERROR, run.status());
        assertEquals("gradus: --hidden wants a list of sizes, not 'ten'", run.err().strip());
        try (Stream<Path> listed = Files.list(reports)) {
            assertEquals(0, listed.count(), "no report for the user's own mistake");
        }
    }
}

package dev.gradus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code gradus} at the repository root drops the JVM's "Using incubator
 * modules" line and nothing else. It runs here on a copy, beside an existing jar (so that it does
 * not build) and with a stand-in {@code java} first on the PATH that prints that line, other
 * lines on both streams, and exits with a status of its own. JAVA_OPTS goes to the JVM first.
 */
class LauncherScriptTest {
    private static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

    private record Run(int status, String out, String err) {}

    @Test
    void dropsTheIncubatorWarningAndKeepsEverythingElse(@TempDir Path dir) throws Exception {
        Run run = launch(dir, "echo '" + WARNING + "' >&2\n"
                + "echo \"args: $*\"\n"
                + "echo 'a real error' >&2\n"
                + "echo '" + WARNING + "' >&2\n"
                + "printf 'last words' >&2\n"
                + "exit 3\n", "check", "-e", "a = b");
        assertEquals(3, run.status());
        assertEquals("args: --add-modules jdk.incubator.vector -jar " + dir.resolve("cli/target/gradus.jar") + " check -e a = b\n",
                run.out());
        assertEquals("a real error\n" + WARNING + "\nlast words", run.err(), "only the first line, the JVM's, is dropped");
    }

    @Test
    void passesJavaOptsToTheJvmFirst(@TempDir Path dir) throws Exception {
        Run run = launch(dir, Map.of("JAVA_OPTS", "-Xmx16g -Dgradus.threads=1"), "echo \"args: $*\"\n", "stats");
        assertEquals(new Run(0, "args: -Xmx16g -Dgradus.threads=1 --add-modules jdk.incubator.vector -jar "
                + dir.resolve("cli/target/gradus.jar") + " stats\n", ""), run);
    }

    @Test
    void keepsAFirstLineThatIsNotTheWarning(@TempDir Path dir) throws Exception {
        Run run = launch(dir, "echo 'Error: Could not find or load main class' >&2\nexit 1\n");
        assertEquals(new Run(1, "", "Error: Could not find or load main class\n"), run);
    }

    private static Run launch(Path dir, String fakeJava, String... args) throws IOException, InterruptedException {
        return launch(dir, Map.of(), fakeJava, args);
    }

    private static Run launch(Path dir, Map<String, String> environment, String fakeJava, String... args)
            throws IOException, InterruptedException {
        Path script = dir.resolve("gradus");
        Files.copy(Path.of("..", "gradus"), script);
        Files.createDirectories(dir.resolve("cli/target"));
        Files.createFile(dir.resolve("cli/target/gradus.jar"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\n" + fakeJava);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = script.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        return new Run(process.waitFor(), out, err.join());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

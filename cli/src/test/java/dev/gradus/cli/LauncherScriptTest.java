package dev.gradus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code gradus} at the repository root: for the commands with the Vector API
 * it drops the JVM's "Using incubator modules" line and nothing else; the short commands run on C1
 * in place of the script; the class-data archive is used when it is newer than the jar; it builds
 * when a module's source is newer than the jar. It runs here on a copy, beside an existing jar and
 * with a stand-in {@code java} (and {@code mvn}) first on the PATH that prints lines on both streams
 * and exits with a status of its own. JAVA_OPTS goes to the JVM after the script's options.
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
                + "exit 3\n", "train", "--epochs", "1");
        assertEquals(3, run.status());
        assertEquals("args: --add-modules jdk.incubator.vector -jar " + dir.resolve("cli/target/gradus.jar") + " train --epochs 1\n",
                run.out());
        assertEquals("a real error\n" + WARNING + "\nlast words", run.err(), "only the first line, the JVM's, is dropped");
    }

    @Test
    void passesJavaOptsToTheJvmAfterItsOwnOptions(@TempDir Path dir) throws Exception {
        Run run = launch(dir, Map.of("JAVA_OPTS", "-Xmx16g -Dgradus.threads=1"), "echo \"args: $*\"\n", "stats");
        assertEquals(new Run(0, "args: --add-modules jdk.incubator.vector -Xmx16g -Dgradus.threads=1 -jar "
                + dir.resolve("cli/target/gradus.jar") + " stats\n", ""), run);
        Run check = launch(dir, Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "echo \"args: $*\"\n", "check", "-e", "x = x");
        assertEquals(new Run(0, "args: -XX:TieredStopAtLevel=1 -XX:TieredStopAtLevel=4 -jar "
                + dir.resolve("cli/target/gradus.jar") + " check -e x = x\n", ""), check);
    }

    @Test
    void givesTheServerAHeapLimitUnlessJavaOptsHasOne(@TempDir Path dir) throws Exception {
        Run run = launch(dir, "echo \"args: $*\"\n", "serve");
        assertEquals(new Run(0, "args: -Xmx512m --add-modules jdk.incubator.vector -jar "
                + dir.resolve("cli/target/gradus.jar") + " serve\n", ""), run);
        Run own = launch(dir, Map.of("JAVA_OPTS", "-Xmx1g"), "echo \"args: $*\"\n", "serve");
        assertEquals(new Run(0, "args: --add-modules jdk.incubator.vector -Xmx1g -jar "
                + dir.resolve("cli/target/gradus.jar") + " serve\n", ""), own);
    }

    @Test
    void keepsAFirstLineThatIsNotTheWarning(@TempDir Path dir) throws Exception {
        Run run = launch(dir, "echo 'Error: Could not find or load main class' >&2\nexit 1\n", "experiment");
        assertEquals(new Run(1, "", "Error: Could not find or load main class\n"), run);
    }

    /** The short commands: C1 alone, no Vector API, and the JVM in the script's place (the same pid), stderr as it is. */
    @Test
    void runsTheShortCommandsOnC1InPlaceOfTheScript(@TempDir Path dir) throws Exception {
        String fakeJava = "echo \"pid $$ args: $*\"\necho '" + WARNING + "' >&2\nexit 1\n";
        for (List<String> args : List.of(List.of("check", "-e", "a = b"), List.of("derive", "x^2"), List.of("grad", "x"),
                List.of("proofs"), List.of("help"), List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"), List.<String>of())) {
            Launched launched = start(dir, Map.of(), fakeJava, args.toArray(String[]::new));
            Run run = launched.run();
            String arguments = args.isEmpty() ? "" : " " + String.join(" ", args);
            assertEquals(new Run(1, "pid " + launched.pid() + " args: -XX:TieredStopAtLevel=1 -jar "
                    + dir.resolve("cli/target/gradus.jar") + arguments + "\n", WARNING + "\n"), run, args.toString());
        }
    }

    @Test
    void usesTheClassDataArchiveOnlyWhenItIsNewerThanTheJar(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("cli/target/gradus.jsa");
        Run older = launch(dir, "echo \"args: $*\"\n", "--version", () -> {
            Files.createDirectories(archive.getParent());
            Files.createFile(archive);
            Files.setLastModifiedTime(archive, FileTime.fromMillis(0));
        });
        assertEquals("args: -XX:TieredStopAtLevel=1 -jar " + dir.resolve("cli/target/gradus.jar") + " --version\n", older.out());

        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        String options = "-XX:SharedArchiveFile=" + archive + " -Xlog:cds*=off";
        Run check = run(dir, Map.of(), "check");
        assertEquals("args: " + options + " -XX:TieredStopAtLevel=1 -jar " + dir.resolve("cli/target/gradus.jar") + " check\n", check.out());
        Run train = run(dir, Map.of(), "train");
        assertEquals("args: " + options + " --add-modules jdk.incubator.vector -jar " + dir.resolve("cli/target/gradus.jar") + " train\n",
                train.out());
    }

    /** A source newer than the jar in a module's src/main builds; one elsewhere (an example, a target folder) does not. */
    @Test
    void buildsWhenAModuleSourceIsNewerThanTheJar(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/usr/bin/env bash\necho \"mvn ran in $PWD\"\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        long later = System.currentTimeMillis() + 60_000;
        Run notStale = launch(dir, "echo java ran\n", "--version", () -> {
            for (String elsewhere : List.of("examples/java-consumer/src/main/java/A.java", "proofs/target/src/main/B.java", "proofs/src/test/C.java")) {
                Path file = Files.createDirectories(dir.resolve(elsewhere).getParent()).resolve(Path.of(elsewhere).getFileName());
                Files.writeString(file, "");
                Files.setLastModifiedTime(file, FileTime.fromMillis(later));
            }
        });
        assertEquals(new Run(0, "java ran\n", ""), notStale);

        Path source = Files.createDirectories(dir.resolve("proofs/src/main/java")).resolve("D.java");
        Files.writeString(source, "");
        Files.setLastModifiedTime(source, FileTime.fromMillis(later));
        assertEquals(new Run(0, "java ran\n", "gradus: building (mvn -q -DskipTests package, without javadoc)...\nmvn ran in " + dir + "\n"),
                run(dir, Map.of(), "--version"));
    }

    private interface Setup {
        void prepare() throws IOException;
    }

    private record Launched(long pid, Run run) {}

    private static Run launch(Path dir, String fakeJava, String... args) throws IOException, InterruptedException {
        return launch(dir, Map.of(), fakeJava, args);
    }

    private static Run launch(Path dir, String fakeJava, String arg, Setup setup) throws IOException, InterruptedException {
        install(dir, fakeJava);
        setup.prepare();
        return run(dir, Map.of(), arg);
    }

    private static Run launch(Path dir, Map<String, String> environment, String fakeJava, String... args)
            throws IOException, InterruptedException {
        return start(dir, environment, fakeJava, args).run();
    }

    private static Launched start(Path dir, Map<String, String> environment, String fakeJava, String... args)
            throws IOException, InterruptedException {
        install(dir, fakeJava);
        return started(dir, environment, args);
    }

    /** The script, a jar newer than every source, and the stand-in java, in {@code dir}; again for each launch. */
    private static void install(Path dir, String fakeJava) throws IOException {
        Path script = dir.resolve("gradus");
        Files.copy(Path.of("..", "gradus"), script, StandardCopyOption.REPLACE_EXISTING);
        Path jar = Files.createDirectories(dir.resolve("cli/target")).resolve("gradus.jar");
        if (!Files.exists(jar)) {
            Files.createFile(jar);
        }
        Files.createDirectories(dir.resolve("cli/src/main"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\n" + fakeJava);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Run run(Path dir, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return started(dir, environment, args).run();
    }

    private static Launched started(Path dir, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = dir.resolve("gradus").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        return new Launched(process.pid(), new Run(process.waitFor(), out, err.join()));
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

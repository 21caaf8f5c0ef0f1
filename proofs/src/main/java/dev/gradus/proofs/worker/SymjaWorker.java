package dev.gradus.proofs.worker;

import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * The parent's side of the Symja worker: starts {@link WorkerMain} in a child JVM on first use,
 * sends it requests and waits for each answer until the request's deadline plus a grace period.
 * A worker that has not answered by then is killed (with everything it was computing: no thread
 * is left burning CPU), and the next request starts a fresh one.
 *
 * <p>The first request's deadline includes the worker's start (a JVM and Symja's rule base, one
 * to two seconds), so that a time limit holds from the user's point of view. When the worker runs
 * from the gradus jar and the build left a class-data archive beside it ({@value #ARCHIVE}, see
 * {@link WorkerMain}), the worker maps its classes from there: measured 0.8 s instead of 2.0 s to
 * a ready worker.
 */
public final class SymjaWorker implements AutoCloseable {
    /** How long after a deadline the worker may still answer before it is killed. */
    static final long GRACE_MILLIS = 500;

    /** The class-data archive of a warmed-up worker, in the directory of the gradus jar. */
    static final String ARCHIVE = "gradus-worker.jsa";

    /** What came back: the final response, or empty if the worker was stopped, with the last provisional one. */
    public record Outcome(Optional<Response> result, Optional<Response> provisional, String failure) {
        /**
         * The verdict of a check request on lhs = rhs: the worker's answer; when it was stopped, the
         * last provisional verdict it sent (a REFUTED found before a proof was attempted, say), or
         * else UNKNOWN with the reason it was stopped.
         */
        public StepResult step(String lhs, String rhs) {
            if (result.isPresent()) {
                Response r = result.get();
                return r.step() != null ? r.step()
                        : new StepResult(lhs, rhs, "error".equals(r.kind()) ? Verdict.ERROR : Verdict.UNKNOWN, "none", null, r.message());
            }
            return provisional.map(Response::step).orElseGet(() -> new StepResult(lhs, rhs, Verdict.UNKNOWN, "time limit", null, failure));
        }
    }

    /** Options of the worker's JVM (such as a heap limit) and arguments of {@link WorkerMain}. */
    private final List<String> jvmOptions;
    /** Whether the process runs at the lowest CPU priority (nice 19), giving way to every other. */
    private final boolean lowPriority;

    private Process process;
    private Writer requests;
    private BlockingQueue<String> responses;
    private long nextId = 1;

    public SymjaWorker() {
        this(List.of());
    }

    /** A worker whose JVM gets {@code jvmOptions} (e.g. {@code -Xmx512m}). */
    public SymjaWorker(List<String> jvmOptions) {
        this(jvmOptions, false);
    }

    /**
     * As {@link #SymjaWorker(List)}; with {@code lowPriority} the process runs under
     * {@code nice -n 19} where there is a {@code nice} (Linux, macOS), so that it only gets the CPU
     * that no normal process wants: for a server's long computations.
     */
    public SymjaWorker(List<String> jvmOptions, boolean lowPriority) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.lowPriority = lowPriority;
    }

    /** Starts the worker now, so that its start-up overlaps with the caller's own work. */
    public void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        if (lowPriority) {
            nice().ifPresent(nice -> command.addAll(List.of(nice.toString(), "-n", "19")));
        }
        command.add(javaExecutable());
        command.add("-Xss64m"); // Symja recurses deeply on large expressions
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        classDataArchive(classPath).ifPresent(archive -> {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xlog:disable"); // an archive from another JDK is ignored: quietly, not on the protocol channel
        });
        command.add("-cp");
        command.add(classPath);
        command.add(WorkerMain.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        process = builder.start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        responses = queue;
        Process started = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    queue.add(line);
                }
            } catch (IOException e) {
                // the worker was killed: the caller sees the missing answer
            }
        }, "symja-worker-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Sends a request (its id is assigned here) and waits for the answer until its deadline and a grace period.
     *
     * @throws WorkerFailure when the worker met a bug of gradus (not the input's fault, nor Symja's)
     */
    public Outcome call(LongFunction<Request> request) {
        long id = nextId++;
        Request r = request.apply(id);
        Optional<Response> provisional = Optional.empty();
        try {
            start();
            requests.write(Json.line(r));
            requests.write('\n');
            requests.flush();
            while (true) {
                long wait = r.deadline() + GRACE_MILLIS - System.currentTimeMillis();
                String line = wait > 0 ? responses.poll(wait, TimeUnit.MILLISECONDS) : null;
                if (line == null) {
                    String why = process.isAlive() ? "the time limit was reached" : "the Symja worker stopped unexpectedly";
                    kill();
                    return new Outcome(Optional.empty(), provisional, why);
                }
                Response response;
                try {
                    response = Json.read(line, Response.class);
                } catch (IOException e) {
                    continue; // not ours: the protocol channel carries only JSON lines
                }
                if (response.id() != id) {
                    continue;
                }
                if ("internal".equals(response.kind())) {
                    throw new WorkerFailure(response.message());
                }
                if (response.isFinal()) {
                    if (response.workerEnds()) {
                        kill(); // it is exiting by itself; the next request starts a fresh one
                    }
                    return new Outcome(Optional.of(response), provisional, null);
                }
                provisional = Optional.of(response);
            }
        } catch (IOException e) {
            kill();
            return new Outcome(Optional.empty(), provisional, "the Symja worker could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return new Outcome(Optional.empty(), provisional, "interrupted");
        }
    }

    /** Whether the worker process is up (it is started on first use, and again after it was stopped). */
    public boolean running() {
        return process != null && process.isAlive();
    }

    private void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            try {
                requests.close(); // end of input: the worker exits by itself
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException | InterruptedException e) {
                kill();
            }
            process = null;
        }
    }

    /** The archive beside the jar, when the class path is that one jar and the archive is at least as new. */
    static Optional<Path> classDataArchive(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        Path archive = jar.resolveSibling(ARCHIVE);
        try {
            boolean current = Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
            return current ? Optional.of(archive) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no archive: start without one
        }
    }

    /** The nice program on the PATH, if there is one. */
    private static Optional<Path> nice() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty()) {
                Path candidate = Path.of(directory, "nice");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }
}

package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * 200 requests from 20 concurrent clients over loopback: 140 fast checks, 20 slow ones (a step
 * that runs into the time limit) and 40 malicious ones (forbidden heads, a body too large, a tree
 * too deep, not JSON). Every request is answered as it should be, the fast ones within a second
 * at the 95th percentile while the slow ones run, and the Symja processes stay the pool's four.
 * The figures are printed (the README quotes them).
 *
 * <p>A benchmark with the targets as assertions, not part of the default suite (it takes two
 * to three minutes): {@code mvn -pl cli -am test -Dtest=ServeLoadTest -Dgradus.load=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "gradus.load", matches = "true")
class ServeLoadTest {
    private static final int CLIENTS = 20;
    private static final int REQUESTS = 200;
    /** The figure. */
    private static final long FAST_P95_MILLIS = Long.parseLong(System.getenv().getOrDefault("LOAD_FAST_P95_MILLIS", "1000"));

    private static final List<String[]> FAST = List.of(
            new String[] {"sigmoid(x) = 1/(1+exp(-x))", "PROVED"},
            new String[] {"D(tanh(x), x) = 1 - tanh(x)^2", "PROVED"},
            new String[] {"relu(x) - relu(-x) = x", "PROVED"},
            new String[] {"D(softsign(z), z) = sign(z)/(1+abs(z))^2", "REFUTED"},
            new String[] {"sigmoid(-x) = 1 - sigmoid(x)", "PROVED"});
    private static final String SLOW = "Sum(Tanh(k*x)/(1+Exp(-k*x)), {k,1,8}) = Sum(Tanh(k*x)*Exp(k*x)/(1+Exp(k*x)), {k,1,8})";
    private static final List<String> MALICIOUS = List.of(
            json("x = Import(\"/etc/passwd\")"), json("Run(\"rm -rf /\") = 0"), json("f(x_) := 0 = 1"),
            json("Module({y}, y = 1) = 1"), json("Get(\"/etc/passwd\") = 1"),
            json("x = " + "sin(".repeat(200) + "x" + ")".repeat(200)), json("x = " + "x+".repeat(40_000) + "x"),
            "{\"text\": ");

    private record Result(String kind, int status, long millis, String verdict) {}

    @Test
    void twoHundredRequestsFromTwentyClientsAreAllAnsweredAndTheFastOnesStayFast() throws Exception {
        URI check = TestServer.uri().resolve("api/check");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String[] fast : FAST) { // warm the workers' JIT, as a server that has run a while is
            send(client, check, json(fast[0]));
        }
        AtomicLong maxWorkers = new AtomicLong();
        AtomicLong maxWorkerKilobytes = new AtomicLong();
        ScheduledSampler sampler = new ScheduledSampler(maxWorkers, maxWorkerKilobytes);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Result>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            int n = i;
            futures.add(clients.submit(() -> request(client, check, n)));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get(5, TimeUnit.MINUTES));
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        clients.shutdown();
        sampler.stop();

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Result r = results.get(i);
            boolean right = switch (r.kind()) {
                case "fast" -> r.status() == 200 && r.verdict().equals(FAST.get(i % FAST.size())[1]);
                case "slow" -> r.status() == 200 && (r.verdict().equals("UNKNOWN") || r.verdict().equals("PLAUSIBLE"));
                default -> r.status() == 400 || r.status() == 413;
            };
            if (!right) {
                wrong.add(i + ": " + r);
            }
        }
        long fastAsExpected = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Result r = results.get(i);
            if (r.kind().equals("fast") && r.verdict().equals(FAST.get(i % FAST.size())[1])) {
                fastAsExpected++;
            }
        }
        List<Long> fast = sorted(results, "fast");
        List<Long> slow = sorted(results, "slow");
        List<Long> malicious = sorted(results, "malicious");
        String figures = String.format(Locale.ROOT, "load: %d requests from %d clients in %.1f s; fast (%d, %d with their verdict) p50 %d ms, p95 %d ms,"
                        + " max %d ms; slow (%d) p50 %d ms, max %d ms; malicious (%d) p95 %d ms; Symja processes at most %d,"
                        + " their resident memory at most %d MB; the server's heap after the run %d MB",
                REQUESTS, CLIENTS, wall / 1000.0, fast.size(), fastAsExpected, percentile(fast, 50), percentile(fast, 95), percentile(fast, 100),
                slow.size(), percentile(slow, 50), percentile(slow, 100), malicious.size(), percentile(malicious, 95),
                maxWorkers.get(), maxWorkerKilobytes.get() / 1024, usedHeapMegabytes());
        System.out.println(figures);
        assertEquals(List.of(), wrong, figures);
        assertEquals(List.of(140, 20, 40), List.of(fast.size(), slow.size(), malicious.size()));
        assertTrue(percentile(fast, 95) < FAST_P95_MILLIS, figures);
        assertTrue(maxWorkers.get() <= 4, figures);
    }

    /** Request n: every tenth slow, two in ten malicious, the rest fast. */
    private static Result request(HttpClient client, URI check, int n) throws Exception {
        String kind;
        String body;
        if (n % 10 == 0) {
            kind = "slow";
            body = json(SLOW);
        } else if (n % 10 == 5 || n % 10 == 7) {
            kind = "malicious";
            body = MALICIOUS.get(n % MALICIOUS.size());
        } else {
            kind = "fast";
            body = json(FAST.get(n % FAST.size())[0]);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = send(client, check, body);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String verdict = response.statusCode() == 200 ? new ObjectMapper().readTree(response.body()).path("verdict").asText() : "";
        return new Result(kind, response.statusCode(), millis, verdict);
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String json(String text) {
        return new ObjectMapper().createObjectNode().put("text", text).toString();
    }

    private static List<Long> sorted(List<Result> results, String kind) {
        List<Long> millis = new ArrayList<>(results.stream().filter(r -> r.kind().equals(kind)).map(Result::millis).toList());
        Collections.sort(millis);
        return millis;
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    /** Counts the Symja worker processes (this JVM's children running WorkerMain) and their memory, every 100 ms. */
    private static final class ScheduledSampler {
        private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        ScheduledSampler(AtomicLong maxWorkers, AtomicLong maxKilobytes) {
            timer.scheduleAtFixedRate(() -> {
                List<ProcessHandle> workers = ProcessHandle.current().children().filter(ScheduledSampler::isWorker).toList();
                maxWorkers.accumulateAndGet(workers.size(), Math::max);
                maxKilobytes.accumulateAndGet(workers.stream().mapToLong(ScheduledSampler::residentKilobytes).sum(), Math::max);
            }, 0, 100, TimeUnit.MILLISECONDS);
        }

        private static boolean isWorker(ProcessHandle process) {
            try {
                return Files.readString(Path.of("/proc/" + process.pid() + "/cmdline")).contains("dev.gradus.proofs.worker.WorkerMain");
            } catch (java.io.IOException e) {
                return false; // ended meanwhile
            }
        }

        private static long residentKilobytes(ProcessHandle process) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (java.io.IOException | NumberFormatException e) {
                return 0; // the process ended between the listing and the read
            }
            return 0;
        }

        void stop() {
            timer.shutdownNow();
        }
    }
}

package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Attacks on a server of its own, over loopback, each bounded in count and time: while one runs
 * from 127.0.0.1, another client (127.0.0.2) sends simple checks one after another, and their
 * latency is asserted (p95 within a second) and printed (docs/serve.md quotes the figures).
 *
 * <p>A benchmark with the targets as assertions, like the load test, so behind a flag:
 * {@code mvn -pl cli -am test -Dtest=AttackSuiteTest -Dgradus.attack=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "gradus.attack", matches = "true")
class AttackSuiteTest {
    private static final long P95_MILLIS = 1_000;
    private static final int SIMPLE_CHECKS = 20;
    private static final String SIMPLE = "{\"text\": \"x + x = 2*x\"}";

    private static WebServer server;
    private static LoopbackClient attacker;
    private static LoopbackClient bystander;

    @BeforeAll
    static void start() throws Exception {
        // as gradus serve by default: four workers, two for long steps, 8 steps per client, 32 waiting
        server = new WebServer(new ServeSettings("127.0.0.1", 0, 4, 2, 768, 300, 10_000, 5_000, 8, 32), HttpSettings.defaults());
        server.start();
        attacker = new LoopbackClient("127.0.0.1", server.port());
        bystander = new LoopbackClient("127.0.0.2", server.port());
        for (int i = 0; i < 10; i++) {
            bystander.post("/api/check", SIMPLE);   // the workers' first requests
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thirtySlowRequestsOfOneClientDoNotDelayAnother() throws Exception {
        Set<Long> firstWorkers = workers(true);
        assertEquals(2, firstWorkers.size(), "two first-slice workers, started");
        Set<Long> longWorkers = workers(false);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<LoopbackClient.Reply>> slow = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            slow.add(pool.submit(() -> attacker.post("/api/check", "{\"text\": \"Integrate(1/(x^30+1), x) = 0\"}")));
        }
        List<Long> latencies = simpleChecksMeanwhile();
        int refused = 0;
        for (Future<LoopbackClient.Reply> reply : slow) {
            int status = reply.get().status();
            assertTrue(status == 200 || status == 429 || status == 503, "answered, or told to come back: " + status);
            refused += status == 200 ? 0 : 1;
        }
        pool.shutdown();
        // how many are told to come back depends on how fast the others end: an integral leaves its first slice at once
        // (AdmissionTest holds the limit of 8 steps a client)
        System.out.printf(Locale.ROOT, "attack: 30 integrals of one client: %d answered, %d told to come back%n", 30 - refused, refused);
        report("30 slow requests from one client", latencies);
        // an integral never runs in a first slice (its rules load untimed, with more time than a slice has)
        assertEquals(firstWorkers, workers(true), "no first-slice worker was stopped and restarted");
        System.out.printf(Locale.ROOT, "attack: long-step worker processes before %s, after %s%n", longWorkers, workers(false));
    }

    /**
     * The pids of this JVM's Symja workers of the first slices (C1 only: -XX:TieredStopAtLevel=1) or
     * of long steps, told by the options before the class path (the system truncates a long command line).
     */
    private static Set<Long> workers(boolean firstSlices) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().filter(a -> a.contains(" -Xss64m "))
                        .map(a -> a.contains("TieredStopAtLevel=1") == firstSlices).orElse(false))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** SIMPLE_CHECKS checks of the bystander, one after another: each one's milliseconds, each asserted PROVED. */
    private static List<Long> simpleChecksMeanwhile() throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < SIMPLE_CHECKS; i++) {
            long start = System.nanoTime();
            LoopbackClient.Reply reply = bystander.post("/api/check", SIMPLE);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.body().contains("\"verdict\" : \"PROVED\"") || reply.body().contains("\"verdict\":\"PROVED\""), reply.body());
        }
        return millis;
    }

    private static void report(String attack, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        long p50 = sorted.get(sorted.size() / 2);
        long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf(Locale.ROOT, "attack: %s: simple checks of another client p50 %d ms, p95 %d ms, max %d ms%n",
                attack, p50, p95, sorted.get(sorted.size() - 1));
        assertTrue(p95 <= P95_MILLIS, attack + ": p95 " + p95 + " ms");
    }
}

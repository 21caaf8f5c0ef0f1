package dev.gradus.proofs.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Verdict;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker process answers, and is stopped at a deadline with nothing left running. */
class SymjaWorkerTest {

    @Test
    void aClaimIsCheckedInTheWorker() {
        try (SymjaWorker worker = new SymjaWorker()) {
            SymjaWorker.Outcome outcome = worker.call(id -> Request.check(id, Claim.of("sigmoid(x)", "(1+tanh(x/2))/2"),
                    System.currentTimeMillis() + 30_000));
            assertTrue(outcome.result().isPresent(), outcome.failure());
            assertEquals(Verdict.PROVED, outcome.result().get().step().verdict());
            SymjaWorker.Outcome derived = worker.call(id -> Request.derive(id, "x*sigmoid(x)", List.of("x"),
                    System.currentTimeMillis() + 30_000));
            assertEquals(1, derived.result().orElseThrow().partials().size());
        }
    }

    @Test
    void aBugInTheWorkerIsAFailureNotAVerdict() {
        try (SymjaWorker worker = new SymjaWorker()) {
            // a check request without its claim: the worker's code fails on it, which no verdict may hide
            WorkerFailure failure = assertThrows(WorkerFailure.class,
                    () -> worker.call(id -> Request.check(id, null, System.currentTimeMillis() + 30_000)));
            assertTrue(failure.getMessage().startsWith("the Symja worker failed: java.lang.NullPointerException"), failure.getMessage());
            assertTrue(failure.getMessage().contains("at dev.gradus.proofs."), "the worker's stack trace: " + failure.getMessage());
            SymjaWorker.Outcome next = worker.call(id -> Request.check(id, Claim.of("x + x", "2*x"), System.currentTimeMillis() + 30_000));
            assertEquals(Verdict.PROVED, next.step("x + x", "2*x").verdict(), "the worker answers the next request");
        }
    }

    @Test
    void theClassDataArchiveIsUsedOnlyBesideTheJarAndOnlyWhenCurrent(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("gradus.jar"), "jar");
        assertEquals(Optional.empty(), SymjaWorker.classDataArchive(jar.toString()), "no archive yet");
        Path archive = Files.writeString(dir.resolve(SymjaWorker.ARCHIVE), "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(2_000_000));
        assertEquals(Optional.of(archive.toAbsolutePath()), SymjaWorker.classDataArchive(jar.toString()));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000));
        assertEquals(Optional.empty(), SymjaWorker.classDataArchive(jar.toString()), "the jar was rebuilt since");
        assertEquals(Optional.empty(), SymjaWorker.classDataArchive(jar + File.pathSeparator + jar), "more than the jar");
        assertEquals(Optional.empty(), SymjaWorker.classDataArchive(dir.toString()), "classes in a directory (tests)");
    }

    @Test
    void aSlowCheckStopsWithinOneSecondOfItsLimitAndLeavesNoProcess() throws Exception {
        long start = System.currentTimeMillis();
        try (SymjaWorker worker = new SymjaWorker()) {
            SymjaWorker.Outcome outcome = worker.call(id -> Request.check(id,
                    Claim.of("Integrate(Tanh(x)^9*sigmoid(3*x)^4, x)", "0"), start + 3_000));
            long elapsed = System.currentTimeMillis() - start;
            assertTrue(elapsed < 4_000, "took " + elapsed + " ms");
            boolean unknownOrStopped = outcome.result().isEmpty()
                    || outcome.result().get().step().verdict() == Verdict.UNKNOWN
                    || outcome.result().get().step().verdict() == Verdict.PLAUSIBLE;
            assertTrue(unknownOrStopped, String.valueOf(outcome));
        }
        // no worker this test started is left behind (only this JVM's own children count: another
        // gradus running beside the tests has workers of its own)
        Thread.sleep(200);
        long workers = ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(WorkerMain.class.getName())).orElse(false))
                .count();
        assertEquals(0, workers);
    }

    /**
     * Stopped while loading its integration rules, Symja hung every later integral of the process
     * (each then a runaway that ended its worker): an integral with less time than the rules need
     * is out of time at once, for a longer limit to take, and the worker goes on.
     */
    @Test
    void anIntegralInAShortSliceIsLeftForMoreTimeWithoutEndingTheWorker() {
        try (SymjaWorker worker = new SymjaWorker()) {
            worker.call(id -> Request.parse(id, "x", System.currentTimeMillis() + 30_000));
            for (int i = 0; i < 3; i++) {
                SymjaWorker.Outcome slice = worker.call(id -> Request.check(id, Claim.of("Integrate(1/(x^30+1), x)", "0"),
                        System.currentTimeMillis() + 300));
                Response answer = slice.result().orElseThrow(() -> new AssertionError(slice.failure()));
                assertEquals(Verdict.UNKNOWN, answer.step().verdict());
                assertTrue(answer.outOfTime(), "more time might settle it");
                assertTrue(!answer.workerEnds() && worker.running(), "the worker goes on");
            }
            SymjaWorker.Outcome longer = worker.call(id -> Request.check(id, Claim.of("Integrate(x^2, x)", "x^3/3"),
                    System.currentTimeMillis() + 30_000));
            assertEquals(Verdict.PROVED, longer.result().orElseThrow().step().verdict());
        }
    }

    @Test
    void aComputationThatWillNotStopEndsTheWorkerAfterItsAnswerAndTheNextRequestGetsAFreshOne() {
        try (SymjaWorker worker = new SymjaWorker()) {
            worker.call(id -> Request.parse(id, "x", System.currentTimeMillis() + 30_000)); // started: the limit is the check's alone
            // JAS's factoring (here of the integrand's denominator) does not look at Symja's stop request: it runs on after its limit
            // 8 s: the integration rules load first (1-2 s, untimed), then the integration needs time to reach the factoring
            SymjaWorker.Outcome outcome = worker.call(id -> Request.check(id, Claim.of("Integrate(1/(x^200 - y^200 + x*y - 3), x)", "1"),
                    System.currentTimeMillis() + 8_000));
            Response answer = outcome.result().orElseThrow(() -> new AssertionError(outcome.failure()));
            assertEquals(Verdict.UNKNOWN, answer.step().verdict());
            assertTrue(answer.outOfTime(), "more time might settle it");
            assertTrue(answer.workerEnds(), "no request may run beside the runaway");
            assertTrue(!worker.running(), "the worker is gone with it");
            SymjaWorker.Outcome next = worker.call(id -> Request.check(id, Claim.of("sigmoid(-x)", "1 - sigmoid(x)"),
                    System.currentTimeMillis() + 30_000));
            assertEquals(Verdict.PROVED, next.result().orElseThrow().step().verdict());
            assertTrue(worker.running());
        }
    }
}

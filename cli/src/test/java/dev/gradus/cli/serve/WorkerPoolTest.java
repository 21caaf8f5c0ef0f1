package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.SymjaWorker;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pool's two kinds of worker, with real Symja processes: two for first slices of 300 ms, one
 * for the rest of a step's 20 s. A claim that the numerator method proves in about
 * a second (never in 300 ms) tells from its verdict where it ran.
 */
class WorkerPoolTest {
    private static final long SLICE_MILLIS = 300;
    private static final long LIMIT_MILLIS = 20_000;
    private static final Claim SLOW = Claim.of("Sum(Tanh(k*x)/(1+Exp(-k*x)), {k,1,8})", "Sum(Tanh(k*x)*Exp(k*x)/(1+Exp(k*x)), {k,1,8})");

    private static WorkerPool pool;

    @BeforeAll
    static void start() {
        pool = new WorkerPool(2, 1, SLICE_MILLIS, 60_000, new Admission(8, 16, 2), low -> worker());
        pool.warmUp();
    }

    /**
     * Every worker at normal priority: these tests are about where a step runs, and a worker at
     * nice 19 gets no CPU while anything else on the machine is busy.
     */
    private static SymjaWorker worker() {
        return new SymjaWorker(List.of("-Xmx512m"));
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    private static WorkerPool.Answer check(Claim claim) {
        return pool.run("test", (id, deadline) -> Request.check(id, claim, deadline), LIMIT_MILLIS);
    }

    private static Verdict verdict(WorkerPool.Answer answer) {
        return answer.outcome().result().orElseThrow(() -> new AssertionError(answer.outcome().failure())).step().verdict();
    }

    @Test
    void aStepThatTheSliceSettlesIsAnsweredFromIt() {
        // the quickest kind of proof (evaluation, milliseconds), so that a busy machine still settles it within the slice
        WorkerPool.Answer answer = check(Claim.of("x + x", "2*x"));
        assertEquals(Verdict.PROVED, verdict(answer));
        assertFalse(answer.sliceOnly());
    }

    @Test
    void aStepThatTheSliceDoesNotSettleGetsTheRestOfItsTimeOnALongWorker() {
        WorkerPool.Answer answer = check(SLOW);
        assertEquals(Verdict.PROVED, verdict(answer), "proved with more than the slice");
        assertFalse(answer.sliceOnly());
    }

    @Test
    void whenTheLongWorkerIsBusyTheSlicesAnswerStandsAndSaysSo() {
        CompletableFuture<WorkerPool.Answer> one = CompletableFuture.supplyAsync(() -> check(SLOW));
        CompletableFuture<WorkerPool.Answer> two = CompletableFuture.supplyAsync(() -> check(SLOW));
        List<WorkerPool.Answer> answers = List.of(one.join(), two.join());
        List<WorkerPool.Answer> sliceOnly = answers.stream().filter(WorkerPool.Answer::sliceOnly).toList();
        assertEquals(1, sliceOnly.size(), "one had the long worker, the other its slice: " + answers);
        Verdict cut = verdict(sliceOnly.get(0));
        assertTrue(cut == Verdict.UNKNOWN || cut == Verdict.PLAUSIBLE, cut.toString());
        assertTrue(sliceOnly.get(0).outcome().result().get().outOfTime());
        assertEquals(Verdict.PROVED, verdict(answers.stream().filter(a -> !a.sliceOnly()).findFirst().orElseThrow()));
    }

    @Test
    void withoutLongWorkersEveryStepHasItsSliceOnly() {
        try (WorkerPool quick = new WorkerPool(1, 0, SLICE_MILLIS, 60_000, new Admission(8, 16, 1), low -> worker())) {
            quick.warmUp();
            assertFalse(quick.hasLongWorkers());
            WorkerPool.Answer answer = quick.run("test", (id, deadline) -> Request.check(id, SLOW, deadline), LIMIT_MILLIS);
            assertTrue(answer.sliceOnly());
            Verdict cut = verdict(answer);
            assertTrue(cut == Verdict.UNKNOWN || cut == Verdict.PLAUSIBLE, cut.toString());
        }
        assertTrue(pool.hasLongWorkers());
    }
}

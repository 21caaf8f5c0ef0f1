package dev.gradus.cli.serve;

import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.SymjaWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A fixed set of Symja worker processes shared by every web request, so that slow requests cannot
 * starve fast ones. Every task first runs on a <em>first</em> worker for a short slice, which is
 * all a typical step needs. A task that the slice did not settle (its answer is marked out of
 * time) runs again, from the start, with the rest of its time limit on a <em>long</em> worker, a
 * process at the lowest CPU priority: while it computes, the first workers still get the CPU for
 * the next fast request. When every long worker is busy, the slice's answer stands.
 *
 * <p>A worker stops at its deadline by itself (the verifier's time limits are exact to the
 * millisecond), so workers are not killed and restarted, which would cost a JVM's start and its
 * warmed-up JIT: only one that misses its deadline by the grace period is. The number of processes
 * never changes, so memory is bounded by it times the worker's heap limit.
 */
final class WorkerPool implements AutoCloseable {
    /** A task that cannot have a worker soon enough: the server answers {@code status} (503, or 429 for a client over its limit) with Retry-After. */
    static final class Busy extends RuntimeException {
        private final int status;
        private final int retryAfterSeconds;

        Busy(int status, int retryAfterSeconds, String message) {
            super(message, null, false, false);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        int status() {
            return status;
        }

        int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** A task for a worker: the request to send, given its id and the deadline it gets. */
    @FunctionalInterface
    interface Task {
        Request request(long id, long deadline);
    }

    /** What came back, and whether it is the slice's answer only, because every long worker was busy. */
    record Answer(SymjaWorker.Outcome outcome, boolean sliceOnly) {}

    /**
     * Warm-up rounds each worker gets once the server runs, while it is idle: a worker's checks
     * take about three times as long for its first hundred as from the second hundred on.
     */
    private static final int IDLE_WARM_UP_ROUNDS = 20;

    private final long sliceMillis;
    private final long maxWaitMillis;
    private final Admission admission;
    private final List<SymjaWorker> all = new ArrayList<>();
    private final BlockingQueue<SymjaWorker> first;
    private final BlockingQueue<SymjaWorker> longer;
    private final boolean hasLongWorkers;
    /** Set by close(): no worker is started or warmed after it. */
    private volatile boolean closed;
    /** Tasks running now, and when the last one ended (System.nanoTime()): warm-up rounds wait for a quiet second. */
    private final AtomicInteger running = new AtomicInteger();
    private volatile long lastTaskNanos = System.nanoTime();

    /**
     * @param firstWorkers  processes that run every task's first slice
     * @param longWorkers   low-priority processes that run the rest of tasks the slice did not settle
     * @param sliceMillis   how long a task runs on a first worker
     * @param maxWaitMillis how long a task may wait for a first worker before the server is busy
     * @param admission     how many tasks one client may have, and how many may wait in all
     * @param newWorker     makes one worker process (not started), of low priority or not
     */
    WorkerPool(int firstWorkers, int longWorkers, long sliceMillis, long maxWaitMillis, Admission admission,
               Function<Boolean, SymjaWorker> newWorker) {
        if (firstWorkers < 1 || longWorkers < 0) {
            throw new IllegalArgumentException("at least one worker for first slices: " + firstWorkers + ", " + longWorkers);
        }
        this.sliceMillis = sliceMillis;
        this.maxWaitMillis = maxWaitMillis;
        this.admission = admission;
        first = workers(firstWorkers, () -> newWorker.apply(false));
        longer = workers(longWorkers, () -> newWorker.apply(true));
        hasLongWorkers = longWorkers > 0;
    }

    /** Fair queues: waiting requests get a worker in the order they came. */
    private BlockingQueue<SymjaWorker> workers(int count, Supplier<SymjaWorker> newWorker) {
        BlockingQueue<SymjaWorker> idle = new ArrayBlockingQueue<>(Math.max(1, count), true);
        for (int i = 0; i < count; i++) {
            SymjaWorker worker = newWorker.get();
            all.add(worker);
            idle.add(worker);
        }
        return idle;
    }

    long sliceMillis() {
        return sliceMillis;
    }

    /** Whether a step may ever run past its slice (with {@code --long-steps 0} none may). */
    boolean hasLongWorkers() {
        return hasLongWorkers;
    }

    /** Starts every worker and waits until each has answered once, so that the first user does not pay for a start. */
    void warmUp() {
        List<Thread> starting = new ArrayList<>();
        for (SymjaWorker worker : all) {
            starting.add(background(() -> ready(worker)));
        }
        for (Thread t : starting) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Warms the workers in the background, a round at a time, only when no task has come for a
     * second and only on an idle worker: a request waits for one round at most (a few hundred ms
     * once warm), and a server under load is not slowed by it.
     */
    void warmUpWhileIdle() {
        background(() -> warmWhileIdle(first));
        background(() -> warmWhileIdle(longer));
    }

    private void warmWhileIdle(BlockingQueue<SymjaWorker> workers) {
        int rounds = IDLE_WARM_UP_ROUNDS * (workers.size() + workers.remainingCapacity());
        for (int done = 0; done < rounds && !closed; ) {
            boolean quiet = running.get() == 0 && System.nanoTime() - lastTaskNanos > 1_000_000_000L;
            SymjaWorker worker = quiet ? workers.poll() : null;
            if (worker == null) {
                if (!pause()) {
                    return;
                }
                continue;
            }
            try {
                warm(worker);
            } finally {
                giveBack(worker, workers, () -> { });
            }
            done++;
        }
    }

    /** Waits a little for an idle worker; false when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs a task of {@code client} (its address) with {@code limitMillis} from when a first worker
     * takes it, if the client's limit and the queue admit it.
     *
     * @throws Busy when they do not, or no first worker came within the maximum wait
     */
    Answer run(String client, Task task, long limitMillis) {
        try (Admission.Ticket admitted = admission.enter(client)) {
            running.incrementAndGet();
            try {
                return runCounted(admitted, task, limitMillis);
            } finally {
                lastTaskNanos = System.nanoTime();
                running.decrementAndGet();
            }
        }
    }

    private Answer runCounted(Admission.Ticket admitted, Task task, long limitMillis) {
        if (!admitted.holdFirstLane(maxWaitMillis)) {
            throw new Busy(503, 5, "your earlier steps still hold the workers; try again in a few seconds");
        }
        SymjaWorker worker = first.poll();
        if (worker == null) {
            worker = awaitFirstWorker();
        }
        long now = System.currentTimeMillis();
        long deadline = now + limitMillis;
        long sliceEnd = Math.min(deadline, now + sliceMillis);
        SymjaWorker.Outcome slice = call(worker, first, task, sliceEnd, admitted.handOffFirstLane());
        if (sliceEnd == deadline || !unsettled(slice)) {
            return new Answer(slice, false);
        }
        SymjaWorker slow = longer.poll();
        if (slow == null) {
            return new Answer(slice, true);
        }
        SymjaWorker.Outcome rest = call(slow, longer, task, deadline, () -> { });
        return new Answer(rest.result().isPresent() ? rest : slice, false);
    }

    /** A first worker, after waiting in the bounded queue at most the maximum wait. */
    private SymjaWorker awaitFirstWorker() {
        if (!admission.startWaiting()) {
            throw new Busy(503, 5, "the server is full: too many steps are waiting; try again in a few seconds");
        }
        try {
            SymjaWorker worker = first.poll(maxWaitMillis, TimeUnit.MILLISECONDS);
            if (worker == null) {
                throw new Busy(503, 5, "every worker is busy; try again in a few seconds");
            }
            return worker;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(503, 5, "interrupted while waiting for a worker");
        } finally {
            admission.stopWaiting();
        }
    }

    /** Stopped before it answered, or answered with less than it might have had it had more time. */
    private static boolean unsettled(SymjaWorker.Outcome outcome) {
        return outcome.result().isEmpty() || outcome.result().get().outOfTime();
    }

    /** The task on {@code worker}; {@code whenBack} runs once the worker is back in {@code home}. */
    private SymjaWorker.Outcome call(SymjaWorker worker, BlockingQueue<SymjaWorker> home, Task task, long deadline, Runnable whenBack) {
        try {
            return worker.call(id -> task.request(id, deadline));
        } finally {
            giveBack(worker, home, whenBack);
        }
    }

    /**
     * A worker that is up goes straight back; one that was stopped (or ended itself) is restarted
     * and made ready first, off the request's thread, so that the next task does not pay for its start.
     */
    private void giveBack(SymjaWorker worker, BlockingQueue<SymjaWorker> home, Runnable whenBack) {
        if (worker.running() || closed) {
            home.add(worker);
            whenBack.run();
        } else {
            background(() -> {
                if (!closed) {
                    ready(worker);
                }
                home.add(worker);
                whenBack.run();
            });
        }
    }

    /** Starts the worker if needed and waits for its first answer (a parse of "x"). */
    private static void ready(SymjaWorker worker) {
        worker.call(id -> Request.parse(id, "x", System.currentTimeMillis() + 60_000));
    }

    /** Has the worker answer typical requests once, so that its JIT compiles them. */
    private static void warm(SymjaWorker worker) {
        worker.call(id -> Request.warmUp(id, System.currentTimeMillis() + 60_000));
    }

    private static Thread background(Runnable work) {
        Thread thread = new Thread(work, "gradus-serve-worker-start");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void close() {
        closed = true;
        all.forEach(SymjaWorker::close);
    }
}

package dev.gradus.cli.serve;

import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.SymjaWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A fixed set of Symja worker processes shared by every web request, so that slow requests cannot
 * starve fast ones: a task runs on any idle worker with its whole time limit, but once it has run
 * for a short slice it is a long task, and only a few tasks may be long at once. A task that
 * turns long while those places are taken is stopped there (its worker restarted), with whatever
 * it knew by then. So at least (workers - long places) workers are always free within a slice
 * for the next fast request, and a slow one is never restarted from scratch when it may go on.
 * The number of processes never changes, so memory is bounded by it times the worker's heap limit.
 */
final class WorkerPool implements AutoCloseable {
    /** A task that cannot have a worker soon enough: the server answers 503. */
    static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message, null, false, false);
        }
    }

    /** A task for a worker: the request to send, given its id and the deadline it gets. */
    @FunctionalInterface
    interface Task {
        Request request(long id, long deadline);
    }

    /** What came back, and whether the task was stopped after its slice because every long place was taken. */
    record Answer(SymjaWorker.Outcome outcome, boolean sliceOnly) {}

    private final long sliceMillis;
    private final long maxWaitMillis;
    private final Semaphore longPlaces;
    private final List<SymjaWorker> all = new ArrayList<>();
    private final BlockingQueue<SymjaWorker> idle;

    /**
     * @param workers       worker processes in all
     * @param longPlaces    how many of them may run a task past its slice at once (fewer than {@code workers})
     * @param sliceMillis   how long a task runs before it counts as long
     * @param maxWaitMillis how long a task may wait for an idle worker before the server is busy
     * @param newWorker     makes one worker process (not started)
     */
    WorkerPool(int workers, int longPlaces, long sliceMillis, long maxWaitMillis, Supplier<SymjaWorker> newWorker) {
        if (longPlaces >= workers) {
            throw new IllegalArgumentException("some workers must stay free for fast tasks: " + longPlaces + " long of " + workers);
        }
        this.sliceMillis = sliceMillis;
        this.maxWaitMillis = maxWaitMillis;
        this.longPlaces = new Semaphore(longPlaces);
        this.idle = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) {
            SymjaWorker worker = newWorker.get();
            all.add(worker);
            idle.add(worker);
        }
    }

    long sliceMillis() {
        return sliceMillis;
    }

    /** Starts every worker and waits until each has answered once, so that the first user does not pay for it. */
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

    /** Runs a task with {@code limitMillis} from when a worker takes it. */
    Answer run(Task task, long limitMillis) {
        SymjaWorker worker;
        try {
            worker = idle.poll(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting for a worker");
        }
        if (worker == null) {
            throw new Busy("every worker is busy; try again in a few seconds");
        }
        long start = System.currentTimeMillis();
        long deadline = start + limitMillis;
        boolean[] promoted = {false};
        boolean[] refused = {false};
        SymjaWorker.Outcome outcome = null;
        try {
            outcome = worker.call(id -> task.request(id, deadline), start + sliceMillis, () -> {
                promoted[0] = longPlaces.tryAcquire();
                refused[0] = !promoted[0];
                return promoted[0];
            });
            return new Answer(outcome, refused[0]);
        } finally {
            if (promoted[0]) {
                longPlaces.release();
            }
            giveBack(worker, outcome != null && outcome.result().isPresent());
        }
    }

    /**
     * A worker that answered goes straight back; one that was stopped is restarted and made ready
     * first, off the request's thread, so that the next task does not pay for its start.
     */
    private void giveBack(SymjaWorker worker, boolean answered) {
        if (answered) {
            idle.add(worker);
        } else {
            background(() -> {
                ready(worker);
                idle.add(worker);
            });
        }
    }

    /** Starts the worker if needed and waits for its first answer (a parse of "x"). */
    private static void ready(SymjaWorker worker) {
        worker.call(id -> Request.parse(id, "x", System.currentTimeMillis() + 60_000));
    }

    private static Thread background(Runnable work) {
        Thread thread = new Thread(work, "gradus-serve-worker-start");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void close() {
        all.forEach(SymjaWorker::close);
    }
}

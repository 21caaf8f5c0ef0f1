package dev.gradus.cli.serve;

import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.SymjaWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A fixed set of Symja worker processes shared by every web request, in two lanes, so that slow
 * requests cannot starve fast ones: every task first runs on the quick lane for at most a short
 * slice; a task that needs more time (it was stopped, or ran out of its slice without a decisive
 * answer) goes on to the long lane with the rest of its time limit. Fast requests therefore wait
 * at most behind other requests' slices, never behind a ten-second proof; slow requests wait for
 * each other. The long lane's queue is bounded too: when it is full the slice's answer stands, with
 * a message saying so. The number of processes never changes, so memory is bounded by the lanes'
 * sizes times the worker's heap limit.
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

    /** What came back, and whether only the quick slice was spent on it because the long lane was full. */
    record Answer(SymjaWorker.Outcome outcome, boolean sliceOnly) {}

    private final Lane quick;
    private final Lane longLane;
    private final long sliceMillis;
    /** Admission to the long lane: its workers plus the tasks that may wait for them. */
    private final Semaphore longAdmission;

    /**
     * @param quickWorkers worker processes of the quick lane
     * @param longWorkers  worker processes of the long lane
     * @param sliceMillis  the time a task gets on the quick lane
     * @param longQueue    how many tasks may wait for the long lane while its workers are busy
     * @param maxWaitMillis how long a task may wait for a quick worker before the server is busy
     * @param workers      makes one worker process (not started)
     */
    WorkerPool(int quickWorkers, int longWorkers, long sliceMillis, int longQueue, long maxWaitMillis,
               Supplier<SymjaWorker> workers) {
        this.quick = new Lane("quick", quickWorkers, maxWaitMillis, workers);
        this.longLane = new Lane("long", longWorkers, Long.MAX_VALUE, workers);
        this.sliceMillis = sliceMillis;
        this.longAdmission = new Semaphore(longWorkers + longQueue);
    }

    long sliceMillis() {
        return sliceMillis;
    }

    /** Starts every worker and waits until each has answered once, so that the first user does not pay for it. */
    void warmUp() {
        quick.warmUp();
        longLane.warmUp();
    }

    /**
     * Runs a task within {@code limitMillis} of computing time: a slice on the quick lane, then
     * if {@code decided} does not accept that answer, the rest of the limit on the long lane.
     */
    Answer run(Task task, long limitMillis, Predicate<SymjaWorker.Outcome> decided) {
        long slice = Math.min(sliceMillis, limitMillis);
        SymjaWorker.Outcome first = quick.run(task, slice);
        if (decided.test(first) || slice >= limitMillis) {
            return new Answer(first, false);
        }
        if (!longAdmission.tryAcquire()) {
            return new Answer(first, true);
        }
        try {
            return new Answer(longLane.run(task, limitMillis - slice), false);
        } finally {
            longAdmission.release();
        }
    }

    @Override
    public void close() {
        quick.close();
        longLane.close();
    }

    /** Workers of one lane: idle ones in a queue; a task takes one, and gives it back started and ready. */
    private static final class Lane implements AutoCloseable {
        private final String name;
        private final long maxWaitMillis;
        private final List<SymjaWorker> all = new ArrayList<>();
        private final BlockingQueue<SymjaWorker> idle;

        Lane(String name, int size, long maxWaitMillis, Supplier<SymjaWorker> workers) {
            this.name = name;
            this.maxWaitMillis = maxWaitMillis;
            this.idle = new ArrayBlockingQueue<>(size);
            for (int i = 0; i < size; i++) {
                SymjaWorker worker = workers.get();
                all.add(worker);
                idle.add(worker);
            }
        }

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

        /** Runs the task on an idle worker, with {@code millis} from when it starts there. */
        SymjaWorker.Outcome run(Task task, long millis) {
            SymjaWorker worker;
            try {
                worker = idle.poll(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy("interrupted while waiting for a worker");
            }
            if (worker == null) {
                throw new Busy("every " + name + " worker is busy; try again in a few seconds");
            }
            boolean answered = false;
            try {
                long deadline = System.currentTimeMillis() + millis;
                SymjaWorker.Outcome outcome = worker.call(id -> task.request(id, deadline));
                answered = outcome.result().isPresent();
                return outcome;
            } finally {
                giveBack(worker, answered);
            }
        }

        /**
         * A worker that answered goes straight back; one that was killed is restarted and made
         * ready first, off the request's thread, so that the next task does not pay for its start.
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

        private Thread background(Runnable work) {
            Thread thread = new Thread(work, "gradus-serve-" + name + "-worker-start");
            thread.setDaemon(true);
            thread.start();
            return thread;
        }

        @Override
        public void close() {
            all.forEach(SymjaWorker::close);
        }
    }
}

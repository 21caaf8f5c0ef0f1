package dev.gradus.cli.serve;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may wait for a worker. One client (an address) may have at most {@code perClient} steps
 * running or waiting at once, and at most {@code queue} steps may wait for a first worker in all;
 * beyond either the answer comes at once (429 or 503, with Retry-After) instead of a wait that
 * delays everyone. Of the first workers, which every step's first slice needs, one client holds
 * at most {@code firstLaneShare} at a time, so that its slow steps (each holding a first worker for a
 * slice, and one that Symja cannot stop for a worker's restart) always leave one to the others; its
 * other steps wait for its share, not in the queue before everyone else. Clients behind one address
 * (a school's NAT) share its limits, so they are settings.
 */
final class Admission {
    private final int perClient;
    private final int queue;
    private final int firstLaneShare;
    private final ConcurrentHashMap<String, Client> byClient = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * @param perClient steps one address may have running or waiting at once; 0 for no limits per
     *                  client at all (neither this nor the share of first workers: a class behind one address)
     * @param queue     steps that may wait for a first worker at once, from all clients
     * @param firstWorkers the first workers of the pool: a client may hold all but one of them (at least one)
     */
    Admission(int perClient, int queue, int firstWorkers) {
        if (perClient < 0 || queue < 0 || firstWorkers < 1) {
            throw new IllegalArgumentException("the limit per client is not negative (0: none), nor is the queue, and there is a first worker: "
                    + perClient + ", " + queue + ", " + firstWorkers);
        }
        this.perClient = perClient == 0 ? Integer.MAX_VALUE : perClient;
        this.queue = queue;
        this.firstLaneShare = perClient == 0 ? firstWorkers : Math.max(1, firstWorkers - 1);
    }

    /** What one address has: its steps, and its share of the first workers. */
    private final class Client {
        final AtomicInteger steps = new AtomicInteger();
        final Semaphore firstLane = new Semaphore(firstLaneShare, true);
    }

    /** A step admitted for {@code client}; close it when the step is done. */
    Ticket enter(String client) {
        Client mine = byClient.compute(client, (c, existing) -> {
            Client now = existing == null ? new Client() : existing;
            now.steps.incrementAndGet();
            return now;
        });
        if (mine.steps.get() > perClient) {
            leave(client);
            throw new WorkerPool.Busy(429, 2, "at most " + perClient + " steps of one client at once; try again when yours are done");
        }
        return new Ticket(client, mine);
    }

    /** A step of an admitted client starts waiting for a first worker; false when the queue is full. */
    boolean startWaiting() {
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return false;
        }
        return true;
    }

    /** A step that waited got a worker or gave up. */
    void stopWaiting() {
        waiting.decrementAndGet();
    }

    /** A client with no step left goes, so that a scan of addresses cannot fill memory (nobody holds its share then). */
    private void leave(String client) {
        byClient.computeIfPresent(client, (c, mine) -> mine.steps.decrementAndGet() == 0 ? null : mine);
    }

    /** One admitted step. */
    final class Ticket implements AutoCloseable {
        private final String client;
        private final Client mine;
        private boolean holdsFirstLane;

        private Ticket(String client, Client mine) {
            this.client = client;
            this.mine = mine;
        }

        /** Waits at most {@code millis} for the client's share of the first workers; false if it did not come. */
        boolean holdFirstLane(long millis) {
            try {
                holdsFirstLane = mine.firstLane.tryAcquire(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return holdsFirstLane;
        }

        /**
         * The step is done with its first worker, but the worker may not be back yet (one stopped by
         * force restarts, off the request's thread): the share is given back by the returned action,
         * to run when the worker is back, and counts as one of the client's steps until then.
         */
        Runnable handOffFirstLane() {
            if (!holdsFirstLane) {
                return () -> { };
            }
            holdsFirstLane = false;
            mine.steps.incrementAndGet();
            AtomicInteger once = new AtomicInteger();
            return () -> {
                if (once.getAndIncrement() == 0) {
                    mine.firstLane.release();
                    leave(client);
                }
            };
        }

        @Override
        public void close() {
            handOffFirstLane().run();
            leave(client);
        }
    }
}

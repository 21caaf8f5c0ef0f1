package dev.gradus.cli.serve;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may wait for a worker. One client (an address) may have at most {@code perClient} steps
 * running or waiting at once, and at most {@code queue} steps may wait for a first worker in all;
 * beyond either the answer comes at once (429 or 503, with Retry-After) instead of a wait that
 * delays everyone: 30 slow requests of one client take at most {@code perClient} workers from the
 * others. Clients behind one address (a school's NAT) share its limit, so it is a setting.
 */
final class Admission {
    private final int perClient;
    private final int queue;
    private final ConcurrentHashMap<String, AtomicInteger> byClient = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * @param perClient steps one address may have running or waiting at once
     * @param queue     steps that may wait for a first worker at once, from all clients
     */
    Admission(int perClient, int queue) {
        if (perClient < 1 || queue < 0) {
            throw new IllegalArgumentException("a client may have at least one step, and the queue is not negative: " + perClient + ", " + queue);
        }
        this.perClient = perClient;
        this.queue = queue;
    }

    /** A step admitted for {@code client}; close it when the step is done. */
    Ticket enter(String client) {
        AtomicInteger mine = byClient.computeIfAbsent(client, c -> new AtomicInteger());
        if (mine.incrementAndGet() > perClient) {
            leave(client, mine);
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

    private void leave(String client, AtomicInteger mine) {
        if (mine.decrementAndGet() == 0) {
            byClient.remove(client, mine);   // a counter at 0 goes, so that a scan of addresses cannot fill memory
        }
    }

    /** One admitted step. */
    final class Ticket implements AutoCloseable {
        private final String client;
        private final AtomicInteger count;

        private Ticket(String client, AtomicInteger count) {
            this.client = client;
            this.count = count;
        }

        @Override
        public void close() {
            leave(client, count);
        }
    }
}

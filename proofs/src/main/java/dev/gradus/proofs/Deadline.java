package dev.gradus.proofs;

/** A point in time by which work must be done. */
public final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline in(long millis) {
        return new Deadline(System.nanoTime() + millis * 1_000_000L);
    }

    public long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000L);
    }

    public boolean expired() {
        return System.nanoTime() >= endNanos;
    }
}

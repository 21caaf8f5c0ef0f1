package dev.gradus.proofs;

/** A point in time by which work must be done. */
public final class Deadline {
    static final long LEAST_FOR_AN_EVALUATION_MILLIS = 20;

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

    /** A deadline at 1/parts of the time left: for a stage that must leave time to the ones after it. */
    public Deadline fraction(int parts) {
        return new Deadline(System.nanoTime() + Math.max(0, endNanos - System.nanoTime()) / parts);
    }

    /** This deadline, or {@code millis} from now if that comes first: a budget for one part of the work. */
    public Deadline atMost(long millis) {
        return new Deadline(Math.min(endNanos, System.nanoTime() + millis * 1_000_000L));
    }

    public boolean expired() {
        return System.nanoTime() >= endNanos;
    }

    /**
     * Whether there is time enough to start another Symja evaluation ({@value #LEAST_FOR_AN_EVALUATION_MILLIS}
     * ms): with less, every stage gives up, and the time counts as up.
     */
    public boolean leavesTimeForAnEvaluation() {
        return remainingMillis() >= LEAST_FOR_AN_EVALUATION_MILLIS;
    }
}

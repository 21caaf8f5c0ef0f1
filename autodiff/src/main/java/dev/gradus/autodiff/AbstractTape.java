package dev.gradus.autodiff;

/**
 * The bookkeeping every tape shares: nodes numbered 1..size() (node 0 is the sink that absorbs
 * missing parents), marks to rewind to, the no-grad mode, and the check that a node belongs to
 * the tape. The storage of values and partials is the subclass's.
 */
public abstract class AbstractTape {
    protected static final int SINK = 0;

    /** The next free node; node 0 is the sink. */
    protected int size = 1;
    /** The output of the last backward sweep, or -1 when the adjoints are not valid. */
    protected int sweptOutput = -1;
    /** False inside {@link #noGrad()}: nodes are then recorded as constants. */
    protected boolean recording = true;

    /**
     * Evaluates without recording until the returned scope is closed: nodes created meanwhile are
     * constants, and their derivatives are never computed.
     * <pre>{@code try (Tape.Scope s = tape.noGrad()) { ... } }</pre>
     */
    public Scope noGrad() {
        boolean previous = recording;
        recording = false;
        return () -> recording = previous;
    }

    /** Whether operations currently record their derivatives (false inside {@link #noGrad()}). */
    public boolean isRecording() {
        return recording;
    }

    /** A position to {@link #rewind(int)} to later: nodes recorded before it are kept. */
    public int mark() {
        return size;
    }

    /** Discards every node recorded since {@code mark}; the storage is kept for reuse. */
    public void rewind(int mark) {
        if (mark < 1 || mark > size) {
            throw new IllegalArgumentException("mark " + mark + " is not a position on this tape (1.." + size + ")");
        }
        size = mark;
        if (sweptOutput >= mark) {
            sweptOutput = -1;
        }
    }

    /** Discards every node; the storage is kept for reuse. */
    public void reset() {
        rewind(1);
    }

    /** The number of nodes recorded. */
    public int size() {
        return size - 1;
    }

    /** The node itself, if it is on this tape; else an exception that says what probably happened. */
    protected final int checked(int node) {
        if (node <= SINK || node >= size) {
            throw new IllegalArgumentException(
                    "node " + node + " is not on this tape (it holds nodes 1.." + (size - 1)
                            + "); was it made by another tape, or discarded by reset/rewind?");
        }
        return node;
    }

    /** Throws unless a backward sweep has run since the last rewind below its output. */
    protected final void requireSwept() {
        if (sweptOutput < 0) {
            throw new IllegalStateException("no derivative has been computed: call backward(output) first");
        }
    }

    /** Closes a {@link #noGrad()} block. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}

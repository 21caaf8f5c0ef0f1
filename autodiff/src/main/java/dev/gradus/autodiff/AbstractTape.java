package dev.gradus.autodiff;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bookkeeping every tape shares: nodes numbered 1..size() (node 0 is the sink that absorbs
 * missing parents), marks to rewind to, the no-grad mode, and the check that a node belongs to
 * the tape. The storage of values and partials is the subclass's, indexed by those numbers.
 *
 * <p>A node's handle, what users hold, is its number with the tape's tag in the high bits: a
 * literal ({@code pow(x, 2)} where {@code pow(x, 2.0)} was meant), a handle of another tape and
 * one discarded by {@link #reset()} are refused, each with its own message, instead of being
 * read as some other node. The tag has 7 bits: one other tape in 127 shares a tape's tag, and a
 * tape's tags come round again after 127 resets, so the check catches mistakes, it is no
 * guarantee. A tape holds at most {@value #MAX_NODES} nodes.
 */
public abstract class AbstractTape {
    /** The index of the sink, the parent of every leaf and the second parent of every unary node. */
    protected static final int SINK = 0;
    /** A handle is {@code tag << INDEX_BITS | index}: the low bits number the node, the high bits name the tape. */
    private static final int INDEX_BITS = 24;
    private static final int INDEX_MASK = (1 << INDEX_BITS) - 1;
    /** The most nodes a tape holds: what the index bits can number. */
    protected static final int MAX_NODES = INDEX_MASK;
    private static final int TAGS = 127;
    private static final AtomicInteger TAPES = new AtomicInteger();

    /** Which tape this is, for the tags of its handles. */
    private final int identity = TAPES.incrementAndGet();
    /** How many times {@link #reset()} has run: a reset tape hands out handles with another tag. */
    private int generation;
    /**
     * The high bits of this tape's handles, 1..127: never 0, so that no small number (a literal
     * 2 where a node belongs, as in pow(x, 2)) is taken for a node; different from the tag of the
     * tape made just before or after, and from this tape's own before its last reset.
     */
    private int tag = tagOf(identity, 0);

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

    /** Discards every node, whose handles are rejected from now on; the storage is kept for reuse. */
    public void reset() {
        rewind(1);
        generation++;
        tag = tagOf(identity, generation);
    }

    /** The number of nodes recorded. */
    public int size() {
        return size - 1;
    }

    /** The index of the node a handle names, if the node is on this tape; else an exception that says what happened. */
    protected final int checked(int node) {
        int index = node & INDEX_MASK;
        if (node >>> INDEX_BITS != tag || index == SINK || index >= size) {
            throw new IllegalArgumentException(whyNot(node));
        }
        return index;
    }

    /** The handle of the node at {@code index}. */
    protected final int handle(int index) {
        return tag << INDEX_BITS | index;
    }

    /** The one-line reason a handle is refused. */
    private String whyNot(int node) {
        int nodeTag = node >>> INDEX_BITS;
        if (node >= 0 && nodeTag == 0) {
            return node + " is not a node of this tape: a number where a node belongs?"
                    + " (a constant goes in as a double, e.g. pow(x, 2.0), or through constant(2.0))";
        }
        if (nodeTag == tag) {
            return "node " + node + " was discarded by rewind(mark): this tape holds " + (size - 1) + " nodes now";
        }
        for (int g = generation - 1; g >= Math.max(0, generation - TAGS); g--) {
            if (tagOf(identity, g) == nodeTag) {
                return "node " + node + " was discarded by reset(): a reset tape accepts only the nodes recorded since";
            }
        }
        return "node " + node + " belongs to another tape (or is no node at all)";
    }

    private static int tagOf(int identity, int generation) {
        return 1 + Math.floorMod(identity * 17 + generation, TAGS);
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

package dev.gradus.proofs.latex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;

/**
 * The integer values in force while a formula is parsed: the bindings of {@link LatexOptions}
 * and, inside {@code \sum} and {@code \prod}, their index (bound to one value per unrolled term,
 * or open when the bounds are not numbers). It also records whether a subscript used an index,
 * which decides whether a sum is unrolled, and caps the work unrolling may do.
 */
final class Scope {
    static final int MAX_TERMS = 1000;
    static final int MAX_NESTED = 6;

    private final LatexOptions options;
    private final Deque<Index> indices = new ArrayDeque<>();
    private long terms;

    Scope(LatexOptions options) {
        this.options = options;
    }

    LatexOptions options() {
        return options;
    }

    /** The value of a name where it is used as a number; an open index hides a binding of the same name. */
    OptionalLong value(String key) {
        if (key == null) {
            return OptionalLong.empty();
        }
        for (Index index : indices) {
            if (index.name.equals(key)) {
                return index.value;
            }
        }
        return options.binding(key);
    }

    /** As {@link #value}, for a name inside a subscript: a sum's index records that it was used there. */
    OptionalLong indexValue(String key) {
        for (Index index : indices) {
            if (index.name.equals(key)) {
                index.usedInSubscript = true;
                return index.value;
            }
        }
        return options.binding(key);
    }

    /** Whether the name is the index of an enclosing sum whose bounds are not numbers. */
    boolean isOpenIndex(String key) {
        for (Index index : indices) {
            if (index.name.equals(key)) {
                return index.value.isEmpty();
            }
        }
        return false;
    }

    /** Enters a sum's body; false when sums are nested too deeply to unroll. */
    boolean enter(String name, OptionalLong value) {
        if (indices.size() >= MAX_NESTED) {
            return false;
        }
        indices.push(new Index(name, value));
        return true;
    }

    /** Leaves the innermost sum's body: whether a subscript used its index. */
    boolean leave() {
        return indices.pop().usedInSubscript;
    }

    /** Counts unrolled terms; false once there are more than {@link #MAX_TERMS}. */
    boolean spend(long count) {
        terms += count;
        return terms <= MAX_TERMS;
    }

    private static final class Index {
        final String name;
        final OptionalLong value;
        boolean usedInSubscript;

        Index(String name, OptionalLong value) {
            this.name = name;
            this.value = value;
        }
    }
}

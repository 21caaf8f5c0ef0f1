package dev.gradus.autodiff;

/** A vector-valued function of several variables, written against {@link ScalarOps}; returns the output nodes. */
@FunctionalInterface
public interface VectorFunction {
    /** Records f on {@code ops} for the variable nodes {@code x}; returns one output node per component. */
    int[] apply(ScalarOps ops, int[] x);
}

package dev.gradus.autodiff;

/** A vector-valued function of several variables, written against {@link ScalarOps}; returns the output nodes. */
@FunctionalInterface
public interface VectorFunction {
    int[] apply(ScalarOps ops, int[] x);
}

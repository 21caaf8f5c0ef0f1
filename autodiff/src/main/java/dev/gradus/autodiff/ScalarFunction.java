package dev.gradus.autodiff;

/**
 * A real function of several variables, written against {@link ScalarOps}:
 * {@code (ops, x) -> ops.mul(x[0], ops.sin(x[1]))} is x0 sin(x1).
 * It receives its variables as nodes and returns the output node.
 */
@FunctionalInterface
public interface ScalarFunction {
    /** Records f on {@code ops} for the variable nodes {@code x}; returns the output node. */
    int apply(ScalarOps ops, int[] x);
}

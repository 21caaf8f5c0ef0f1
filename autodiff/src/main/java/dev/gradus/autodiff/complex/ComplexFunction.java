package dev.gradus.autodiff.complex;

/**
 * A function of complex variables written on the complex tape:
 * {@code (t, z) -> t.abs2(t.add(t.mul(z[0], z[1]), t.conj(z[0])))} is |z w + conj(z)|^2.
 * It receives its variables as nodes and returns the output node.
 */
@FunctionalInterface
public interface ComplexFunction {
    /** Records f on {@code tape} for the variable nodes {@code z}; returns the output node. */
    int apply(ComplexTape tape, int[] z);
}

package dev.gradus.autodiff.complex;

import java.util.List;

/**
 * A complex function's value at a point and its Wirtinger pairs, one per variable.
 *
 * @param value      f at the point
 * @param realValued whether f is real-valued (a loss), so that {@link #gradient(int)} applies
 * @param pairs      (df/dz_i, df/dzbar_i) for each variable
 */
public record ComplexGradient(Complex value, boolean realValued, List<Wirtinger> pairs) {
    /** Copies the pairs into an unmodifiable list. */
    public ComplexGradient {
        pairs = List.copyOf(pairs);
    }

    /** (df/dz_i, df/dzbar_i). */
    public Wirtinger wirtinger(int i) {
        return pairs.get(i);
    }

    /** For a real-valued f: df/dx_i + i df/dy_i = 2 df/dzbar_i (see {@link Wirtinger#gradient()}). */
    public Complex gradient(int i) {
        if (!realValued) {
            throw new IllegalStateException("the gradient is defined for a real-valued f; this f is complex: use wirtinger(i)");
        }
        return pairs.get(i).gradient();
    }

    @Override
    public String toString() {
        return "value " + value + ", " + pairs;
    }
}

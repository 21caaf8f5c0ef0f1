package dev.gradus.autodiff;

import java.util.Arrays;

/**
 * A function's value at a point and its gradient there, in the order of the variables.
 *
 * @param value    f at the point
 * @param gradient d f / d x_i for each variable x_i
 */
public record Gradient(double value, double[] gradient) {
    /** Copies the gradient, as the accessor does: the record is immutable. */
    public Gradient {
        gradient = gradient.clone();
    }

    /** d f / d x_i for each variable x_i, as a new array. */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** d f / d x_i. */
    public double get(int i) {
        return gradient[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gradient g
                && Double.compare(value, g.value) == 0 && Arrays.equals(gradient, g.gradient);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(value) + Arrays.hashCode(gradient);
    }

    @Override
    public String toString() {
        return "value " + value + ", gradient " + Arrays.toString(gradient);
    }
}

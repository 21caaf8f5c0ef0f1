package dev.gradus.autodiff;

import java.util.Arrays;

/**
 * A vector function's values at a point and its Jacobian: row i is the gradient of output i.
 *
 * @param values the outputs at the point
 * @param matrix d output_i / d x_j, one row per output
 */
public record Jacobian(double[] values, double[][] matrix) {
    /** Copies the arrays, as the accessors do: the record is immutable. */
    public Jacobian {
        values = values.clone();
        matrix = Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    /** d output_i / d x_j. */
    public double get(int i, int j) {
        return matrix[i][j];
    }

    /** The gradient of output i. */
    public double[] row(int i) {
        return matrix[i].clone();
    }

    /** The outputs at the point, as a new array. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** d output_i / d x_j, one row per output, as new arrays. */
    @Override
    public double[][] matrix() {
        return Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jacobian j && Arrays.equals(values, j.values) && Arrays.deepEquals(matrix, j.matrix);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.deepHashCode(matrix);
    }

    @Override
    public String toString() {
        return "values " + Arrays.toString(values) + ", Jacobian " + Arrays.deepToString(matrix);
    }
}

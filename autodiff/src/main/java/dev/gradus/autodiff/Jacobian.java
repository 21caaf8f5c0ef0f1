package dev.gradus.autodiff;

import java.util.Arrays;

/** A vector function's values at a point and its Jacobian: row i is the gradient of output i. */
public record Jacobian(double[] values, double[][] matrix) {
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

    @Override
    public double[] values() {
        return values.clone();
    }

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

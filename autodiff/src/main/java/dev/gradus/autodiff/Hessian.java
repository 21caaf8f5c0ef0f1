package dev.gradus.autodiff;

import java.util.Arrays;

/**
 * A function's value, gradient and Hessian at a point, in the order of the variables.
 *
 * @param value    f at the point
 * @param gradient d f / d x_i for each variable x_i
 * @param matrix   d^2 f / dx_i dx_j, as computed (not symmetrised)
 */
public record Hessian(double value, double[] gradient, double[][] matrix) {
    /** Copies the arrays, as the accessors do: the record is immutable. */
    public Hessian {
        gradient = gradient.clone();
        matrix = Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    /** d^2 f / dx_i dx_j. */
    public double get(int i, int j) {
        return matrix[i][j];
    }

    /** d f / d x_i for each variable x_i, as a new array. */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** d^2 f / dx_i dx_j, as new arrays. */
    @Override
    public double[][] matrix() {
        return Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    /** The largest |H_ij - H_ji|. */
    public double asymmetry() {
        double worst = 0;
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < i; j++) {
                worst = Math.max(worst, Math.abs(matrix[i][j] - matrix[j][i]));
            }
        }
        return worst;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hessian h && Double.compare(value, h.value) == 0 && Arrays.equals(gradient, h.gradient)
                && Arrays.deepEquals(matrix, h.matrix);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(value) + Arrays.hashCode(gradient)) + Arrays.deepHashCode(matrix);
    }

    @Override
    public String toString() {
        return "value " + value + ", gradient " + Arrays.toString(gradient) + ", Hessian " + Arrays.deepToString(matrix);
    }
}

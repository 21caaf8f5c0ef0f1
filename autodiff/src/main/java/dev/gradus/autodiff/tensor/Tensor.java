package dev.gradus.autodiff.tensor;

/**
 * A read-only view of a node of a {@link TensorTape}: a row-major block of a {@code double[]}
 * that the tape owns (or the caller, for inputs and parameters). Valid until the tape is reset.
 */
public record Tensor(double[] data, int offset, int rows, int cols) {
    public double get(int row, int col) {
        return data[offset + row * cols + col];
    }

    public int size() {
        return rows * cols;
    }

    /** The elements as a new array, row-major (for tests and reports, not for the training loop). */
    public double[] toArray() {
        double[] copy = new double[size()];
        System.arraycopy(data, offset, copy, 0, copy.length);
        return copy;
    }
}

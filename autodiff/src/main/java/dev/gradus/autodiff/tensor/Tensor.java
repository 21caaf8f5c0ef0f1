package dev.gradus.autodiff.tensor;

/**
 * A read-only view of a node of a {@link TensorTape}: a row-major block of a {@code double[]}
 * that the tape owns (or the caller, for inputs and parameters). Valid until the tape is reset.
 *
 * @param data   the array that holds the elements
 * @param offset the index in {@code data} of element (0, 0)
 * @param rows   the number of rows
 * @param cols   the number of columns, also the distance between consecutive rows in {@code data}
 */
public record Tensor(double[] data, int offset, int rows, int cols) {
    /** The element at (row, col). */
    public double get(int row, int col) {
        return data[offset + row * cols + col];
    }

    /** The number of elements, rows times cols. */
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

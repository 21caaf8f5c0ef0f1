package dev.gradus.nn.data;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * An immutable labelled data set: {@code size()} inputs of {@code d()} values each, stored row by
 * row in one {@code double[]} (input i is values {@code offset(i)} to {@code offset(i) + d() - 1}),
 * and a label for each: 0 to {@code classes() - 1} (the digits 0 to 9, or 0 and 1 for two classes). Image inputs also know their {@code rows() x cols()} shape, for
 * plotting; other inputs are one row of {@code d} columns.
 *
 * <p>One flat array rather than an array per input: Fashion-MNIST's 60,000 x 784 values are 376 MB
 * either way, but one array is one allocation, has no per-row headers, and lets a mini-batch be
 * gathered with {@link System#arraycopy}. The array is never handed out: {@link #inputs()} is a
 * read-only view, {@link #copyInput} copies one input where a network wants it.
 */
public final class DataSet {
    /** MNIST and Fashion-MNIST have ten classes (the digits, ten kinds of clothing); their readers check labels against it. */
    public static final int MNIST_CLASSES = 10;

    /** The largest number of classes a data set may have: a label is at most 65,535. */
    public static final int MAX_CLASSES = 1 << 16;

    private final String name;
    private final double[] inputs;
    private final int[] labels;
    private final int rows;
    private final int cols;

    /** Takes ownership of the arrays: the readers, which have just filled them, use this one. */
    DataSet(String name, double[] inputs, int[] labels, int rows, int cols) {
        this.name = Objects.requireNonNull(name, "name");
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("an input is rows x cols with both positive, got " + rows + " x " + cols);
        }
        if (inputs.length != (long) labels.length * rows * cols) {
            throw new IllegalArgumentException(labels.length + " labels of inputs " + rows + " x " + cols
                    + " need " + (long) labels.length * rows * cols + " values, got " + inputs.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= MAX_CLASSES) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i + ", expected 0 to " + (MAX_CLASSES - 1));
            }
        }
        this.inputs = inputs;
        this.labels = labels;
        this.rows = rows;
        this.cols = cols;
    }

    /**
     * A data set of copies of {@code inputs} (row-major, {@code labels.length x rows x cols}) and
     * {@code labels} (each 0 or more: classes 0 to the largest label); {@code rows = 1} for inputs that are not images.
     */
    public static DataSet of(String name, double[] inputs, int[] labels, int rows, int cols) {
        return new DataSet(name, inputs.clone(), labels.clone(), rows, cols);
    }

    public String name() {
        return name;
    }

    /** The number of inputs (and labels). */
    public int size() {
        return labels.length;
    }

    /** The number of values in one input: {@code rows() * cols()}. */
    public int d() {
        return rows * cols;
    }

    /** Rows of an input seen as an image. */
    public int rows() {
        return rows;
    }

    /** Columns of an input seen as an image. */
    public int cols() {
        return cols;
    }

    /** Where input {@code i} starts in {@link #inputs()}: {@code i * d()}. */
    public int offset(int i) {
        Objects.checkIndex(i, labels.length);
        return i * d();
    }

    /** All inputs, row-major, as a read-only view (no copy). */
    public DoubleBuffer inputs() {
        return DoubleBuffer.wrap(inputs).asReadOnlyBuffer();
    }

    /** Value {@code j} of input {@code i}. */
    public double input(int i, int j) {
        Objects.checkIndex(j, d());
        return inputs[offset(i) + j];
    }

    /** A copy of input {@code i}. */
    public double[] input(int i) {
        int from = offset(i);
        return Arrays.copyOfRange(inputs, from, from + d());
    }

    /** Copies input {@code i} into {@code destination} from index {@code at}: a mini-batch row without allocating. */
    public void copyInput(int i, double[] destination, int at) {
        System.arraycopy(inputs, offset(i), destination, at, d());
    }

    public int label(int i) {
        return labels[Objects.checkIndex(i, labels.length)];
    }

    /** A copy of the labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** The number of classes its labels name: the largest label plus one (2 for labels 0 and 1). */
    public int classes() {
        int largest = 0;
        for (int label : labels) {
            largest = Math.max(largest, label);
        }
        return largest + 1;
    }

    /** How many inputs carry each label, indexed by the label. */
    public int[] classCounts() {
        int[] counts = new int[classes()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The first {@code n} inputs, in order, named {@code "NAME (first n)"}: a deterministic subset. */
    public DataSet first(int n) {
        Objects.checkFromToIndex(0, n, labels.length);
        return new DataSet(name + " (first " + n + ")", Arrays.copyOf(inputs, n * d()),
                Arrays.copyOf(labels, n), rows, cols);
    }

    /**
     * A deterministic random split into {@code NAME/train} and {@code NAME/test}, the latter of
     * {@code testSize} inputs. The order is a Fisher-Yates shuffle driven by
     * {@code new java.util.Random(seed)}, whose sequence the JDK specifies exactly, so a seed gives
     * the same split on every machine and Java version. Both parts keep the shuffled order.
     */
    public Split split(int testSize, long seed) {
        Objects.checkFromToIndex(0, testSize, labels.length);
        int[] order = new int[labels.length];
        Arrays.setAll(order, i -> i);
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
        return new Split(select(name + "/train", order, testSize, order.length), select(name + "/test", order, 0, testSize));
    }

    private DataSet select(String selection, int[] order, int from, int to) {
        int d = d();
        double[] x = new double[(to - from) * d];
        int[] y = new int[to - from];
        for (int k = from; k < to; k++) {
            System.arraycopy(inputs, order[k] * d, x, (k - from) * d, d);
            y[k - from] = labels[order[k]];
        }
        return new DataSet(selection, x, y, rows, cols);
    }

    @Override
    public String toString() {
        return name + ": " + size() + " inputs of " + rows + " x " + cols;
    }
}

package dev.gradus.autodiff.tensor;

import dev.gradus.autodiff.AbstractTape;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse-mode tape whose nodes are dense matrices (rank 0 to 2: a scalar is 1 x 1, a batch of
 * vectors is one row per sample). Operations compute their value at once and are recorded; {@link
 * #backward} then computes the gradient of a scalar node for every node that needs one, read with
 * {@link #adjoint}. The vocabulary is the scalar tapes': {@code backward}, {@code adjoint},
 * {@link #reset}, {@link #mark}/{@link #rewind}, {@link #noGrad}; there is no {@code gradient(output,
 * inputs)}, since a parameter's gradient goes to its caller's array.
 *
 * <p>Nothing is allocated per step once the shapes have been seen: {@link #reset} keeps every
 * node's buffers, and the k-th operation of the next step reuses the k-th node's buffers (a
 * training loop records the same operations in the same order each step). Inputs and parameters
 * are views of the caller's arrays, never copies; a parameter's gradient accumulates into the
 * caller's gradient array, which the caller zeroes (an optimizer does, once per step). Matrix
 * products go to {@link MatrixKernels} on the arrays in place.
 *
 * <p>Nodes are {@code int} handles, valid until the next reset, that no number can pass for: a
 * handle is {@code (tag << 24) | index}, the node's index (from 0) below its tape's tag, which is
 * 1 to 127 and made from the tape's identity and its generation (how many times it was reset):
 * {@code 1 + floorMod(identity * 17 + generation, 127)}. Every method that takes a node checks its
 * handle, so that a literal such as {@code 2} (tag 0), a node from before {@link #reset} or a node
 * of another tape is an {@link IllegalArgumentException} that says which it is, not silently some
 * other node. (Tags repeat: a stray handle that happens to carry the current tag cannot be told
 * from a node, but a literal always can.) Handles are opaque: no arithmetic on them, and they
 * neither start at 0 nor say how many nodes there are ({@link #size} does). A tape holds at most
 * 16,777,215 nodes. One tape per thread.
 */
public final class TensorTape {
    /**
     * What a node's backward step does: adds the node's gradient {@code c.grad}, times its local
     * partials, into the gradients of its parents x and y (those that need one). Each operation's
     * rule is written beside the operation.
     */
    @FunctionalInterface
    private interface Backward {
        void step(MatrixKernels kernels, Node c, Node x, Node y);
    }

    /** How a node was made, and its backward rule (none for leaves). */
    private enum Op {
        INPUT(null), PARAMETER(null),
        MATMUL(TensorTape::matmulBackward), MATMUL_TRANS_A(TensorTape::matmulTransABackward),
        MATMUL_TRANS_B(TensorTape::matmulTransBBackward), ADD_ROW(TensorTape::addRowBackward),
        APPLY(TensorTape::applyBackward), APPLY_BINARY(TensorTape::applyBinaryBackward),
        GROUP_MAX(TensorTape::groupMaxBackward), ADD(TensorTape::addBackward), SUB(TensorTape::subBackward),
        MUL(TensorTape::mulBackward), SCALE(TensorTape::scaleBackward), SUM(TensorTape::sumBackward),
        MEAN(TensorTape::meanBackward), SUM_OF_SQUARES(TensorTape::sumOfSquaresBackward),
        SOFTMAX(TensorTape::softmaxBackward), LOG_SOFTMAX(TensorTape::logSoftmaxBackward),
        SIGMOID_CROSS_ENTROPY(TensorTape::costBackward), SOFTMAX_CROSS_ENTROPY(TensorTape::costBackward),
        QUADRATIC(TensorTape::costBackward);

        final Backward backward;

        Op(Backward backward) {
            this.backward = backward;
        }
    }

    /** One node: how it was made, its shape, and its value and gradient buffers. */
    private static final class Node {
        Op op;
        int a;
        int b;
        UnaryFunction f;
        BinaryFunction f2;
        double scalar;
        int group;
        int rows;
        int cols;
        boolean needsGrad;
        double[] value;
        int valueOff;
        double[] grad;
        int gradOff;
        double[] ownValue = new double[0]; // the tape's buffers, kept across resets
        double[] ownGrad = new double[0];
    }

    /** A handle is (tag << INDEX_BITS) | index. */
    private static final int INDEX_BITS = 24;
    /** The most nodes a tape holds, and the mask of a handle's index. */
    private static final int MAX_NODES = (1 << INDEX_BITS) - 1;
    /** Tags are 1..MAX_TAG. */
    private static final int MAX_TAG = 127;
    private static final AtomicInteger TAPES = new AtomicInteger();

    private final MatrixKernels kernels;
    private final int identity = TAPES.incrementAndGet();
    private int generation;
    private int tag = tag(identity, 0);
    private Node[] nodes = new Node[32];
    private int size;
    /** False inside {@link #noGrad()}. */
    private boolean recording = true;

    /** An empty tape whose matrix products and elementwise functions run on {@code kernels}. */
    public TensorTape(MatrixKernels kernels) {
        this.kernels = kernels;
    }

    /** The kernels this tape multiplies with. */
    public MatrixKernels kernels() {
        return kernels;
    }

    /**
     * Forgets every node; their buffers stay for the next step. The handles given out so far are
     * dead from now on: the next generation's handles carry another tag.
     */
    public void reset() {
        size = 0;
        generation++;
        tag = tag(identity, generation);
    }

    /** The number of nodes recorded since the last reset (not a handle). */
    public int size() {
        return size;
    }

    /** A position to {@link #rewind(int)} to later: nodes recorded before it are kept. */
    public int mark() {
        return size;
    }

    /** Discards every node recorded since {@code mark} (their handles are refused from now on); their buffers are kept. */
    public void rewind(int mark) {
        if (mark < 0 || mark > size) {
            throw new IllegalArgumentException("mark " + mark + " is not a position on this tape (0.." + size + ")");
        }
        size = mark;
    }

    /**
     * Evaluates without recording gradients until the returned scope is closed: nodes made
     * meanwhile need no gradient, and parameters are read as inputs (an evaluation pass).
     * <pre>{@code try (AbstractTape.Scope s = tape.noGrad()) { ... } }</pre>
     */
    public AbstractTape.Scope noGrad() {
        boolean previous = recording;
        recording = false;
        return () -> recording = previous;
    }

    /** Whether operations currently record gradients (false inside {@link #noGrad()}). */
    public boolean isRecording() {
        return recording;
    }

    // ---- leaves

    /** A constant: a view of rows x cols elements of data from offset; no gradient. */
    public int input(double[] data, int offset, int rows, int cols) {
        checkView(data, offset, rows, cols);
        Node n = next(Op.INPUT, -1, -1, rows, cols, false, false);
        n.value = data;
        n.valueOff = offset;
        return handle(size - 1);
    }

    /** A parameter: a view of data, whose gradient is added to grad (same layout, from offset). */
    public int parameter(double[] data, double[] grad, int offset, int rows, int cols) {
        checkView(data, offset, rows, cols);
        checkView(grad, offset, rows, cols);
        Node n = next(Op.PARAMETER, -1, -1, rows, cols, false, false);
        n.needsGrad = recording;
        n.value = data;
        n.valueOff = offset;
        n.grad = grad;
        n.gradOff = offset;
        return handle(size - 1);
    }

    // ---- products

    /** A B for A m x k, B k x n. */
    public int matmul(int a, int b) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        int bIndex = index(b);
        Node y = nodes[bIndex];
        require(x.cols == y.rows, Op.MATMUL, x, y);
        Node c = next(Op.MATMUL, aIndex, bIndex, x.rows, y.cols, true, x.needsGrad || y.needsGrad);
        kernels.mult(x.value, x.valueOff, y.value, y.valueOff, c.value, 0, x.rows, x.cols, y.cols, false);
        return handle(size - 1);
    }

    /** C = X Y: dX += dC Y^T, dY += X^T dC. */
    private static void matmulBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        if (x.needsGrad) {
            kernels.multTransB(c.grad, 0, y.value, y.valueOff, x.grad, x.gradOff, x.rows, y.cols, x.cols, true);
        }
        if (y.needsGrad) {
            kernels.multTransA(x.value, x.valueOff, c.grad, 0, y.grad, y.gradOff, y.rows, x.rows, y.cols, true);
        }
    }

    /** A^T B for A k x m, B k x n. */
    public int matmulTransA(int a, int b) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        int bIndex = index(b);
        Node y = nodes[bIndex];
        require(x.rows == y.rows, Op.MATMUL_TRANS_A, x, y);
        Node c = next(Op.MATMUL_TRANS_A, aIndex, bIndex, x.cols, y.cols, true, x.needsGrad || y.needsGrad);
        kernels.multTransA(x.value, x.valueOff, y.value, y.valueOff, c.value, 0, x.cols, x.rows, y.cols, false);
        return handle(size - 1);
    }

    /** C = X^T Y: dX += Y dC^T, dY += X dC. */
    private static void matmulTransABackward(MatrixKernels kernels, Node c, Node x, Node y) {
        if (x.needsGrad) {
            kernels.multTransB(y.value, y.valueOff, c.grad, 0, x.grad, x.gradOff, x.rows, y.cols, x.cols, true);
        }
        if (y.needsGrad) {
            kernels.mult(x.value, x.valueOff, c.grad, 0, y.grad, y.gradOff, x.rows, x.cols, y.cols, true);
        }
    }

    /** A B^T for A m x k, B n x k: a batch of rows times a weight matrix stored out x in. */
    public int matmulTransB(int a, int b) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        int bIndex = index(b);
        Node y = nodes[bIndex];
        require(x.cols == y.cols, Op.MATMUL_TRANS_B, x, y);
        Node c = next(Op.MATMUL_TRANS_B, aIndex, bIndex, x.rows, y.rows, true, x.needsGrad || y.needsGrad);
        kernels.multTransB(x.value, x.valueOff, y.value, y.valueOff, c.value, 0, x.rows, x.cols, y.rows, false);
        return handle(size - 1);
    }

    /** C = X Y^T: dX += dC Y, dY += dC^T X. */
    private static void matmulTransBBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        if (x.needsGrad) {
            kernels.mult(c.grad, 0, y.value, y.valueOff, x.grad, x.gradOff, x.rows, y.rows, x.cols, true);
        }
        if (y.needsGrad) {
            kernels.multTransA(c.grad, 0, x.value, x.valueOff, y.grad, y.gradOff, y.rows, x.rows, y.cols, true);
        }
    }

    // ---- elementwise

    /** A plus the 1 x n row r added to each of its rows (a bias). */
    public int addRow(int a, int r) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        int rIndex = index(r);
        Node row = nodes[rIndex];
        require(row.rows == 1 && row.cols == x.cols, Op.ADD_ROW, x, row);
        Node c = next(Op.ADD_ROW, aIndex, rIndex, x.rows, x.cols, true, x.needsGrad || row.needsGrad);
        for (int i = 0; i < x.rows; i++) {
            int xi = x.valueOff + i * x.cols;
            int ci = i * x.cols;
            for (int j = 0; j < x.cols; j++) {
                c.value[ci + j] = x.value[xi + j] + row.value[row.valueOff + j];
            }
        }
        return handle(size - 1);
    }

    /** dA += dC; the row receives the sum of dC's rows. */
    private static void addRowBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        if (x.needsGrad) {
            addInto(x, c.grad, 1.0);
        }
        if (y.needsGrad) {
            for (int i = 0; i < c.rows; i++) {
                for (int j = 0; j < c.cols; j++) {
                    y.grad[y.gradOff + j] += c.grad[i * c.cols + j];
                }
            }
        }
    }

    /** f applied to every element: any function of the table (sigmoid, tanh, relu, ...). */
    public int apply(UnaryFunction f, int a) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        Node c = next(Op.APPLY, aIndex, -1, x.rows, x.cols, true, x.needsGrad);
        c.f = f;
        int n = x.rows * x.cols;
        kernels.apply(f, x.value, x.valueOff, c.value, 0, n);
        return handle(size - 1);
    }

    /** dA += dC f'(a), the table's derivative (from the argument and the value). */
    private static void applyBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        int n = c.rows * c.cols;
        for (int i = 0; i < n; i++) {
            x.grad[x.gradOff + i] += c.grad[i] * c.f.derivative(x.value[x.valueOff + i], c.value[i]);
        }
    }

    /**
     * f(a, p) for every element a of A, with the parameter p from B, which is either A's shape (a
     * parameter per element: randomized leaky relu's slopes, one per sample and unit), a 1 x n row
     * (one per column: prelu's learned slope per unit) or 1 x 1 (one for all: leaky relu's 0.01,
     * elu's alpha, swish's beta). B receives the partials in p summed over what it was spread on.
     */
    public int apply(BinaryFunction f, int a, int b) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        int bIndex = index(b);
        Node p = nodes[bIndex];
        require(spreads(p, x), Op.APPLY_BINARY, x, p);
        Node c = next(Op.APPLY_BINARY, aIndex, bIndex, x.rows, x.cols, true, x.needsGrad || p.needsGrad);
        c.f2 = f;
        for (int i = 0; i < x.rows; i++) {
            for (int j = 0; j < x.cols; j++) {
                int k = i * x.cols + j;
                c.value[k] = f.value(x.value[x.valueOff + k], p.value[p.valueOff + spreadIndex(p, i, j)]);
            }
        }
        return handle(size - 1);
    }

    /** dA += dC df/da; dB += dC df/dp, summed over the elements p was spread on. */
    private static void applyBinaryBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        for (int i = 0; i < c.rows; i++) {
            for (int j = 0; j < c.cols; j++) {
                int k = i * c.cols + j;
                int q = spreadIndex(y, i, j);
                double u = x.value[x.valueOff + k];
                double p = y.value[y.valueOff + q];
                if (x.needsGrad) {
                    x.grad[x.gradOff + k] += c.grad[k] * c.f2.partialA(u, p, c.value[k]);
                }
                if (y.needsGrad) {
                    y.grad[y.gradOff + q] += c.grad[k] * c.f2.partialB(u, p, c.value[k]);
                }
            }
        }
    }

    /** Whether p has x's shape, one row of x's width, or one element. */
    private static boolean spreads(Node p, Node x) {
        return (p.rows == x.rows && p.cols == x.cols) || (p.rows == 1 && p.cols == x.cols) || (p.rows == 1 && p.cols == 1);
    }

    /** The element of p that goes with element (i, j) of the node it is spread on. */
    private static int spreadIndex(Node p, int i, int j) {
        return (p.rows == 1 ? 0 : i * p.cols) + (p.cols == 1 ? 0 : j);
    }

    /**
     * The largest of each group of k adjacent columns: rows x (cols / k), element j of a row the
     * maximum of columns j k ... j k + k - 1 (a maxout unit over its k affine pieces). The gradient
     * goes to the largest element, at a tie to the first (the table's max convention).
     */
    public int groupMax(int a, int k) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        if (k < 1 || x.cols % k != 0) {
            throw new IllegalArgumentException("group max: " + x.cols + " columns do not fall into groups of " + k);
        }
        Node c = next(Op.GROUP_MAX, aIndex, -1, x.rows, x.cols / k, true, x.needsGrad);
        c.group = k;
        for (int i = 0; i < x.rows; i++) {
            for (int j = 0; j < c.cols; j++) {
                c.value[i * c.cols + j] = x.value[x.valueOff + argmax(x, i, j, k)];
            }
        }
        return handle(size - 1);
    }

    /** Each group's gradient goes to its (first) largest element. */
    private static void groupMaxBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        for (int i = 0; i < c.rows; i++) {
            for (int j = 0; j < c.cols; j++) {
                x.grad[x.gradOff + argmax(x, i, j, c.group)] += c.grad[i * c.cols + j];
            }
        }
    }

    /** The offset (from valueOff) of the first largest element of group j of row i. */
    private static int argmax(Node x, int i, int j, int k) {
        int from = i * x.cols + j * k;
        int best = from;
        for (int q = from + 1; q < from + k; q++) {
            if (x.value[x.valueOff + q] > x.value[x.valueOff + best]) {
                best = q;
            }
        }
        return best;
    }

    /** A + B, elementwise (same shapes). */
    public int add(int a, int b) {
        return elementwise(Op.ADD, a, b);
    }

    private static void addBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        if (x.needsGrad) {
            addInto(x, c.grad, 1.0);
        }
        if (y.needsGrad) {
            addInto(y, c.grad, 1.0);
        }
    }

    /** A - B, elementwise (same shapes). */
    public int sub(int a, int b) {
        return elementwise(Op.SUB, a, b);
    }

    private static void subBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        if (x.needsGrad) {
            addInto(x, c.grad, 1.0);
        }
        if (y.needsGrad) {
            addInto(y, c.grad, -1.0);
        }
    }

    /** The elementwise (Hadamard) product. */
    public int mul(int a, int b) {
        return elementwise(Op.MUL, a, b);
    }

    /** dA += dC * B, dB += dC * A, elementwise. */
    private static void mulBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        int n = c.rows * c.cols;
        for (int i = 0; i < n; i++) {
            if (x.needsGrad) {
                x.grad[x.gradOff + i] += c.grad[i] * y.value[y.valueOff + i];
            }
            if (y.needsGrad) {
                y.grad[y.gradOff + i] += c.grad[i] * x.value[x.valueOff + i];
            }
        }
    }

    /** s A for a constant s. */
    public int scale(int a, double s) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        Node c = next(Op.SCALE, aIndex, -1, x.rows, x.cols, true, x.needsGrad);
        c.scalar = s;
        int n = x.rows * x.cols;
        for (int i = 0; i < n; i++) {
            c.value[i] = s * x.value[x.valueOff + i];
        }
        return handle(size - 1);
    }

    private static void scaleBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        addInto(x, c.grad, c.scalar);
    }

    private int elementwise(Op op, int a, int b) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        int bIndex = index(b);
        Node y = nodes[bIndex];
        require(x.rows == y.rows && x.cols == y.cols, op, x, y);
        Node c = next(op, aIndex, bIndex, x.rows, x.cols, true, x.needsGrad || y.needsGrad);
        int n = x.rows * x.cols;
        for (int i = 0; i < n; i++) {
            double u = x.value[x.valueOff + i];
            double v = y.value[y.valueOff + i];
            c.value[i] = op == Op.ADD ? u + v : op == Op.SUB ? u - v : u * v;
        }
        return handle(size - 1);
    }

    // ---- reductions

    /** The sum of all elements, 1 x 1. */
    public int sum(int a) {
        return reduction(Op.SUM, a);
    }

    private static void sumBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        int n = x.rows * x.cols;
        for (int i = 0; i < n; i++) {
            x.grad[x.gradOff + i] += c.grad[0];
        }
    }

    /** The mean of all elements, 1 x 1. */
    public int mean(int a) {
        return reduction(Op.MEAN, a);
    }

    private static void meanBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        int n = x.rows * x.cols;
        double g = c.grad[0] / n;
        for (int i = 0; i < n; i++) {
            x.grad[x.gradOff + i] += g;
        }
    }

    /** The sum of the squared elements, 1 x 1 (an L2 penalty). */
    public int sumOfSquares(int a) {
        return reduction(Op.SUM_OF_SQUARES, a);
    }

    private static void sumOfSquaresBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        int n = x.rows * x.cols;
        for (int i = 0; i < n; i++) {
            x.grad[x.gradOff + i] += 2 * c.grad[0] * x.value[x.valueOff + i];
        }
    }

    private int reduction(Op op, int a) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        Node c = next(op, aIndex, -1, 1, 1, true, x.needsGrad);
        int n = x.rows * x.cols;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double v = x.value[x.valueOff + i];
            s += op == Op.SUM_OF_SQUARES ? v * v : v;
        }
        c.value[0] = op == Op.MEAN ? s / n : s;
        return handle(size - 1);
    }

    // ---- softmax and costs (per row: one row per sample)

    /** softmax of each row. */
    public int softmax(int a) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        Node c = next(Op.SOFTMAX, aIndex, -1, x.rows, x.cols, true, x.needsGrad);
        for (int i = 0; i < x.rows; i++) {
            Rows.softmax(x.value, x.valueOff + i * x.cols, c.value, i * x.cols, x.cols);
        }
        return handle(size - 1);
    }

    /** dx = s * (dy - sum(dy * s)) per row. */
    private static void softmaxBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        for (int i = 0; i < c.rows; i++) {
            int o = i * c.cols;
            double dot = 0;
            for (int j = 0; j < c.cols; j++) {
                dot += c.grad[o + j] * c.value[o + j];
            }
            for (int j = 0; j < c.cols; j++) {
                x.grad[x.gradOff + o + j] += c.value[o + j] * (c.grad[o + j] - dot);
            }
        }
    }

    /** log softmax of each row: x - logsumexp(x), stable for any magnitude. */
    public int logSoftmax(int a) {
        int aIndex = index(a);
        Node x = nodes[aIndex];
        Node c = next(Op.LOG_SOFTMAX, aIndex, -1, x.rows, x.cols, true, x.needsGrad);
        for (int i = 0; i < x.rows; i++) {
            int off = x.valueOff + i * x.cols;
            double lse = Rows.logSumExp(x.value, off, x.cols);
            for (int j = 0; j < x.cols; j++) {
                c.value[i * x.cols + j] = x.value[off + j] - lse;
            }
        }
        return handle(size - 1);
    }

    /** dx = dy - softmax(x) * sum(dy) per row. */
    private static void logSoftmaxBackward(MatrixKernels kernels, Node c, Node x, Node y) {
        for (int i = 0; i < c.rows; i++) {
            int o = i * c.cols;
            double total = 0;
            for (int j = 0; j < c.cols; j++) {
                total += c.grad[o + j];
            }
            for (int j = 0; j < c.cols; j++) {
                x.grad[x.gradOff + o + j] += c.grad[o + j] - Math.exp(c.value[o + j]) * total;
            }
        }
    }

    /**
     * The cross-entropy of sigmoid outputs, computed from the logits z (never from sigmoid(z), which
     * rounds to 0 or 1): the sum over outputs of -[y log a + (1 - y) log(1 - a)], averaged over the
     * rows (samples), as network2's CrossEntropyCost. Its gradient in z is (a - y)/rows.
     */
    public int sigmoidCrossEntropy(int logits, int targets) {
        return cost(Op.SIGMOID_CROSS_ENTROPY, logits, targets);
    }

    /**
     * The softmax log-likelihood cost from the logits: -sum_j y_j log softmax(z)_j averaged over
     * the rows; y is one-hot (or any distribution). Its gradient in z is (softmax(z) - y)/rows.
     */
    public int softmaxCrossEntropy(int logits, int targets) {
        return cost(Op.SOFTMAX_CROSS_ENTROPY, logits, targets);
    }

    /** The quadratic cost 1/2 ||a - y||^2 averaged over the rows, as network2's QuadraticCost. */
    public int quadraticCost(int outputs, int targets) {
        return cost(Op.QUADRATIC, outputs, targets);
    }

    private int cost(Op op, int a, int b) {
        int aIndex = index(a);
        Node z = nodes[aIndex];
        int bIndex = index(b);
        Node y = nodes[bIndex];
        require(z.rows == y.rows && z.cols == y.cols, op, z, y);
        Node c = next(op, aIndex, bIndex, 1, 1, true, z.needsGrad || y.needsGrad);
        double total = 0;
        for (int i = 0; i < z.rows; i++) {
            int zo = z.valueOff + i * z.cols;
            int yo = y.valueOff + i * z.cols;
            if (op == Op.SOFTMAX_CROSS_ENTROPY) {
                double lse = Rows.logSumExp(z.value, zo, z.cols);
                for (int j = 0; j < z.cols; j++) {
                    total += y.value[yo + j] * (lse - z.value[zo + j]);
                }
                continue;
            }
            for (int j = 0; j < z.cols; j++) {
                double u = z.value[zo + j];
                double t = y.value[yo + j];
                total += op == Op.QUADRATIC ? 0.5 * (u - t) * (u - t) : Rows.sigmoidCrossEntropy(u, t);
            }
        }
        c.value[0] = total / z.rows;
        return handle(size - 1);
    }

    /**
     * Every cost's gradient in its first argument is (prediction - target) / rows, scaled by dC;
     * in the targets (rarely wanted, but they may be computed) it is -z, lse - z and -(a - y).
     */
    private static void costBackward(MatrixKernels kernels, Node c, Node z, Node y) {
        double g = c.grad[0] / z.rows;
        for (int i = 0; i < z.rows; i++) {
            int zo = z.valueOff + i * z.cols;
            int yo = y.valueOff + i * z.cols;
            double lse = c.op == Op.SOFTMAX_CROSS_ENTROPY ? Rows.logSumExp(z.value, zo, z.cols) : 0;
            for (int j = 0; j < z.cols; j++) {
                double u = z.value[zo + j];
                double t = y.value[yo + j];
                if (z.needsGrad) {
                    double prediction = switch (c.op) {
                        case SOFTMAX_CROSS_ENTROPY -> Math.exp(u - lse);
                        case SIGMOID_CROSS_ENTROPY -> Rows.sigmoid(u);
                        default -> u;
                    };
                    z.grad[z.gradOff + i * z.cols + j] += g * (prediction - t);
                }
                if (y.needsGrad) {
                    double byTarget = switch (c.op) {
                        case SOFTMAX_CROSS_ENTROPY -> lse - u;
                        case SIGMOID_CROSS_ENTROPY -> -u;
                        default -> -(u - t);
                    };
                    y.grad[y.gradOff + i * z.cols + j] += g * byTarget;
                }
            }
        }
    }

    // ---- reading

    /** A node's value: a view of its buffer, not a copy (for an input or parameter, of the caller's array). */
    public Tensor value(int node) {
        Node n = nodes[index(node)];
        return new Tensor(n.value, n.valueOff, n.rows, n.cols);
    }

    /** A node's number of rows (a batch's samples), without the view that {@link #value} makes. */
    public int rows(int node) {
        return nodes[index(node)].rows;
    }

    /** The value of a 1 x 1 node. */
    public double scalar(int node) {
        Node n = nodes[index(node)];
        return n.value[n.valueOff];
    }

    /**
     * d output / d node after {@link #backward}(output), for a node recorded up to the output (the
     * name and meaning of {@code Tape.adjoint}); zeros for a node that needs no gradient. A
     * parameter's is its caller's gradient array, with what earlier sweeps added.
     */
    public Tensor adjoint(int node) {
        Node n = nodes[index(node)];
        if (!n.needsGrad) {
            return new Tensor(new double[n.rows * n.cols], 0, n.rows, n.cols);
        }
        return new Tensor(n.grad, n.gradOff, n.rows, n.cols);
    }

    // ---- backward

    /**
     * The backward sweep from the 1 x 1 {@code output}, as {@code Tape.backward}: afterwards
     * {@link #adjoint} gives d output / d node for every node recorded up to the output, computed
     * afresh by each sweep. A parameter's gradient is added to its caller's gradient array, which
     * the caller zeroes (an optimizer does once per step: the gradients of several sweeps add up,
     * as PyTorch's {@code .grad} does).
     */
    public void backward(int output) {
        int outputIndex = index(output);
        Node out = nodes[outputIndex];
        if (out.rows != 1 || out.cols != 1) {
            throw new IllegalArgumentException("backward needs a 1 x 1 output, not " + out.rows + " x " + out.cols);
        }
        if (!out.needsGrad) {
            return;
        }
        for (int i = 0; i <= outputIndex; i++) {
            Node n = nodes[i];
            if (n.needsGrad && n.op != Op.PARAMETER) {
                Arrays.fill(n.grad, n.gradOff, n.gradOff + n.rows * n.cols, 0.0);
            }
        }
        out.grad[out.gradOff] += 1.0;
        for (int i = outputIndex; i >= 0; i--) {
            Node n = nodes[i];
            if (n.needsGrad && n.op.backward != null) {
                n.op.backward.step(kernels, n, n.a >= 0 ? nodes[n.a] : null, n.b >= 0 ? nodes[n.b] : null);
            }
        }
    }

    private static void addInto(Node x, double[] g, double s) {
        int n = x.rows * x.cols;
        for (int i = 0; i < n; i++) {
            x.grad[x.gradOff + i] += s * g[i];
        }
    }

    // ---- nodes

    private Node next(Op op, int a, int b, int rows, int cols, boolean ownsValue, boolean needsGrad) {
        if (size == MAX_NODES) {
            throw new IllegalStateException("a tape holds at most " + MAX_NODES + " nodes");
        }
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, (int) Math.min((long) size * 2, MAX_NODES));
        }
        Node n = nodes[size];
        if (n == null) {
            n = new Node();
            nodes[size] = n;
        }
        size++;
        n.op = op;
        n.a = a;
        n.b = b;
        n.f = null;
        n.f2 = null;
        n.rows = rows;
        n.cols = cols;
        n.needsGrad = needsGrad && recording;
        int length = rows * cols;
        if (ownsValue) {
            if (n.ownValue.length < length) {
                n.ownValue = new double[length];
            }
            n.value = n.ownValue;
            n.valueOff = 0;
        }
        if (n.needsGrad) {
            if (n.ownGrad.length < length) {
                n.ownGrad = new double[length];
            } else {
                Arrays.fill(n.ownGrad, 0, length, 0.0);
            }
            n.grad = n.ownGrad;
            n.gradOff = 0;
        }
        return n;
    }

    /** The handle of the node at index: the tape's current tag above the index. */
    private int handle(int index) {
        return (tag << INDEX_BITS) | index;
    }

    /**
     * The index of the node a handle names, after checking that it is one of this tape's live
     * nodes; the one place a handle becomes an index. Only the failure builds a message.
     */
    private int index(int handle) {
        int index = handle & MAX_NODES;
        if (handle >>> INDEX_BITS == tag && index < size) {
            return index;
        }
        throw new IllegalArgumentException(notANode(handle));
    }

    /** Why handle is not a live node of this tape: a number, a node of before a reset, a rewound node or another tape's. */
    private String notANode(int handle) {
        int handleTag = handle >>> INDEX_BITS;
        int index = handle & MAX_NODES;
        if (handleTag == 0 || handleTag > MAX_TAG) {
            return handle + " is not a node of this tape: a number where a node belongs?";
        }
        String node = "node " + handle + " (tag " + handleTag + ", index " + index + ")";
        if (handleTag == tag) {
            return node + " was discarded by rewind(mark): this tape holds " + size + " nodes now";
        }
        // the tag repeats every MAX_TAG generations, so the last MAX_TAG cover every earlier one
        for (long g = Math.max(0, (long) generation - MAX_TAG); g < generation; g++) {
            if (tag(identity, (int) g) == handleTag) {
                return node + " was discarded by reset(): a node lives until the next reset";
            }
        }
        return node + " belongs to another tape";
    }

    /** The tag of a tape's handles in a generation: 1 to 127, never 0, so that small numbers are no handles. */
    private static int tag(int identity, int generation) {
        return 1 + Math.floorMod(identity * 17 + generation, MAX_TAG);
    }

    private static void checkView(double[] data, int offset, int rows, int cols) {
        if (rows <= 0 || cols <= 0 || offset < 0 || (long) offset + (long) rows * cols > data.length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " view from " + offset + " does not fit in "
                    + data.length + " elements");
        }
    }

    /** Checks shapes; the message is built only on failure, so that a step allocates nothing. */
    private static void require(boolean ok, Op op, Node x, Node y) {
        if (!ok) {
            throw new IllegalArgumentException(op.name().toLowerCase(java.util.Locale.ROOT) + ": shapes " + x.rows + " x " + x.cols + " and " + y.rows + " x " + y.cols
                    + " do not fit");
        }
    }
}

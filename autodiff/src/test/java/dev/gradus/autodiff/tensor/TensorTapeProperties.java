package dev.gradus.autodiff.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.Random;
import java.util.function.ToIntBiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every operation's backward against central differences: L = sum(op(P, Q) * W) for random
 * parameters P, Q and fixed random weights W, its gradient in every element of P and Q.
 */
class TensorTapeProperties {
    /** An operation of two parameters of the given shapes (the shapes are chosen to fit it). */
    enum Case {
        MATMUL(3, 4, 4, 2, (t, p) -> t.matmul(p[0], p[1])),
        MATMUL_TRANS_A(4, 3, 4, 2, (t, p) -> t.matmulTransA(p[0], p[1])),
        MATMUL_TRANS_B(3, 4, 2, 4, (t, p) -> t.matmulTransB(p[0], p[1])),
        ADD_ROW(3, 4, 1, 4, (t, p) -> t.addRow(p[0], p[1])),
        ADD(3, 2, 3, 2, (t, p) -> t.add(p[0], p[1])),
        SUB(3, 2, 3, 2, (t, p) -> t.sub(p[0], p[1])),
        MUL(3, 2, 3, 2, (t, p) -> t.mul(p[0], p[1])),
        SCALE(3, 2, 1, 1, (t, p) -> t.scale(p[0], -1.7)),
        TANH(3, 2, 1, 1, (t, p) -> t.apply(UnaryFunction.TANH, p[0])),
        SIGMOID(3, 2, 1, 1, (t, p) -> t.apply(UnaryFunction.SIGMOID, p[0])),
        SOFTPLUS(3, 2, 1, 1, (t, p) -> t.apply(UnaryFunction.SOFTPLUS, p[0])),
        PRELU_PER_ELEMENT(3, 2, 3, 2, (t, p) -> t.apply(BinaryFunction.PRELU, p[0], p[1])),
        PRELU_PER_COLUMN(3, 4, 1, 4, (t, p) -> t.apply(BinaryFunction.PRELU, p[0], p[1])),
        ELU_ONE_ALPHA(3, 2, 1, 1, (t, p) -> t.apply(BinaryFunction.ELU, p[0], p[1])),
        SWISH_PER_COLUMN(2, 3, 1, 3, (t, p) -> t.apply(BinaryFunction.SWISH, p[0], p[1])),
        GROUP_MAX(3, 6, 1, 1, (t, p) -> t.groupMax(p[0], 3)),
        SUM(3, 2, 1, 1, (t, p) -> t.sum(p[0])),
        MEAN(3, 2, 1, 1, (t, p) -> t.mean(p[0])),
        SUM_OF_SQUARES(3, 2, 1, 1, (t, p) -> t.sumOfSquares(p[0])),
        SOFTMAX(3, 4, 1, 1, (t, p) -> t.softmax(p[0])),
        LOG_SOFTMAX(3, 4, 1, 1, (t, p) -> t.logSoftmax(p[0])),
        SIGMOID_CROSS_ENTROPY(3, 4, 3, 4, (t, p) -> t.sigmoidCrossEntropy(p[0], t.apply(UnaryFunction.SIGMOID, p[1]))),
        SOFTMAX_CROSS_ENTROPY(3, 4, 3, 4, (t, p) -> t.softmaxCrossEntropy(p[0], t.softmax(p[1]))),
        QUADRATIC(3, 4, 3, 4, (t, p) -> t.quadraticCost(p[0], p[1]));

        final int r1;
        final int c1;
        final int r2;
        final int c2;
        final ToIntBiFunction<TensorTape, int[]> op;

        Case(int r1, int c1, int r2, int c2, ToIntBiFunction<TensorTape, int[]> op) {
            this.r1 = r1;
            this.c1 = c1;
            this.r2 = r2;
            this.c2 = c2;
            this.op = op;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(Case.class);
    }

    @Property(tries = 400)
    void backwardMatchesCentralDifferences(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        double[] p = gaussian(random, c.r1 * c.c1, 1.5);
        double[] q = gaussian(random, c.r2 * c.c2, 1.5);
        Assume.that(distanceToKink(c, p) > 1e-3);
        double[] gp = new double[p.length];
        double[] gq = new double[q.length];
        TensorTape tape = new TensorTape(new TripleLoops());
        double loss = loss(tape, c, p, gp, q, gq, random.nextLong());
        tape.backward(lastLoss);
        for (double[][] pair : new double[][][] {{p, gp}, {q, gq}}) {
            double[] x = pair[0];
            for (int i = 0; i < x.length; i++) {
                double h = 1e-5 * Math.max(1, Math.abs(x[i]));
                double saved = x[i];
                x[i] = saved + h;
                double up = loss(new TensorTape(new TripleLoops()), c, p, new double[p.length], q, new double[q.length], seedOfWeights);
                x[i] = saved - h;
                double down = loss(new TensorTape(new TripleLoops()), c, p, new double[p.length], q, new double[q.length], seedOfWeights);
                x[i] = saved;
                double numeric = (up - down) / (2 * h);
                assertEquals(numeric, pair[1][i], 1e-6 * Math.max(1, Math.abs(numeric)), c + " element " + i + ", loss " + loss);
            }
        }
    }

    /**
     * How close P is to a point where the operation is not differentiable (prelu and elu at 0, a
     * group maximum at a tie), where central differences straddle two slopes; infinite elsewhere.
     */
    private static double distanceToKink(Case c, double[] p) {
        double d = Double.POSITIVE_INFINITY;
        switch (c) {
            case PRELU_PER_ELEMENT, PRELU_PER_COLUMN, ELU_ONE_ALPHA -> {
                for (double v : p) {
                    d = Math.min(d, Math.abs(v));
                }
            }
            case GROUP_MAX -> {
                for (int g = 0; g < p.length; g += 3) {
                    for (int i = g; i < g + 3; i++) {
                        for (int j = i + 1; j < g + 3; j++) {
                            d = Math.min(d, Math.abs(p[i] - p[j]));
                        }
                    }
                }
            }
            default -> { }
        }
        return d;
    }

    private int lastLoss;
    private long seedOfWeights;

    /** sum(op(P, Q) * W) with W from the seed; records the loss node in lastLoss. */
    private double loss(TensorTape tape, Case c, double[] p, double[] gp, double[] q, double[] gq, long weights) {
        seedOfWeights = weights;
        int[] params = {tape.parameter(p, gp, 0, c.r1, c.c1), tape.parameter(q, gq, 0, c.r2, c.c2)};
        int out = c.op.applyAsInt(tape, params);
        Tensor v = tape.value(out);
        double[] w = gaussian(new Random(weights), v.size(), 1.0);
        lastLoss = tape.sum(tape.mul(out, tape.input(w, 0, v.rows(), v.cols())));
        return tape.scalar(lastLoss);
    }

    private static double[] gaussian(Random random, int n, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = scale * random.nextGaussian();
        }
        return x;
    }

    /** The textbook triple loops: a reference independent of the fast kernels. */
    static final class TripleLoops implements MatrixKernels {
        @Override
        public void mult(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean acc) {
            product(a, aOff, k, b, bOff, c, cOff, m, k, n, acc, false, false);
        }

        @Override
        public void multTransA(double[] a, int aOff, int lda, double[] b, int bOff, double[] c, int cOff, int m, int k, int n,
                               boolean acc) {
            product(a, aOff, lda, b, bOff, c, cOff, m, k, n, acc, true, false);
        }

        @Override
        public void multTransB(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean acc) {
            product(a, aOff, k, b, bOff, c, cOff, m, k, n, acc, false, true);
        }

        @Override
        public void apply(UnaryFunction f, double[] x, int xOff, double[] y, int yOff, int n) {
            for (int i = 0; i < n; i++) {
                y[yOff + i] = f.value(x[xOff + i]);
            }
        }

        /** {@code lda}: the row length of A as stored (k x lda when transposed, m x lda otherwise). */
        private static void product(double[] a, int aOff, int lda, double[] b, int bOff, double[] c, int cOff, int m, int k, int n,
                                    boolean acc, boolean transA, boolean transB) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int l = 0; l < k; l++) {
                        double x = transA ? a[aOff + l * lda + i] : a[aOff + i * lda + l];
                        double y = transB ? b[bOff + j * k + l] : b[bOff + l * n + j];
                        s += x * y;
                    }
                    c[cOff + i * n + j] = acc ? c[cOff + i * n + j] + s : s;
                }
            }
        }
    }
}

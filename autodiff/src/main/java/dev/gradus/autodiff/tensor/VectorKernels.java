package dev.gradus.autodiff.tensor;

import dev.gradus.autodiff.functions.UnaryFunction;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matrix products with the JDK 17 incubator Vector API: fused multiply-adds on the widest
 * vectors the processor has ({@link DoubleVector#SPECIES_PREFERRED}: 4 doubles with AVX2, 8 with
 * AVX-512). This is the only class that refers to {@code jdk.incubator.vector}, and nothing else
 * may: the module is in the JVM only when it was started with {@code --add-modules
 * jdk.incubator.vector}, and {@link MatrixKernels#best()} loads this class by name only then.
 *
 * <p>Each kernel keeps a block of C in eight vector registers while it runs along the shared
 * dimension: C is read and written once per block instead of once per term, each value loaded
 * from A or B serves several accumulators, and eight independent fused multiply-adds are enough
 * to hide their latency on two FMA units.
 *
 * <ul>
 *   <li>{@link #mult} and {@link #multTransA} are one kernel: row i of C is the combination of the
 *       rows of B with the coefficients A(i, p); they differ only in where A(i, p) lies. Blocks of
 *       4 rows x 2 vectors of C; the columns left over take one vector, then one column at a time.
 *   <li>{@link #multTransB} is dot products of rows of A with rows of B, both contiguous: blocks
 *       of 2 rows of A x 4 rows of B, the part of k left over below one vector in scalars.
 * </ul>
 *
 * <p>Where a block does not fit the rows (or, for A B^T, the columns) that are left, its missing
 * rows repeat the last real one: they are computed and not stored. That wastes a little work at
 * the edge instead of needing a separate, slower kernel for every kind of remainder, and every
 * shape down to 1 x 1 goes through the same code.
 *
 * <p>Sums are taken in a different order than a plain loop takes them, so results differ from it
 * by rounding: a few units in the last place of the sum of the absolute values of the terms.
 */
final class VectorKernels implements MatrixKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void mult(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate) {
        combineRowsOfB(a, aOff, k, 1, b, bOff, c, cOff, m, k, n, accumulate);
    }

    @Override
    public void multTransA(double[] a, int aOff, int lda, double[] b, int bOff, double[] c, int cOff, int m, int k, int n,
                           boolean accumulate) {
        combineRowsOfB(a, aOff, 1, lda, b, bOff, c, cOff, m, k, n, accumulate);
    }

    @Override
    public void multTransB(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i += 2) {
            int rows = Math.min(2, m - i);
            int a0 = aOff + i * k;
            int a1 = aOff + (i + rows - 1) * k;
            for (int j = 0; j < n; j += 4) {
                int cols = Math.min(4, n - j);
                int b0 = bOff + j * k;
                int b1 = bOff + Math.min(j + 1, n - 1) * k;
                int b2 = bOff + Math.min(j + 2, n - 1) * k;
                int b3 = bOff + Math.min(j + 3, n - 1) * k;
                dots2x4(a, a0, a1, b, b0, b1, b2, b3, k, c, cOff + i * n + j, n, rows, cols, accumulate);
            }
        }
    }

    /**
     * The sigmoid on whole vectors, in the table's stable form, e = exp(-|x|), then 1/(1+e) for
     * x >= 0 and e/(1+e) below: the Vector API's exponential (an intrinsic on x86) costs a fifth
     * of four calls of Math.exp, and may differ from it in the last bit. Other functions one
     * element at a time.
     */
    @Override
    public void apply(UnaryFunction f, double[] x, int xOff, double[] y, int yOff, int n) {
        int i = f == UnaryFunction.SIGMOID ? sigmoid(x, xOff, y, yOff, n) : 0;
        for (; i < n; i++) {
            y[yOff + i] = f.value(x[xOff + i]);
        }
    }

    /** The sigmoid of the elements that fill whole vectors; returns how many that is. */
    private static int sigmoid(double[] x, int xOff, double[] y, int yOff, int n) {
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        int i = 0;
        for (int end = S.loopBound(n); i < end; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, x, xOff + i);
            DoubleVector e = v.abs().neg().lanewise(VectorOperators.EXP);
            DoubleVector numerator = e.blend(one, v.compare(VectorOperators.GE, 0.0));
            numerator.div(e.add(1.0)).intoArray(y, yOff + i);
        }
        return i;
    }

    @Override
    public String toString() {
        return "vector (" + L + " doubles)";
    }

    /**
     * C(i, :) = sum over p of A(i, p) B(p, :), where A(i, p) is {@code a[aOff + i * rowStep + p * colStep]}:
     * (k, 1) for A stored m x k, (1, m) for A stored k x m (that is, for A^T).
     */
    private static void combineRowsOfB(double[] a, int aOff, int rowStep, int colStep, double[] b, int bOff,
                                       double[] c, int cOff, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i += 4) {
            int rows = Math.min(4, m - i);
            int a0 = aOff + i * rowStep;
            int a1 = aOff + Math.min(i + 1, m - 1) * rowStep;
            int a2 = aOff + Math.min(i + 2, m - 1) * rowStep;
            int a3 = aOff + Math.min(i + 3, m - 1) * rowStep;
            int c0 = cOff + i * n;
            int j = 0;
            for (; j + 2 * L <= n; j += 2 * L) {
                combine4x2(a, a0, a1, a2, a3, colStep, b, bOff + j, n, k, c, c0 + j, rows, accumulate);
            }
            if (j + L <= n) {
                combine4x1(a, a0, a1, a2, a3, colStep, b, bOff + j, n, k, c, c0 + j, rows, accumulate);
                j += L;
            }
            for (; j < n; j++) {
                combine4Scalar(a, a0, a1, a2, a3, colStep, b, bOff + j, n, k, c, c0 + j, rows, accumulate);
            }
        }
    }

    /**
     * Rows a0..a3 of A times the 2 vectors of columns of B from b0, into C from c0 (row stride n):
     * the first {@code rows} rows are stored.
     */
    private static void combine4x2(double[] a, int a0, int a1, int a2, int a3, int colStep, double[] b, int b0, int n,
                                   int k, double[] c, int c0, int rows, boolean accumulate) {
        DoubleVector s00 = DoubleVector.zero(S), s01 = s00, s10 = s00, s11 = s00;
        DoubleVector s20 = s00, s21 = s00, s30 = s00, s31 = s00;
        for (int p = 0; p < k; p++) {
            int bp = b0 + p * n;
            int ap = p * colStep;
            DoubleVector y0 = DoubleVector.fromArray(S, b, bp);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bp + L);
            DoubleVector x = DoubleVector.broadcast(S, a[a0 + ap]);
            s00 = y0.fma(x, s00);
            s01 = y1.fma(x, s01);
            x = DoubleVector.broadcast(S, a[a1 + ap]);
            s10 = y0.fma(x, s10);
            s11 = y1.fma(x, s11);
            x = DoubleVector.broadcast(S, a[a2 + ap]);
            s20 = y0.fma(x, s20);
            s21 = y1.fma(x, s21);
            x = DoubleVector.broadcast(S, a[a3 + ap]);
            s30 = y0.fma(x, s30);
            s31 = y1.fma(x, s31);
        }
        put(c, c0, s00, accumulate);
        put(c, c0 + L, s01, accumulate);
        if (rows > 1) {
            put(c, c0 + n, s10, accumulate);
            put(c, c0 + n + L, s11, accumulate);
        }
        if (rows > 2) {
            put(c, c0 + 2 * n, s20, accumulate);
            put(c, c0 + 2 * n + L, s21, accumulate);
        }
        if (rows > 3) {
            put(c, c0 + 3 * n, s30, accumulate);
            put(c, c0 + 3 * n + L, s31, accumulate);
        }
    }

    /** As {@link #combine4x2} for one vector of columns. */
    private static void combine4x1(double[] a, int a0, int a1, int a2, int a3, int colStep, double[] b, int b0, int n,
                                   int k, double[] c, int c0, int rows, boolean accumulate) {
        DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        for (int p = 0; p < k; p++) {
            int ap = p * colStep;
            DoubleVector y = DoubleVector.fromArray(S, b, b0 + p * n);
            s0 = y.fma(DoubleVector.broadcast(S, a[a0 + ap]), s0);
            s1 = y.fma(DoubleVector.broadcast(S, a[a1 + ap]), s1);
            s2 = y.fma(DoubleVector.broadcast(S, a[a2 + ap]), s2);
            s3 = y.fma(DoubleVector.broadcast(S, a[a3 + ap]), s3);
        }
        put(c, c0, s0, accumulate);
        if (rows > 1) {
            put(c, c0 + n, s1, accumulate);
        }
        if (rows > 2) {
            put(c, c0 + 2 * n, s2, accumulate);
        }
        if (rows > 3) {
            put(c, c0 + 3 * n, s3, accumulate);
        }
    }

    /** As {@link #combine4x2} for the single column of B at b0. */
    private static void combine4Scalar(double[] a, int a0, int a1, int a2, int a3, int colStep, double[] b, int b0, int n,
                                       int k, double[] c, int c0, int rows, boolean accumulate) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int p = 0; p < k; p++) {
            int ap = p * colStep;
            double y = b[b0 + p * n];
            s0 += a[a0 + ap] * y;
            s1 += a[a1 + ap] * y;
            s2 += a[a2 + ap] * y;
            s3 += a[a3 + ap] * y;
        }
        put(c, c0, s0, accumulate);
        if (rows > 1) {
            put(c, c0 + n, s1, accumulate);
        }
        if (rows > 2) {
            put(c, c0 + 2 * n, s2, accumulate);
        }
        if (rows > 3) {
            put(c, c0 + 3 * n, s3, accumulate);
        }
    }

    /**
     * The dot products of rows a0, a1 of A with rows b0..b3 of B (k elements each), into the first
     * {@code rows} x {@code cols} places of C from c0 (row stride n).
     */
    private static void dots2x4(double[] a, int a0, int a1, double[] b, int b0, int b1, int b2, int b3, int k,
                                double[] c, int c0, int n, int rows, int cols, boolean accumulate) {
        DoubleVector s00 = DoubleVector.zero(S), s01 = s00, s02 = s00, s03 = s00;
        DoubleVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
        int p = 0;
        for (int end = S.loopBound(k); p < end; p += L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, a0 + p);
            DoubleVector x1 = DoubleVector.fromArray(S, a, a1 + p);
            DoubleVector y = DoubleVector.fromArray(S, b, b0 + p);
            s00 = x0.fma(y, s00);
            s10 = x1.fma(y, s10);
            y = DoubleVector.fromArray(S, b, b1 + p);
            s01 = x0.fma(y, s01);
            s11 = x1.fma(y, s11);
            y = DoubleVector.fromArray(S, b, b2 + p);
            s02 = x0.fma(y, s02);
            s12 = x1.fma(y, s12);
            y = DoubleVector.fromArray(S, b, b3 + p);
            s03 = x0.fma(y, s03);
            s13 = x1.fma(y, s13);
        }
        double r00 = sum(s00), r01 = sum(s01), r02 = sum(s02), r03 = sum(s03);
        double r10 = sum(s10), r11 = sum(s11), r12 = sum(s12), r13 = sum(s13);
        for (; p < k; p++) {
            double x0 = a[a0 + p], x1 = a[a1 + p];
            double y0 = b[b0 + p], y1 = b[b1 + p], y2 = b[b2 + p], y3 = b[b3 + p];
            r00 += x0 * y0;
            r01 += x0 * y1;
            r02 += x0 * y2;
            r03 += x0 * y3;
            r10 += x1 * y0;
            r11 += x1 * y1;
            r12 += x1 * y2;
            r13 += x1 * y3;
        }
        putRow(c, c0, cols, accumulate, r00, r01, r02, r03);
        if (rows > 1) {
            putRow(c, c0 + n, cols, accumulate, r10, r11, r12, r13);
        }
    }

    private static double sum(DoubleVector v) {
        return v.reduceLanes(VectorOperators.ADD);
    }

    /**
     * Stores v, or adds it, at c[off]. Two separate stores rather than one store of {@code
     * accumulate ? v.add(...) : v}: a vector chosen between two is a merge that C2 (JDK 17) could
     * not always keep in registers, and then boxed every vector of the block, every call (measured:
     * 720 bytes per block once the kernels had seen several shapes).
     */
    private static void put(double[] c, int off, DoubleVector v, boolean accumulate) {
        if (accumulate) {
            v.add(DoubleVector.fromArray(S, c, off)).intoArray(c, off);
        } else {
            v.intoArray(c, off);
        }
    }

    /** The first {@code cols} of v0..v3 into c from off. */
    private static void putRow(double[] c, int off, int cols, boolean accumulate, double v0, double v1, double v2, double v3) {
        put(c, off, v0, accumulate);
        if (cols > 1) {
            put(c, off + 1, v1, accumulate);
        }
        if (cols > 2) {
            put(c, off + 2, v2, accumulate);
        }
        if (cols > 3) {
            put(c, off + 3, v3, accumulate);
        }
    }

    private static void put(double[] c, int off, double v, boolean accumulate) {
        c[off] = accumulate ? c[off] + v : v;
    }
}

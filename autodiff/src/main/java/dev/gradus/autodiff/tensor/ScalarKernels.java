package dev.gradus.autodiff.tensor;

import dev.gradus.autodiff.functions.UnaryFunction;

/**
 * The matrix products in plain Java: what {@link MatrixKernels#best()} returns in a JVM started
 * without the Vector API. They follow {@code VectorKernels} with a scalar in place of each
 * vector, because the obvious loops are slow: {@code c[j] += x * b[j]} ran at scalar speed here
 * (about 2 GFLOP/s), and the JIT compiler never vectorises a floating-point sum (that would change
 * its rounding), so the speed has to come from blocking. On the largest A^T B of a [784,30,10]
 * network, (30 x 100)(100 x 784), blocks of 4 x 4 sums in registers took half the time of the
 * loop order p-i-j that a row-at-a-time update suggests (bench/README.md).
 *
 * <ul>
 *   <li>{@link #mult} and {@link #multTransA}: blocks of 4 rows x 4 columns of C, sixteen running
 *       sums, each loaded element of A and of B used four times;
 *   <li>{@link #multTransB}: dot products in blocks of 2 rows of A x 4 rows of B.
 * </ul>
 *
 * <p>Missing rows and columns of a block at the edges repeat the last real one and are not stored,
 * as in {@code VectorKernels}.
 */
final class ScalarKernels implements MatrixKernels {

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
    public void apply(UnaryFunction f, double[] x, int xOff, double[] y, int yOff, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] = f.value(x[xOff + i]);
        }
    }

    @Override
    public void multTransB(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate) {
        for (int i = 0; i < m; i += 2) {
            int rows = Math.min(2, m - i);
            int a0 = aOff + i * k;
            int a1 = aOff + (i + rows - 1) * k;
            for (int j = 0; j < n; j += 4) {
                int b0 = bOff + j * k;
                int b1 = bOff + Math.min(j + 1, n - 1) * k;
                int b2 = bOff + Math.min(j + 2, n - 1) * k;
                int b3 = bOff + Math.min(j + 3, n - 1) * k;
                dots2x4(a, a0, a1, b, b0, b1, b2, b3, k, c, cOff + i * n + j, n, rows, Math.min(4, n - j), accumulate);
            }
        }
    }

    @Override
    public String toString() {
        return "scalar";
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
            for (int j = 0; j < n; j += 4) {
                int cols = Math.min(4, n - j);
                combine4x4(a, a0, a1, a2, a3, colStep, b, bOff + j, n, k, c, cOff + i * n + j, rows, cols, accumulate);
            }
        }
    }

    /**
     * Rows a0..a3 of A times columns b0 .. b0+3 of B into C from c0 (row stride n): the first
     * {@code rows} x {@code cols} are stored, and columns past the last are not read.
     */
    private static void combine4x4(double[] a, int a0, int a1, int a2, int a3, int colStep, double[] b, int b0, int n,
                                   int k, double[] c, int c0, int rows, int cols, boolean accumulate) {
        int d1 = Math.min(1, cols - 1), d2 = Math.min(2, cols - 1), d3 = Math.min(3, cols - 1);
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int p = 0; p < k; p++) {
            int bp = b0 + p * n;
            int ap = p * colStep;
            double y0 = b[bp], y1 = b[bp + d1], y2 = b[bp + d2], y3 = b[bp + d3];
            double x = a[a0 + ap];
            s00 += x * y0;
            s01 += x * y1;
            s02 += x * y2;
            s03 += x * y3;
            x = a[a1 + ap];
            s10 += x * y0;
            s11 += x * y1;
            s12 += x * y2;
            s13 += x * y3;
            x = a[a2 + ap];
            s20 += x * y0;
            s21 += x * y1;
            s22 += x * y2;
            s23 += x * y3;
            x = a[a3 + ap];
            s30 += x * y0;
            s31 += x * y1;
            s32 += x * y2;
            s33 += x * y3;
        }
        putRow(c, c0, cols, accumulate, s00, s01, s02, s03);
        if (rows > 1) {
            putRow(c, c0 + n, cols, accumulate, s10, s11, s12, s13);
        }
        if (rows > 2) {
            putRow(c, c0 + 2 * n, cols, accumulate, s20, s21, s22, s23);
        }
        if (rows > 3) {
            putRow(c, c0 + 3 * n, cols, accumulate, s30, s31, s32, s33);
        }
    }

    /**
     * The dot products of rows a0, a1 of A with rows b0..b3 of B (k elements each), into the first
     * {@code rows} x {@code cols} places of C from c0 (row stride n).
     */
    private static void dots2x4(double[] a, int a0, int a1, double[] b, int b0, int b1, int b2, int b3, int k,
                                double[] c, int c0, int n, int rows, int cols, boolean accumulate) {
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        for (int p = 0; p < k; p++) {
            double x0 = a[a0 + p], x1 = a[a1 + p];
            double y0 = b[b0 + p], y1 = b[b1 + p], y2 = b[b2 + p], y3 = b[b3 + p];
            s00 += x0 * y0;
            s01 += x0 * y1;
            s02 += x0 * y2;
            s03 += x0 * y3;
            s10 += x1 * y0;
            s11 += x1 * y1;
            s12 += x1 * y2;
            s13 += x1 * y3;
        }
        putRow(c, c0, cols, accumulate, s00, s01, s02, s03);
        if (rows > 1) {
            putRow(c, c0 + n, cols, accumulate, s10, s11, s12, s13);
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

package dev.gradus.autodiff.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One call of a {@link MatrixKernels} product: the operands at their offsets inside larger arrays,
 * C's prior content, and the naive triple loop that says what the call must leave in C.
 */
record ProductCase(Form form, int m, int k, int n, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                   boolean accumulate) {

    /** Tolerance relative to the sum of the absolute values of what is added into an element. */
    static final double RELATIVE = 1e-12;

    /** The three products, each with where A(i, p) and B(p, j) lie. */
    enum Form {
        AB, ATB, ABT;

        double a(double[] a, int aOff, int m, int k, int i, int p) {
            return this == ATB ? a[aOff + p * m + i] : a[aOff + i * k + p];
        }

        double b(double[] b, int bOff, int k, int n, int p, int j) {
            return this == ABT ? b[bOff + j * k + p] : b[bOff + p * n + j];
        }
    }

    /**
     * Random operands in [-1, 1] with {@code pad} random elements before and after each matrix
     * (the offsets are {@code pad}), and a random C to accumulate onto or overwrite.
     */
    static ProductCase random(Form form, int m, int k, int n, int pad, boolean accumulate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new ProductCase(form, m, k, n, uniform(random, m * k + 2 * pad), pad, uniform(random, k * n + 2 * pad), pad,
                uniform(random, m * n + 2 * pad), pad, accumulate);
    }

    private static double[] uniform(SplittableRandom random, int size) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextDouble(-1, 1);
        }
        return x;
    }

    /**
     * Runs the product with these kernels on a copy of C and checks every element of the block
     * against the naive loop, and that nothing outside the block changed. A and B must be unchanged.
     */
    void check(MatrixKernels kernels) {
        double[] aBefore = a.clone();
        double[] bBefore = b.clone();
        double[] actual = c.clone();
        switch (form) {
            case AB -> kernels.mult(a, aOff, b, bOff, actual, cOff, m, k, n, accumulate);
            case ATB -> kernels.multTransA(a, aOff, b, bOff, actual, cOff, m, k, n, accumulate);
            case ABT -> kernels.multTransB(a, aOff, b, bOff, actual, cOff, m, k, n, accumulate);
        }
        for (int index = 0; index < c.length; index++) {
            int inBlock = index - cOff;
            if (inBlock < 0 || inBlock >= m * n) {
                assertEquals(c[index], actual[index], this + ": C changed outside the block at " + index);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double prior = accumulate ? c[cOff + i * n + j] : 0;
                double sum = prior;
                double scale = Math.abs(prior);
                for (int p = 0; p < k; p++) {
                    double term = form.a(a, aOff, m, k, i, p) * form.b(b, bOff, k, n, p, j);
                    sum += term;
                    scale += Math.abs(term);
                }
                double got = actual[cOff + i * n + j];
                if (!(Math.abs(got - sum) <= RELATIVE * scale)) {
                    fail(this + ": C(" + i + ", " + j + ") = " + got + ", the naive loop gives " + sum);
                }
            }
        }
        assertTrue(Arrays.equals(aBefore, a) && Arrays.equals(bBefore, b), this + ": A or B changed");
    }

    @Override
    public String toString() {
        return form + " " + m + "x" + k + "x" + n + " offsets " + aOff + "/" + bOff + "/" + cOff
                + (accumulate ? " accumulate" : " overwrite");
    }
}

package dev.gradus.autodiff.tensor;

import dev.gradus.autodiff.functions.UnaryFunction;

/**
 * Other kernels with each large product shared between the calling thread and {@link
 * HelperCore}, band by band of rows of C ({@link SplitProduct}): the two dominant products of a
 * training step at mini-batch 100 (X W1^T and δ1^T X for a [784, 30, 10] network) then take a
 * little over half their time. Results are exactly those of the underlying kernels.
 *
 * <p>Products below {@value #SPLIT_FLOPS} floating-point operations are not shared: the hand-over
 * and the helper reading operands from the other core's cache cost a few microseconds, more than
 * half of a small product. The two large products of a [784, 30, 10] step are shared from
 * mini-batch 10 on (470,000 operations each there). When the helper is busy with another
 * caller's product, the whole product is computed on the calling thread.
 */
final class TwoCoreKernels implements MatrixKernels {
    static final long SPLIT_FLOPS = 400_000;
    /** Rows of C that the kernels compute together: 4 for A B and A^T B, 2 for A B^T. */
    private static final int COMBINE_ROWS = 4;
    private static final int DOT_ROWS = 2;

    private final MatrixKernels kernels;
    private final HelperCore helper;
    private final SplitProduct product = new SplitProduct();

    TwoCoreKernels(MatrixKernels kernels, HelperCore helper) {
        this.kernels = kernels;
        this.helper = helper;
    }

    @Override
    public void mult(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate) {
        if (worthSharing(m, k, n) && helper.tryTake()) {
            share(SplitProduct.Form.MULT, a, aOff, b, bOff, c, cOff, m, k, n, accumulate, COMBINE_ROWS);
        } else {
            kernels.mult(a, aOff, b, bOff, c, cOff, m, k, n, accumulate);
        }
    }

    @Override
    public void multTransA(double[] a, int aOff, int lda, double[] b, int bOff, double[] c, int cOff, int m, int k, int n,
                           boolean accumulate) {
        if (lda == m && worthSharing(m, k, n) && helper.tryTake()) {
            share(SplitProduct.Form.TRANS_A, a, aOff, b, bOff, c, cOff, m, k, n, accumulate, COMBINE_ROWS);
        } else {
            kernels.multTransA(a, aOff, lda, b, bOff, c, cOff, m, k, n, accumulate);
        }
    }

    @Override
    public void multTransB(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate) {
        if (worthSharing(m, k, n) && helper.tryTake()) {
            share(SplitProduct.Form.TRANS_B, a, aOff, b, bOff, c, cOff, m, k, n, accumulate, DOT_ROWS);
        } else {
            kernels.multTransB(a, aOff, b, bOff, c, cOff, m, k, n, accumulate);
        }
    }

    @Override
    public void apply(UnaryFunction f, double[] x, int xOff, double[] y, int yOff, int n) {
        kernels.apply(f, x, xOff, y, yOff, n);
    }

    /** Called with the helper taken; {@link HelperCore#compute} releases it. */
    private void share(SplitProduct.Form form, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                       int m, int k, int n, boolean accumulate, int rowBlock) {
        product.set(kernels, form, a, aOff, b, bOff, c, cOff, m, k, n, accumulate, rowBlock);
        helper.compute(product);
    }

    private static boolean worthSharing(int m, int k, int n) {
        return m > 1 && 2L * m * k * n >= SPLIT_FLOPS;
    }

    @Override
    public String toString() {
        return kernels + " on 2 cores";
    }
}

package dev.gradus.autodiff.tensor;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One matrix product cut into bands of rows of C, which the calling thread and {@link HelperCore}
 * take in turn until none is left. Each band is an ordinary product of the underlying kernels on
 * other offsets, and every element of C is the same sum as in one piece: which thread computes a
 * band changes nothing in the result, so training stays deterministic. Taking bands in turn
 * rather than one half each keeps both cores busy when one of them is slowed down (by the JIT,
 * the collector or another program). The object is reused for every product, so a split
 * allocates nothing.
 */
final class SplitProduct {
    enum Form { MULT, TRANS_A, TRANS_B }

    /** Bands per product: enough to even out two threads, few enough that each is a real product. */
    private static final int BANDS = 16;

    private final AtomicInteger nextBand = new AtomicInteger();
    private MatrixKernels kernels;
    private Form form;
    private double[] a;
    private int aOff;
    private double[] b;
    private int bOff;
    private double[] c;
    private int cOff;
    private int m;
    private int k;
    private int n;
    private boolean accumulate;
    private int bandRows;
    private int bands;

    /**
     * Describes the next product; {@code rowBlock} is the number of rows of C the kernels compute
     * together (bands are whole blocks, so splitting adds no edge work). For A^T B, A's row length
     * is m.
     */
    void set(MatrixKernels kernels, Form form, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
             int m, int k, int n, boolean accumulate, int rowBlock) {
        this.kernels = kernels;
        this.form = form;
        this.a = a;
        this.aOff = aOff;
        this.b = b;
        this.bOff = bOff;
        this.c = c;
        this.cOff = cOff;
        this.m = m;
        this.k = k;
        this.n = n;
        this.accumulate = accumulate;
        int blocks = (m + rowBlock - 1) / rowBlock;
        bandRows = rowBlock * ((blocks + BANDS - 1) / BANDS);
        bands = (m + bandRows - 1) / bandRows;
        nextBand.set(0);
    }

    /** Computes bands until none is left; called by both threads at once. */
    void computeBands() {
        for (int band = nextBand.getAndIncrement(); band < bands; band = nextBand.getAndIncrement()) {
            int i0 = band * bandRows;
            int rows = Math.min(bandRows, m - i0);
            switch (form) {
                case MULT:
                    kernels.mult(a, aOff + i0 * k, b, bOff, c, cOff + i0 * n, rows, k, n, accumulate);
                    break;
                case TRANS_B:
                    kernels.multTransB(a, aOff + i0 * k, b, bOff, c, cOff + i0 * n, rows, k, n, accumulate);
                    break;
                default:
                    kernels.multTransA(a, aOff + i0, m, b, bOff, c, cOff + i0 * n, rows, k, n, accumulate);
            }
        }
    }

    /** Drops the operands so that a finished product keeps no arrays alive. */
    void clear() {
        a = null;
        b = null;
        c = null;
    }
}

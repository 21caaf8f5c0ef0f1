package dev.gradus.autodiff.tensor;

import dev.gradus.autodiff.functions.UnaryFunction;

/**
 * Dense matrix products on row-major {@code double[]} storage, each operand given as an array and
 * the offset of its first element, so that no operand is ever copied. C is m x n in every form;
 * with {@code accumulate} the product is added to C, otherwise C is overwritten.
 *
 * <ul>
 *   <li>{@link #mult}: C = A B, A m x k, B k x n;
 *   <li>{@link #multTransA}: C = A^T B, A k x m, B k x n;
 *   <li>{@link #multTransB}: C = A B^T, A m x k, B n x k.
 * </ul>
 *
 * One elementwise kernel rides along, {@link #apply}: a function of the table on every element,
 * which kernels may compute on whole vectors (network2's sigmoid, whose exponential took as long
 * as a small product when computed one element at a time).
 *
 * <p>A^T B also takes A's row length on its own ({@code lda}), so that the product can be cut into
 * bands of rows of C, each from a band of columns of A: {@link TwoCoreKernels} does that.
 */
public interface MatrixKernels {
    /**
     * The fastest kernels this JVM can run: the Vector API ones when the JVM was started with
     * {@code --add-modules jdk.incubator.vector} (the gradus launcher, the build's tests and
     * benchmarks do that), else the plain Java ones, which take three to four times as long for
     * the products of a small network (bench/README.md has the figures). The system property
     * {@code gradus.kernels} set to {@code scalar} or {@code vector} forces one; it is read on
     * every call. Both kinds are stateless and safe to share between threads.
     *
     * @throws IllegalStateException when {@code vector} is forced but the module is absent
     * @throws IllegalArgumentException when the property has another value
     */
    static MatrixKernels best() {
        return KernelSelection.best();
    }

    /** C = A B (or C += A B), A m x k, B k x n. */
    void mult(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate);

    /** C = A^T B (or C += A^T B), A k x m, B k x n. */
    default void multTransA(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate) {
        multTransA(a, aOff, m, b, bOff, c, cOff, m, k, n, accumulate);
    }

    /** C = A^T B for the m columns of A from aOff, whose rows are {@code lda >= m} elements apart. */
    void multTransA(double[] a, int aOff, int lda, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate);

    /** C = A B^T (or C += A B^T), A m x k, B n x k. */
    void multTransB(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int m, int k, int n, boolean accumulate);

    /** y[yOff + i] = f(x[xOff + i]) for i &lt; n, as f computes it up to the rounding of its exponentials. */
    void apply(UnaryFunction f, double[] x, int xOff, double[] y, int yOff, int n);
}

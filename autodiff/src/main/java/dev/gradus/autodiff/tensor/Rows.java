package dev.gradus.autodiff.tensor;

import dev.gradus.autodiff.functions.UnaryFunction;

/** Row-wise numerics shared by the tape's softmax and cost operations, written to be stable. */
final class Rows {
    private Rows() {}

    /** log(sum(exp(x))) over one row, shifted by the row's maximum so that nothing overflows. */
    static double logSumExp(double[] x, int off, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, x[off + j]);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += Math.exp(x[off + j] - max);
        }
        return max + Math.log(sum);
    }

    /** softmax of one row into out. */
    static void softmax(double[] x, int xOff, double[] out, int outOff, int n) {
        double lse = logSumExp(x, xOff, n);
        for (int j = 0; j < n; j++) {
            out[outOff + j] = Math.exp(x[xOff + j] - lse);
        }
    }

    /** -[y log sigmoid(z) + (1 - y) log(1 - sigmoid(z))] = softplus(z) - y z, without log(0). */
    static double sigmoidCrossEntropy(double z, double y) {
        return UnaryFunction.SOFTPLUS.value(z) - y * z;
    }

    static double sigmoid(double z) {
        return UnaryFunction.SIGMOID.value(z);
    }
}

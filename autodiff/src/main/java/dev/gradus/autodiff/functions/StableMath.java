package dev.gradus.autodiff.functions;

/**
 * Numerically stable building blocks shared by several table entries.
 *
 * <p>Each formula is arranged so that no intermediate overflows or cancels where the true result
 * is representable: the logistic function and its derivative are written in terms of
 * {@code exp(-|x|)}, which is always in (0, 1].
 *
 * <p>On JDK 17, {@code Math.tanh}, {@code Math.expm1} and {@code Math.log1p} are native calls into
 * fdlibm costing 20-35 ns each, against about 7 ns for the {@code exp} and {@code log} intrinsics.
 * The versions here are built on the intrinsics and stay within a few ulps of the JDK's (tested).
 */
final class StableMath {
    private StableMath() {}

    /** The logistic sigmoid 1/(1+e^-x), exact to rounding for every x (0 and 1 in the limits). */
    static double sigmoid(double x) {
        double e = Math.exp(-Math.abs(x));
        return x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    /**
     * sigmoid'(x) = sigmoid(x) sigmoid(-x), given y = sigmoid(x). The textbook y(1-y) is accurate
     * while 1 - y is not tiny: y carries a rounding error of eps/2, so 1 - y is good to
     * eps / (2 (1 - y)), under 1e-14 for x < 4. Beyond, y rounds towards 1 and the form loses all
     * digits (at x = 40 it gives exactly 0), so there we use e/(1+e)^2 with e = exp(-x).
     */
    static double sigmoidDerivative(double x, double y) {
        if (x < 4) {
            return y * (1.0 - y);
        }
        double e = Math.exp(-x);
        double r = 1.0 / (1.0 + e);
        return e * r * r;
    }

    /**
     * sigmoid''(x) = sigmoid'(x) (1 - 2 sigmoid(x)), given y = sigmoid(x). The factor 1 - 2y
     * cancels near 0, where y is close to 1/2; it equals -tanh(x/2), which does not.
     */
    static double sigmoidSecondDerivative(double x, double y) {
        return -sigmoidDerivative(x, y) * tanh(0.5 * x);
    }

    /** softplus(x) = log(1+e^x) = max(x,0) + log1p(e^-|x|): no overflow at +800, no log(0) at -800. */
    static double softplus(double x) {
        return Math.max(x, 0.0) + log1p(Math.exp(-Math.abs(x)));
    }

    /**
     * e^x - 1. Near 0, Kahan's trick: with u = exp(x) rounded, (u - 1) x / log(u) cancels the
     * rounding of u (Higham, Accuracy and Stability of Numerical Algorithms, 2002, sec. 1.14.1).
     */
    static double expm1(double x) {
        double u = Math.exp(x);
        if (Math.abs(x) >= 0.5 || Double.isNaN(x)) {
            return u - 1.0; // u is at least 0.65 away from 1: nothing cancels
        }
        if (u == 1.0) {
            return x;
        }
        return (u - 1.0) * x / Math.log(u);
    }

    /** log(1 + x), for x >= -1. Near 0, Kahan's trick: log(u) x / (u - 1) with u = 1 + x rounded. */
    static double log1p(double x) {
        double u = 1.0 + x;
        if (Math.abs(x) >= 0.5 || Double.isNaN(x)) {
            return Math.log(u); // for x in [-1, -0.5] the sum is exact; above 0.5 the log is not small
        }
        if (u == 1.0) {
            return x;
        }
        return Math.log(u) * x / (u - 1.0);
    }

    /**
     * tanh(x). For |x| >= 0.55, 1 - 2/(e^2|x| + 1), which has no cancellation because the
     * subtracted term is below 1/2; closer to 0, expm1(2|x|) / (expm1(2|x|) + 2).
     */
    static double tanh(double x) {
        double ax = Math.abs(x);
        double t;
        if (ax > 22) {
            t = 1.0; // 1 - tanh(22) = 1.6e-19 is below half an ulp of 1
        } else if (ax >= 0.55) {
            t = 1.0 - 2.0 / (Math.exp(2 * ax) + 1.0);
        } else {
            double em = expm1(2 * ax);
            t = em / (em + 2.0);
        }
        return Math.copySign(t, x);
    }

    /**
     * tanh'(x) = 1 - tanh(x)^2, given y = tanh(x). The textbook form errs by about
     * eps y^2 / (1 - y^2), under 1e-14 for |x| < 2.5; further out y rounds towards +-1 and
     * 1 - y^2 cancels, so there we use 4e/(1+e)^2 with e = exp(-2|x|).
     */
    static double tanhDerivative(double x, double y) {
        if (Math.abs(x) < 2.5) {
            return 1.0 - y * y;
        }
        double e = Math.exp(-2.0 * Math.abs(x));
        double r = 1.0 / (1.0 + e);
        return 4.0 * e * r * r;
    }

    /** log(e^a + e^b) without overflow: max + log1p(e^-|a-b|). */
    static double logAddExp(double a, double b) {
        double max = Math.max(a, b);
        if (Double.isInfinite(max)) {
            return max; // both -inf, or one +inf: the difference below would be NaN
        }
        return max + log1p(Math.exp(-Math.abs(a - b)));
    }
}

package dev.gradus.autodiff.functions;

/**
 * Numerically stable building blocks shared by several table entries.
 *
 * <p>Each formula is arranged so that no intermediate overflows or cancels where the true result
 * is representable: the logistic function and its derivative are written in terms of
 * {@code exp(-|x|)}, which is always in (0, 1].
 */
final class StableMath {
    private StableMath() {}

    /** The logistic sigmoid 1/(1+e^-x), exact to rounding for every x (0 and 1 in the limits). */
    static double sigmoid(double x) {
        double e = Math.exp(-Math.abs(x));
        return x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    /**
     * sigmoid'(x) = sigmoid(x) sigmoid(-x) = e/(1+e)^2 with e = exp(-|x|). The textbook form
     * y(1-y) loses all digits once y rounds to 1 (x above about 37); this one does not.
     */
    static double sigmoidDerivative(double x) {
        double e = Math.exp(-Math.abs(x));
        double r = 1.0 / (1.0 + e);
        return e * r * r;
    }

    /** softplus(x) = log(1+e^x) = max(x,0) + log1p(e^-|x|): no overflow at +800, no log(0) at -800. */
    static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /**
     * tanh'(x) = 1 - tanh(x)^2, given y = tanh(x). Near |x| = 0 the textbook form is exact; further
     * out y rounds towards +-1 and 1 - y^2 cancels, so there we use 4e/(1+e)^2 with e = exp(-2|x|).
     */
    static double tanhDerivative(double x, double y) {
        if (Math.abs(x) < 0.5) {
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
        return max + Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}

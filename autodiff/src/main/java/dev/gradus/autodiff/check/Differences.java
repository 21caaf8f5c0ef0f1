package dev.gradus.autodiff.check;

import java.util.function.DoubleUnaryOperator;

/**
 * Samples of a function along one coordinate at x, x +- h, x +- h/2 and x +- h/4, and what can be
 * read off them: central differences, their Richardson extrapolation, the one-sided slopes, and
 * whether the function behaves like a smooth one on this scale.
 */
final class Differences {
    private static final double EPS = Math.ulp(1.0);

    final double h;
    final double f0;
    /** f(x + h/2^k) and f(x - h/2^k) for k = 0, 1, 2. */
    private final double[] plus = new double[3];
    private final double[] minus = new double[3];

    private Differences(DoubleUnaryOperator g, double x, double h, double f0) {
        // Steps are rounded so that x +- step is exact: the effective step is then exactly the
        // one divided by, which removes one source of error.
        this.h = (x + h) - x;
        this.f0 = f0;
        for (int k = 0; k < 3; k++) {
            double s = step(k);
            plus[k] = g.applyAsDouble(x + s);
            minus[k] = g.applyAsDouble(x - s);
        }
    }

    /** Samples g around x with step h; f0 = g(x) is passed in because the caller has it. */
    static Differences sample(DoubleUnaryOperator g, double x, double h, double f0) {
        return new Differences(g, x, h, f0);
    }

    /**
     * The evaluation noise of g near x, measured: g at seven points 1e-11 max(|x|, 1) apart,
     * where any smooth g is a straight line to far below rounding, and the residual of a
     * least-squares line through them. It sees what a bound from |g(x)| cannot: a composition
     * whose intermediate values are much larger than its result (sin(8000 + u) is good to 1e-12,
     * not 1e-16), and a staircase from rounding.
     */
    static double evaluationNoise(DoubleUnaryOperator g, double x) {
        double delta = 1e-11 * Math.max(Math.abs(x), 1.0);
        double[] y = new double[7];
        double mean = 0;
        for (int j = -3; j <= 3; j++) {
            y[j + 3] = g.applyAsDouble(x + j * delta);
            mean += y[j + 3] / 7;
        }
        double slope = 0;
        for (int j = -3; j <= 3; j++) {
            slope += j * (y[j + 3] - mean) / 28; // sum of j^2 over -3..3 is 28
        }
        double squares = 0;
        for (int j = -3; j <= 3; j++) {
            double r = y[j + 3] - mean - slope * j;
            squares += r * r;
        }
        double sigma = Math.sqrt(squares / 5);
        return Double.isFinite(sigma) ? sigma : 0;
    }

    private double step(int k) {
        return h / (1 << k);
    }

    boolean allFinite() {
        for (int k = 0; k < 3; k++) {
            if (!Double.isFinite(plus[k]) || !Double.isFinite(minus[k])) {
                return false;
            }
        }
        return true;
    }

    private double central(int k) {
        return (plus[k] - minus[k]) / (2 * step(k));
    }

    /**
     * The best estimate: central differences at h/2 and h/4 combined to cancel the h^2 term
     * (Richardson), which is exact for cubics.
     */
    double estimate() {
        return (4 * central(2) - central(1)) / 3;
    }

    /**
     * How far the estimate can be trusted: its distance from the same extrapolation one step
     * coarser (h and h/2), which shows truncation and irregular rounding, but never less than the
     * rounding floor, because that distance can be small by chance, or zero when the change of f
     * is below its rounding (identical samples do not prove a zero derivative).
     */
    double uncertainty() {
        return Math.max(Math.abs((4 * central(1) - central(0)) / 3 - estimate()), roundingBound());
    }

    /**
     * The rounding error of the estimate if each value of f is good to a couple of ulps: the
     * extrapolation amplifies a value error of eps |f| to about 3 eps |f| / h, and we allow 4 times
     * that. Intermediate values larger than f make the real noise larger: see
     * {@link #evaluationNoise}.
     */
    double roundingBound() {
        double m = Math.abs(f0);
        for (int k = 0; k < 3; k++) {
            m = Math.max(m, Math.max(Math.abs(plus[k]), Math.abs(minus[k])));
        }
        return 12 * EPS * m / h;
    }

    /**
     * A smooth function's one-sided slopes differ by about s |f''| at step s, so each halving of
     * the step halves the gap. A kink inside the step makes the gap stay (kink at x) or collapse
     * (kink between two of the steps). Three steps are needed: with two, a kink at distance h/3
     * happens to halve the gap too. Gaps within rounding are no evidence either way: rounding makes
     * a staircase of f that would look like kinks.
     */
    boolean looksSmooth(double negligible) {
        double[] gap = new double[3];
        boolean allNegligible = true;
        for (int k = 0; k < 3; k++) {
            gap[k] = Math.abs(plus[k] - 2 * f0 + minus[k]) / step(k);
            allNegligible &= gap[k] <= negligible + roundingBound();
        }
        return allNegligible || (halves(gap[1], gap[0]) && halves(gap[2], gap[1]));
    }

    private static boolean halves(double smaller, double larger) {
        double ratio = smaller / larger;
        return ratio >= 0.3 && ratio <= 0.7;
    }

    /**
     * Whether a lies between the one-sided derivatives at x. They are estimated from the steps h/2
     * and h/4 and extrapolated (a one-sided difference errs by about s f''/2 at step s); the slack
     * is widened by the size of that correction, which measures their uncertainty.
     */
    boolean betweenOneSidedSlopes(double a, double slack) {
        double forward = oneSided(plus, 1);
        double backward = oneSided(minus, -1);
        double uncertainty = Math.max(Math.abs(forward - slope(plus, 1, 2)), Math.abs(backward - slope(minus, -1, 2)));
        double s = slack + uncertainty;
        return a >= Math.min(forward, backward) - s && a <= Math.max(forward, backward) + s;
    }

    /** The one-sided slope at step h/2^k towards the side sign. */
    private double slope(double[] side, int sign, int k) {
        return sign * (side[k] - f0) / step(k);
    }

    /** The one-sided derivative, extrapolated from the slopes at h/2 and h/4. */
    private double oneSided(double[] side, int sign) {
        return 2 * slope(side, sign, 2) - slope(side, sign, 1);
    }

    String oneSidedSlopes() {
        return "forward " + oneSided(plus, 1) + ", backward " + oneSided(minus, -1);
    }
}

package dev.gradus.autodiff.check;

/**
 * When a gradient check calls an analytic and a numeric value equal, and the difference step.
 *
 * <p>A partial is OK when |analytic - numeric| &lt;= max(relative * max(|analytic|, |numeric|),
 * absolute) + the measured uncertainty of the numeric value, and that uncertainty is itself within
 * max(relative * |numeric|, absolute). The first step for x_i is h = relativeStep * max(|x_i|, 1).
 *
 * @param relative     default 1e-6
 * @param absolute     default 1e-8: the floor below which differences count as zero
 * @param relativeStep default cbrt(2^-52) = 6.06e-6, which balances the truncation error of a
 *                     central difference (order h^2) against rounding (order eps/h)
 */
public record Tolerances(double relative, double absolute, double relativeStep) {
    /** Relative 1e-6, absolute 1e-8, relative step cbrt(2^-52). */
    public static final Tolerances DEFAULT = new Tolerances(1e-6, 1e-8, Math.cbrt(Math.ulp(1.0)));

    /** Checks that each tolerance is a positive finite number. */
    public Tolerances {
        requirePositive("relative", relative);
        requirePositive("absolute", absolute);
        requirePositive("relativeStep", relativeStep);
    }

    private static void requirePositive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " tolerance must be a positive number, got " + v);
        }
    }

    /** The allowed difference between a and n. */
    double allowed(double a, double n) {
        return allowed(a, n, 0);
    }

    /**
     * The allowed difference between a and n when they are one component of a quantity of size
     * {@code scale} (a real partial of a complex derivative is judged against the whole derivative).
     */
    double allowed(double a, double n, double scale) {
        return Math.max(relative * Math.max(Math.max(Math.abs(a), Math.abs(n)), scale), absolute);
    }

    /** |a - n| relative to the larger magnitude (or the scale), with the absolute floor. */
    double relativeError(double a, double n, double scale) {
        return Math.abs(a - n) / Math.max(Math.max(Math.max(Math.abs(a), Math.abs(n)), scale), absolute);
    }
}

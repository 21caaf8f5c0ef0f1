package dev.gradus.proofs.numeric;

/**
 * What happened while one side was evaluated in double at one point: whether a step left the
 * real domain, hit a pole, or could not be trusted in double (an overflow, an underflow, a
 * comparison too close to call), and the largest magnitude of any intermediate value, which
 * bounds the rounding error of the result.
 */
final class MachineContext {
    /** A step has no real value (real claims only): an even root, a logarithm or a non-integer power of a negative number, ... */
    static final int OUTSIDE = 1;
    /** A step is infinite or undefined: 1/0, log(0), 0^0. */
    static final int POLE = 2;
    /** Double cannot tell: an overflow, an underflow, a comparison within rounding of its boundary. */
    static final int IMPRECISE = 4;
    /** A function without a double form for complex arguments. */
    static final int UNSUPPORTED = 8;

    private static final double CLOSE_CALL = 1e-12;

    int flags;
    double scale;

    void reset() {
        flags = 0;
        scale = 0;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    double outside() {
        flags |= OUTSIDE;
        return Double.NaN;
    }

    double pole() {
        flags |= POLE;
        return Double.NaN;
    }

    double unsupported() {
        flags |= UNSUPPORTED;
        return Double.NaN;
    }

    /**
     * A result computed from finite inputs: an infinity is an overflow, a subnormal an
     * underflow, and so is a zero where the exact result cannot be zero ({@code cannotBeZero}:
     * a product of numbers that are not zero, an exponential); either leaves double's range.
     */
    double checked(double result, boolean cannotBeZero) {
        boolean underflow = result != 0 ? Math.abs(result) < Double.MIN_NORMAL : cannotBeZero;
        if (Double.isInfinite(result) || underflow) {
            flags |= IMPRECISE;
        }
        if (!Double.isNaN(result)) {
            scale = Math.max(scale, Math.abs(result));
        }
        return result;
    }

    /** a < b, a <= b, ... with a note when a and b differ by less than rounding can explain. */
    int compare(double a, double b) {
        if (a != b && Math.abs(a - b) <= CLOSE_CALL * Math.max(Math.abs(a), Math.abs(b))) {
            flags |= IMPRECISE;
        }
        return Double.compare(a, b) == 0 || a == b ? 0 : (a < b ? -1 : 1);
    }
}

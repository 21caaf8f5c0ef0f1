package dev.gradus.testkit;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;

/** Where the holomorphic extensions of the table stop being differentiable: branch cuts and poles. */
final class Singularities {
    private Singularities() {}

    /** Distance from z to the nearest singularity of f's principal-branch extension. */
    static double of(UnaryFunction f, Complex z) {
        return switch (f) {
            case LOG, SQRT -> toNegativeRealAxis(z);
            // sigmoid has poles at i pi (2k+1); tanh at i pi (k + 1/2); tan at pi (k + 1/2)
            case SIGMOID -> Math.hypot(z.re(), toLattice(z.im() - Math.PI, 2 * Math.PI));
            case TANH -> Math.hypot(z.re(), toLattice(z.im() - Math.PI / 2, Math.PI));
            case TAN -> Math.hypot(z.im(), toLattice(z.re() - Math.PI / 2, Math.PI));
            // log(1 + e^z): 1 + e^z is on the cut where Im z = pi (2k+1) and Re z >= 0
            case SOFTPLUS -> Math.hypot(Math.max(0, -z.re()), toLattice(z.im() - Math.PI, 2 * Math.PI));
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /**
     * Distance from (a, b) to the nearest singularity of f's extension. A power with a variable
     * exponent is singular on the base's branch cut even at integer exponents (a^b = exp(b log a)
     * jumps there for the neighbouring non-integer b); only a constant integer exponent is not.
     */
    static double of(BinaryFunction f, Complex a, Complex b, boolean constantExponent) {
        return switch (f) {
            case DIV -> b.abs();
            case POW -> powerSingularity(a, b, constantExponent);
            case LOG_ADD_EXP -> of(UnaryFunction.SOFTPLUS, a.re() >= b.re() ? b.minus(a) : a.minus(b));
            case SWISH -> of(UnaryFunction.SIGMOID, a.times(b));
            default -> Double.POSITIVE_INFINITY;
        };
    }

    private static double powerSingularity(Complex a, Complex b, boolean constantExponent) {
        if (constantExponent && b.isReal() && b.re() == Math.rint(b.re())) {
            return b.re() >= 0 ? Double.POSITIVE_INFINITY : a.abs(); // a pole at 0 for negative powers
        }
        return toNegativeRealAxis(a);
    }

    /** Distance to the cut (-infinity, 0] of the principal log and sqrt. */
    private static double toNegativeRealAxis(Complex z) {
        return z.re() >= 0 ? z.abs() : Math.abs(z.im());
    }

    /** Distance from t to the nearest multiple of period. */
    private static double toLattice(double t, double period) {
        return Math.abs(t - period * Math.rint(t / period));
    }
}

package dev.gradus.autodiff.functions;

import dev.gradus.autodiff.complex.Complex;

/** Distances to the shapes singularities come in: the negative real axis, and lattices of poles. */
final class Singular {
    private Singular() {}

    /** Distance to the cut (-infinity, 0] of the principal log and sqrt. */
    static double toNegativeRealAxis(Complex z) {
        return z.re() >= 0 ? z.abs() : Math.abs(z.im());
    }

    /** Distance from t to the nearest multiple of period. */
    static double toLattice(double t, double period) {
        return Math.abs(t - period * Math.rint(t / period));
    }
}

package dev.gradus.cli.experiment;

import java.util.function.DoubleUnaryOperator;

/**
 * The maximum of a unimodal function on an interval by golden-section search: each step keeps
 * the part of the bracket that must hold the maximum, shrinking it by 1/phi (about 0.618) with one
 * new evaluation, since the surviving inner point is one of the next step's two.
 */
final class GoldenSectionSearch {
    private static final double INVERSE_PHI = (Math.sqrt(5) - 1) / 2;

    /** Where the maximum is and the function's value there. */
    record Maximum(double at, double value) {}

    private GoldenSectionSearch() {}

    /**
     * The maximum of f on [low, high] (f unimodal there), the bracket shrunk to tolerance. Near a
     * smooth maximum f changes with the square of the distance, so below about sqrt(machine
     * epsilon) times |x| the comparisons are ties and a smaller tolerance does not help.
     */
    static Maximum maximise(DoubleUnaryOperator f, double low, double high, double tolerance) {
        if (!(low < high) || !(tolerance > 0)) {
            throw new IllegalArgumentException("need low < high and tolerance > 0");
        }
        double a = low;
        double b = high;
        double c = b - INVERSE_PHI * (b - a);
        double d = a + INVERSE_PHI * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        while (b - a > tolerance) {
            if (fc > fd) { // the maximum is left of d
                b = d;
                d = c;
                fd = fc;
                c = b - INVERSE_PHI * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + INVERSE_PHI * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        double at = (a + b) / 2;
        return new Maximum(at, f.applyAsDouble(at));
    }
}

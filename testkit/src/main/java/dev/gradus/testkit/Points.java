package dev.gradus.testkit;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.UnaryFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the points at which gradients are checked.
 *
 * <p>jqwik's plain {@code @ForAll double} has two habits that make gradient properties fail for the
 * wrong reason: it keeps only 2 decimals, and it generates 0.0 (and other edge cases) very often,
 * which is exactly where relu, abs and friends have a kink. The arbitraries here keep 6 decimals,
 * stay in a range where the table's functions are well conditioned (default [-4, 4]), and can
 * keep a margin from kinks.
 */
public final class Points {
    /** Decimal places of generated coordinates. */
    public static final int SCALE = 6;

    private Points() {}

    /** A coordinate in [-4, 4] with 6 decimals. */
    public static Arbitrary<Double> coordinates() {
        return coordinates(-4, 4);
    }

    /** A coordinate in [min, max] with 6 decimals. */
    public static Arbitrary<Double> coordinates(double min, double max) {
        return Arbitraries.doubles().between(min, max).ofScale(SCALE);
    }

    /** A coordinate in [min, max] at least {@code margin} away from every one of {@code kinks}. */
    public static Arbitrary<Double> coordinatesAwayFrom(double min, double max, double margin, double... kinks) {
        return coordinates(min, max).filter(x -> distance(x, kinks) >= margin);
    }

    /** A coordinate in [-4, 4] at least 1e-3 away from the kinks of {@code f}. */
    public static Arbitrary<Double> coordinatesAwayFromKinks(UnaryFunction f) {
        return coordinatesAwayFrom(-4, 4, 1e-3, f.kinks());
    }

    /** A point of {@code dimension} coordinates in [-4, 4]. */
    public static Arbitrary<double[]> vectors(int dimension) {
        return vectors(dimension, -4, 4);
    }

    /** A point of {@code dimension} coordinates in [min, max]. */
    public static Arbitrary<double[]> vectors(int dimension, double min, double max) {
        return coordinates(min, max).array(double[].class).ofSize(dimension);
    }

    /** {@code count} complex numbers with real and imaginary parts in [-2, 2], 6 decimals each. */
    public static Arbitrary<Complex[]> complexes(int count) {
        Arbitrary<Double> part = coordinates(-2, 2);
        return Combinators.combine(part, part).as(Complex::new).array(Complex[].class).ofSize(count);
    }

    private static double distance(double x, double[] kinks) {
        double d = Double.POSITIVE_INFINITY;
        for (double k : kinks) {
            d = Math.min(d, Math.abs(x - k));
        }
        return d;
    }
}

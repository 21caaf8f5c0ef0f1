package dev.gradus.proofs.numeric;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The points at which the probe compares a claim's sides, simplest first, so that a
 * counterexample is reported at a point a student can check by hand:
 *
 * <ol>
 *   <li>a grid of small integers and half-integers, negative and positive, ordered by simplicity:
 *       x = -1, (a, b, c) = (-1, 2, 1/2), n = -3/2 are where exponent laws and branch laws fail,
 *       and random points almost never are;
 *   <li>each variable at and beside its critical points (kinks, poles and branch points of the
 *       claim: x = 1 for (x^2 - 1)/(x - 1)), the others small;
 *   <li>random rationals of every magnitude, from 10^-4 to 10^3.
 * </ol>
 *
 * A variable the assumptions bound to an interval ({@code a > 0}, {@code -1 < x < 1}) gets its
 * values moved into the interval, so that the points the user allows are the ones sampled. The
 * seed is fixed: the same claim always meets the same points.
 */
final class SamplePoints {
    /** An interval a variable's assumptions allow; a null end is unbounded. */
    record Range(BigFraction low, BigFraction high) {
        static final Range ALL = new Range(null, null);

        boolean contains(BigFraction v) {
            return (low == null || v.compareTo(low) > 0) && (high == null || v.compareTo(high) < 0);
        }
    }

    private static final BigFraction[] PALETTE = {
        q(1), q(-1), q(2), q(-2), q(1, 2), q(-1, 2), q(3, 2), q(-3, 2), q(3), q(-3), q(0), q(5, 2), q(-5, 2), q(4), q(-4),
        q(1, 3), q(-2, 3), q(6), q(-6), q(7, 2), q(-7, 2)
    };
    private static final BigFraction[] OFFSETS = {q(0), q(1, 1000), q(-1, 1000), q(1, 10), q(-1, 10), q(1), q(-1)};
    private static final int GRID = 1500;
    private static final int RANDOM = 500;

    private final List<ISymbol> variables;
    private final Map<ISymbol, Range> ranges;
    private final Map<ISymbol, List<BigFraction>> criticalValues;
    private final Random random = new Random(20261207);

    /**
     * @param variables      the real variables, in the order of a point's coordinates
     * @param ranges         intervals from the assumptions (a variable not in the map is unbounded)
     * @param criticalValues per variable, where a kink, pole or branch point of the claim lies
     */
    SamplePoints(List<ISymbol> variables, Map<ISymbol, Range> ranges, Map<ISymbol, List<BigFraction>> criticalValues) {
        this.variables = variables;
        this.ranges = ranges;
        this.criticalValues = criticalValues;
    }

    /** Every point, in the order in which they are tried; one empty point for a claim without variables. */
    List<SamplePoint> all() {
        Set<List<BigFraction>> points = new LinkedHashSet<>();
        int n = variables.size();
        if (n == 0) {
            return List.of(new SamplePoint(List.of()));
        }
        grid(points, n);
        critical(points, n);
        for (int i = 0; i < RANDOM; i++) {
            List<BigFraction> p = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                p.add(fit(v, randomValue()));
            }
            points.add(p);
        }
        return points.stream().map(SamplePoint::new).toList();
    }

    /** Index tuples into the palette by increasing sum of indices: the simplest points first. */
    private void grid(Set<List<BigFraction>> points, int n) {
        int[] index = new int[n];
        for (int total = 0; total <= n * (PALETTE.length - 1) && points.size() < GRID; total++) {
            tuples(points, index, 0, total);
        }
    }

    private void tuples(Set<List<BigFraction>> points, int[] index, int position, int left) {
        if (points.size() >= GRID) {
            return;
        }
        if (position == index.length - 1) {
            if (left < PALETTE.length) {
                index[position] = left;
                List<BigFraction> p = new ArrayList<>();
                for (int v = 0; v < index.length; v++) {
                    p.add(fit(v, PALETTE[index[v]]));
                }
                points.add(p);
            }
            return;
        }
        for (int i = 0; i <= Math.min(left, PALETTE.length - 1); i++) {
            index[position] = i;
            tuples(points, index, position + 1, left - i);
        }
    }

    private void critical(Set<List<BigFraction>> points, int n) {
        for (int v = 0; v < n; v++) {
            for (BigFraction root : criticalValues.getOrDefault(variables.get(v), List.of())) {
                for (BigFraction offset : OFFSETS) {
                    for (int others = 0; others < 4; others++) {
                        List<BigFraction> p = new ArrayList<>();
                        for (int w = 0; w < n; w++) {
                            p.add(w == v ? root.add(offset) : fit(w, others < 2 ? PALETTE[others] : randomValue()));
                        }
                        points.add(p);
                    }
                }
            }
        }
    }

    /** A random rational: mostly in [-3, 3] with denominator 1000, sometimes wider, tiny, huge or an integer. */
    private BigFraction randomValue() {
        int kind = random.nextInt(20);
        if (kind < 13) {
            return q(random.nextInt(6001) - 3000, 1000);
        }
        if (kind < 16) {
            return q(random.nextInt(20001) - 10000, 1000);
        }
        if (kind < 17) {
            return q(random.nextInt(2001) - 1000, 10_000 * (1 + random.nextInt(10)));
        }
        if (kind < 18) {
            return q(random.nextInt(20001) - 10000, 10);
        }
        return q(random.nextInt(13) - 6);
    }

    /** The value moved into the variable's interval when it lies outside. */
    private BigFraction fit(int v, BigFraction value) {
        Range r = ranges.getOrDefault(variables.get(v), Range.ALL);
        if (r.contains(value)) {
            return value;
        }
        BigFraction magnitude = value.abs().equals(BigFraction.ZERO) ? q(1, 2) : value.abs();
        if (r.low() != null && r.high() != null) {
            BigFraction width = r.high().subtract(r.low());
            BigFraction fraction = magnitude.subtract(new BigFraction(magnitude.getNumerator().divide(magnitude.getDenominator())));
            if (fraction.equals(BigFraction.ZERO)) {
                fraction = q(1, 2);
            }
            return r.low().add(width.multiply(fraction));
        }
        return r.low() != null ? r.low().add(magnitude) : r.high().subtract(magnitude);
    }

    private static BigFraction q(long n) {
        return new BigFraction(n);
    }

    private static BigFraction q(long n, long d) {
        return new BigFraction(n, d);
    }
}

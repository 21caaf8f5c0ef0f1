package dev.gradus.proofs.bounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The smallest value of a function of one variable on an interval, found numerically: samples
 * on a grid (stretched for unbounded intervals), then a golden-section refinement around the
 * best few grid minima. A search, not a proof: a narrow dip between grid points can be missed.
 */
final class IntervalSearch {
    static final int SAMPLES = 800;
    private static final int CANDIDATES = 4;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    /** Where the minimum was found and the value there. */
    record Minimum(double x, double value) {}

    private IntervalSearch() {}

    /** Points where f is NaN (outside its domain) are skipped; null when f is defined nowhere. */
    static Minimum minimum(DoubleUnaryOperator f, Interval interval) {
        double[] t = new double[SAMPLES + 1];
        double[] y = new double[SAMPLES + 1];
        for (int i = 0; i <= SAMPLES; i++) {
            t[i] = parameter(i, interval);
            double x = interval.at(t[i]);
            y[i] = interval.contains(x) ? f.applyAsDouble(x) : Double.NaN;
        }
        List<Integer> local = new ArrayList<>();
        for (int i = 0; i <= SAMPLES; i++) {
            boolean left = i == 0 || Double.isNaN(y[i - 1]) || y[i] <= y[i - 1];
            boolean right = i == SAMPLES || Double.isNaN(y[i + 1]) || y[i] <= y[i + 1];
            if (!Double.isNaN(y[i]) && left && right) {
                local.add(i);
            }
        }
        local.sort(Comparator.comparingDouble(i -> y[i]));
        Minimum best = null;
        for (int i : local.subList(0, Math.min(CANDIDATES, local.size()))) {
            Minimum m = refine(f, interval, t[Math.max(i - 1, 0)], t[Math.min(i + 1, SAMPLES)], t[i], y[i]);
            if (best == null || m.value() < best.value()) {
                best = m;
            }
        }
        return best;
    }

    /** Grid parameters in [0, 1]; open or infinite ends are approached but not sampled. */
    private static double parameter(int i, Interval interval) {
        double t = (double) i / SAMPLES;
        double inset = 0.25 / SAMPLES;
        if (i == 0 && !interval.loClosed()) {
            t = inset;
        } else if (i == SAMPLES && !interval.hiClosed()) {
            t = 1 - inset;
        }
        return t;
    }

    private static Minimum refine(DoubleUnaryOperator f, Interval interval, double a, double b, double t0, double y0) {
        double bestT = t0;
        double bestY = y0;
        double lo = a;
        double hi = b;
        for (int k = 0; k < 100 && hi - lo > 1e-15; k++) {
            double m1 = hi - GOLDEN * (hi - lo);
            double m2 = lo + GOLDEN * (hi - lo);
            double y1 = value(f, interval, m1);
            double y2 = value(f, interval, m2);
            if (y1 < bestY) {
                bestY = y1;
                bestT = m1;
            }
            if (y2 < bestY) {
                bestY = y2;
                bestT = m2;
            }
            if (y1 <= y2 || Double.isNaN(y2)) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        return new Minimum(interval.at(bestT), bestY);
    }

    private static double value(DoubleUnaryOperator f, Interval interval, double t) {
        double x = interval.at(t);
        double y = interval.contains(x) ? f.applyAsDouble(x) : Double.NaN;
        return Double.isNaN(y) ? Double.POSITIVE_INFINITY : y;
    }
}

package dev.gradus.proofs.bounds;

import dev.gradus.proofs.ParseError;
import java.util.Locale;

/**
 * An interval of the real line, possibly unbounded, each end open or closed: {@code [-1.25, 0)},
 * {@code (4, 100]}, {@code (-Infinity, Infinity)}.
 */
public record Interval(double lo, double hi, boolean loClosed, boolean hiClosed) {
    public static final Interval REALS = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, false);

    public Interval {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("an interval needs lo < hi: " + lo + ", " + hi);
        }
    }

    /** Reads "[a, b]", "(a, b)", "[a, b)", "(a, b]" with numbers or +-Infinity; the column of an error is 1-based. */
    public static Interval parse(String text) throws ParseError {
        String t = text.strip();
        if (t.length() < 5 || "[(".indexOf(t.charAt(0)) < 0 || "])".indexOf(t.charAt(t.length() - 1)) < 0) {
            throw new ParseError("an interval is written [a, b], (a, b), [a, b) or (a, b]", 1);
        }
        String[] ends = t.substring(1, t.length() - 1).split(",");
        if (ends.length != 2) {
            throw new ParseError("an interval has two ends separated by a comma", 2);
        }
        double lo = end(ends[0], 2);
        double hi = end(ends[1], ends[0].length() + 3);
        if (!(lo < hi)) {
            throw new ParseError("the interval's left end must be below its right end", 2);
        }
        return new Interval(lo, hi, t.charAt(0) == '[' && Double.isFinite(lo), t.charAt(t.length() - 1) == ']' && Double.isFinite(hi));
    }

    private static double end(String text, int column) throws ParseError {
        String e = text.strip().replace("oo", "Infinity");
        try {
            return Double.parseDouble(e);
        } catch (NumberFormatException ex) {
            throw new ParseError("'" + text.strip() + "' is not a number or +-Infinity", column);
        }
    }

    public boolean contains(double x) {
        return (x > lo || (loClosed && x == lo)) && (x < hi || (hiClosed && x == hi));
    }

    /**
     * The point of the interval at t in [0, 1]: linear on a bounded interval, stretched on an
     * unbounded one so that the region within a few units of 0 (or of the finite end) gets most
     * of the samples.
     */
    public double at(double t) {
        boolean loInf = Double.isInfinite(lo);
        boolean hiInf = Double.isInfinite(hi);
        if (!loInf && !hiInf) {
            return lo + t * (hi - lo);
        }
        if (loInf && hiInf) {
            return 3 * Math.tan(Math.PI * (t - 0.5));
        }
        return loInf ? hi - 3 * (1 - t) / t : lo + 3 * t / (1 - t);
    }

    @Override
    public String toString() {
        return (loClosed ? "[" : "(") + show(lo) + ", " + show(hi) + (hiClosed ? "]" : ")");
    }

    private static String show(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.format(Locale.ROOT, "%s", x);
    }
}

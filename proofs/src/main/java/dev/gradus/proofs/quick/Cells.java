package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Case;
import dev.gradus.proofs.quick.Expr.Comparison;
import dev.gradus.proofs.quick.Expr.Piecewise;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The pieces of a claim with kinks: for each variable, the points where a Piecewise condition
 * changes (each condition linear in one variable: z < 0, x >= -1), and the open intervals between
 * them; the claim is proved by proving it in every cell, where each Piecewise is one of its
 * branches, and at every kink, where the variable is that number. Cells the assumptions exclude
 * (z < 0 leaves no cell with z > 0) are not needed.
 */
final class Cells {
    static final int MAX_CELLS = 64;

    /**
     * One cell: variables fixed at a kink, and for the others a point inside their open interval,
     * where each condition is decided.
     */
    record Cell(Map<String, Rational> fixed, Map<String, Rational> inside) {}

    private final Map<String, TreeSet<Rational>> kinks;
    private final List<Cell> cells;

    private Cells(Map<String, TreeSet<Rational>> kinks, List<Cell> cells) {
        this.kinks = kinks;
        this.cells = cells;
    }

    List<Cell> cells() {
        return cells;
    }

    /** "z = [0]": the kinks, as the method's name says them. */
    String kinksText() {
        StringBuilder s = new StringBuilder();
        kinks.forEach((x, points) -> s.append(s.length() == 0 ? "" : ", ").append(x).append(" = ").append(points));
        return s.toString();
    }

    /** The cells of {@code sides}, none of which excluded by {@code bounds} (per variable). */
    static Cells of(List<Expr> sides, Map<String, Bounds> bounds) throws Unsupported {
        Map<String, TreeSet<Rational>> kinks = new LinkedHashMap<>();
        List<Comparison> conditions = new ArrayList<>();
        for (Expr side : sides) {
            Trees.visit(side, n -> {
                if (n instanceof Piecewise p) {
                    p.cases().forEach(c -> conditions.addAll(c.when().all()));
                }
            });
        }
        for (Comparison c : conditions) {
            Linear d = linear(c);
            if (d.coefficients().size() > 1) {
                throw new Unsupported("a kink along " + d.coefficients().keySet());
            }
            for (Map.Entry<String, Rational> t : d.coefficients().entrySet()) {
                kinks.computeIfAbsent(t.getKey(), k -> new TreeSet<>()).add(d.constant().negate().times(t.getValue().inverse()));
            }
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(Map.of(), Map.of()));
        for (Map.Entry<String, TreeSet<Rational>> k : kinks.entrySet()) {
            List<Cell> more = new ArrayList<>();
            Bounds b = bounds.getOrDefault(k.getKey(), Bounds.NONE);
            for (Cell cell : cells) {
                for (Piece piece : pieces(k.getValue())) {
                    if (!b.meets(piece)) {
                        continue;
                    }
                    Map<String, Rational> fixed = new LinkedHashMap<>(cell.fixed());
                    Map<String, Rational> inside = new LinkedHashMap<>(cell.inside());
                    (piece.point() ? fixed : inside).put(k.getKey(), piece.sample());
                    more.add(new Cell(fixed, inside));
                }
            }
            cells = more;
            if (cells.size() > MAX_CELLS) {
                throw new Unsupported("more than " + MAX_CELLS + " cells");
            }
        }
        return new Cells(kinks, cells);
    }

    /** e in a cell: fixed variables put in, every Piecewise replaced by the branch that holds there. */
    static Expr reduce(Expr e, Cell cell) throws Unsupported {
        Map<String, Expr> values = new LinkedHashMap<>();
        cell.fixed().forEach((x, v) -> values.put(x, Expr.num(v)));
        Expr put = Trees.substitute(e, values);
        Map<String, Rational> all = new LinkedHashMap<>(cell.fixed());
        all.putAll(cell.inside());
        try {
            return Trees.rebuild(put, n -> n instanceof Piecewise p ? branch(p, all) : n);
        } catch (Undecided u) {
            throw new Unsupported("a condition this cell does not decide");
        }
    }

    /** The branch of a Piecewise whose conditions are all about numbers (relu(0)), or null. */
    static Expr constantBranch(Piecewise p) {
        try {
            return branch(p, Map.of());
        } catch (Undecided u) {
            return null;
        }
    }

    private static Expr branch(Piecewise p, Map<String, Rational> at) {
        for (Case c : p.cases()) {
            boolean holds = true;
            for (Comparison cmp : c.when().all()) {
                holds &= holds(cmp, at);
            }
            if (holds) {
                return c.value();
            }
        }
        return p.otherwise();
    }

    private static boolean holds(Comparison c, Map<String, Rational> at) {
        Linear d;
        try {
            d = linear(c);
        } catch (Unsupported e) {
            throw new Undecided();
        }
        if (!at.keySet().containsAll(d.coefficients().keySet())) {
            throw new Undecided();
        }
        return c.holdsForSign(d.at(at).signum());
    }

    /** left - right of a comparison, which must be linear. */
    private static Linear linear(Comparison c) throws Unsupported {
        Optional<Linear> l = Linear.of(c.left());
        Optional<Linear> r = Linear.of(c.right());
        if (l.isEmpty() || r.isEmpty()) {
            throw new Unsupported("a condition that is not linear: " + c);
        }
        return l.get().minus(r.get());
    }

    /** An open interval (low, high) (null for no bound) or a point, with a number inside it. */
    record Piece(Rational low, Rational high, boolean point, Rational sample) {}

    private static List<Piece> pieces(TreeSet<Rational> points) {
        List<Piece> pieces = new ArrayList<>();
        Rational previous = null;
        for (Rational p : points) {
            Rational sample = previous == null ? p.plus(Rational.MINUS_ONE)
                    : previous.plus(p).times(new Rational(BigInteger.ONE, BigInteger.TWO));
            pieces.add(new Piece(previous, p, false, sample));
            pieces.add(new Piece(p, p, true, p));
            previous = p;
        }
        pieces.add(new Piece(previous, null, false, previous.plus(Rational.ONE)));
        return pieces;
    }

    /** What the assumptions say of one variable: low < x < high, either end open or closed, or absent. */
    record Bounds(Rational low, boolean lowIncluded, Rational high, boolean highIncluded) {
        static final Bounds NONE = new Bounds(null, false, null, false);

        /** Whether some x of the piece satisfies these bounds. */
        boolean meets(Piece p) {
            if (p.point()) {
                return admits(p.sample());
            }
            boolean belowHigh = high == null || p.low() == null || p.low().compareTo(high) < 0;
            boolean aboveLow = low == null || p.high() == null || p.high().compareTo(low) > 0;
            return belowHigh && aboveLow;
        }

        boolean admits(Rational x) {
            int lo = low == null ? 1 : x.compareTo(low);
            int hi = high == null ? -1 : x.compareTo(high);
            return (lo > 0 || lo == 0 && lowIncluded) && (hi < 0 || hi == 0 && highIncluded);
        }

        Bounds and(Bounds o) {
            Bounds b = this;
            if (o.low != null && (b.low == null || o.low.compareTo(b.low) > 0 || o.low.equals(b.low) && !o.lowIncluded)) {
                b = new Bounds(o.low, o.lowIncluded, b.high, b.highIncluded);
            }
            if (o.high != null && (b.high == null || o.high.compareTo(b.high) < 0 || o.high.equals(b.high) && !o.highIncluded)) {
                b = new Bounds(b.low, b.lowIncluded, o.high, o.highIncluded);
            }
            return b;
        }
    }

    private static final class Undecided extends RuntimeException {
        Undecided() {
            super(null, null, false, false);
        }
    }
}

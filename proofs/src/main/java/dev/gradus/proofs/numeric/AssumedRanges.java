package dev.gradus.proofs.numeric;

import dev.gradus.proofs.symja.SymjaEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The interval each variable's assumptions allow, read from bounds by constants ({@code a > 0},
 * {@code x <= -1}, {@code -1 < x < 1}, conjunctions of them), so that the probe samples where the
 * claim is made rather than mostly outside. Anything else is left to the exact check of every
 * assumption at every point.
 */
final class AssumedRanges {
    private AssumedRanges() {}

    static Map<ISymbol, SamplePoints.Range> of(List<IExpr> assumptions, List<ISymbol> variables, SymjaEngine engine) {
        Map<ISymbol, SamplePoints.Range> ranges = new HashMap<>();
        for (IExpr assumption : assumptions) {
            read(assumption, variables, engine, ranges);
        }
        return ranges;
    }

    private static void read(IExpr e, List<ISymbol> variables, SymjaEngine engine, Map<ISymbol, SamplePoints.Range> ranges) {
        if (!e.isAST()) {
            return;
        }
        IAST ast = (IAST) e;
        String head = ast.head().toString();
        if (head.equals("And")) {
            for (int i = 1; i < ast.size(); i++) {
                read(ast.get(i), variables, engine, ranges);
            }
            return;
        }
        if (head.equals("Inequality")) {
            for (int i = 1; i + 2 < ast.size(); i += 2) {
                bound(ast.get(i), ast.get(i + 1).toString(), ast.get(i + 2), variables, engine, ranges);
            }
            return;
        }
        if (ast.argSize() >= 2) {
            for (int i = 1; i + 1 < ast.size(); i++) {
                bound(ast.get(i), head, ast.get(i + 1), variables, engine, ranges);
            }
        }
    }

    /** a RELATION b where one of them is a variable and the other a constant. */
    private static void bound(IExpr a, String relation, IExpr b, List<ISymbol> variables, SymjaEngine engine,
                              Map<ISymbol, SamplePoints.Range> ranges) {
        boolean less = relation.equals("Less") || relation.equals("LessEqual");
        boolean greater = relation.equals("Greater") || relation.equals("GreaterEqual");
        if (!less && !greater) {
            return;
        }
        if (a.isSymbol() && variables.contains(a)) {
            SamplePoint.coordinate(b, engine).ifPresent(c -> narrow(ranges, (ISymbol) a, less ? null : c, less ? c : null));
        } else if (b.isSymbol() && variables.contains(b)) {
            SamplePoint.coordinate(a, engine).ifPresent(c -> narrow(ranges, (ISymbol) b, less ? c : null, less ? null : c));
        }
    }

    private static void narrow(Map<ISymbol, SamplePoints.Range> ranges, ISymbol v, BigFraction low, BigFraction high) {
        SamplePoints.Range r = ranges.getOrDefault(v, SamplePoints.Range.ALL);
        BigFraction newLow = low == null ? r.low() : r.low() == null || low.compareTo(r.low()) > 0 ? low : r.low();
        BigFraction newHigh = high == null ? r.high() : r.high() == null || high.compareTo(r.high()) < 0 ? high : r.high();
        if (newLow != null && newHigh != null && newLow.compareTo(newHigh) >= 0) {
            return; // contradictory bounds: leave sampling as it was, the exact check rejects every point
        }
        ranges.put(v, new SamplePoints.Range(newLow, newHigh));
    }
}

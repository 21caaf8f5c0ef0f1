package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.numeric.NumericProbe;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A claim in one real variable whose difference d holds inverse functions or logarithms that no
 * law may rewrite (atan(x) + atan(1/x) = pi/2 for x > 0): the real line is cut at every point
 * where a function in d is singular, changes branch or has a kink, and at the assumptions'
 * bounds; on each open piece inside both sides' domain and the assumptions, d' = 0 (a rational
 * identity: the derivatives of inverse functions are algebraic) and d = 0 exactly at one point
 * make d = 0 on the whole piece (the mean value theorem), and d = 0 is checked exactly at each
 * cut point in the domain. Sound when every cut point is found: Solve must give all real roots
 * of each of them, and d may hold only functions whose singular points those are.
 */
final class ConstantByDerivative implements ProofStage {
    /** The heads d may hold: the others have singular points this stage does not look for (tan's poles, floor's jumps). */
    private static final Set<String> KNOWN = Set.of("Plus", "Times", "Power", "Log", "Sqrt", "Exp", "Sin", "Cos", "Sinh", "Cosh",
            "Tanh", "ArcSin", "ArcCos", "ArcTan", "ArcCot", "ArcSec", "ArcCsc", "ArcSinh", "ArcCosh", "ArcTanh", "ArcCoth");

    private final SymjaEngine engine;
    private final ZeroTest zero;
    private final NumericProbe probe;

    ConstantByDerivative(SymjaEngine engine) {
        this.engine = engine;
        this.zero = new ZeroTest(engine);
        this.probe = new NumericProbe(engine);
    }

    @Override
    public Optional<String> prove(PreparedClaim claim, Deadline deadline) {
        IExpr d = claim.difference();
        if (claim.complex() || claim.variables().size() != 1 || !OpaqueFunctions.hidesSomething(d, claim.signs())
                || !onlyKnownFunctions(d)) {
            return Optional.empty();
        }
        ISymbol x = claim.variables().get(0);
        IExpr derivative = engine.assumingRealSymbols(F.D(d, x));
        if (!zero.isZero(derivative, claim.assumptions(), true, deadline)) {
            return Optional.empty();
        }
        Optional<List<IExpr>> cuts = cuts(d, claim, x, deadline);
        if (cuts.isEmpty()) {
            return Optional.empty();
        }
        List<IExpr> points = cuts.get();
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i <= points.size(); i++) {
            IExpr low = i == 0 ? null : points.get(i - 1);
            IExpr high = i == points.size() ? null : points.get(i);
            List<IExpr> inside = candidates(low, high);
            if (!inDomain(claim, x, inside.get(0), deadline)) {
                continue; // the piece lies outside the claim: where the sides are defined and the assumptions hold, nothing changes on a piece
            }
            Optional<IExpr> anchor = inside.stream().filter(p -> isExactlyZero(d, x, p, deadline)).findFirst();
            if (anchor.isEmpty()) {
                return Optional.empty();
            }
            anchors.add(x + " = " + anchor.get());
        }
        for (IExpr cut : points) {
            if (inDomain(claim, x, cut, deadline) && !isExactlyZero(d, x, cut, deadline)) {
                return Optional.empty();
            }
        }
        if (anchors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(claim.method("lhs - rhs has derivative 0 on each interval of its domain and is 0 at "
                + String.join(", ", anchors)));
    }

    private static boolean onlyKnownFunctions(IExpr d) {
        return !SymjaTrees.contains(d, e -> e.isAST() && !(e.head().isBuiltInSymbol() && KNOWN.contains(e.head().toString())));
    }

    /** The cut points in increasing order, exact; empty when some could not be found. */
    private Optional<List<IExpr>> cuts(IExpr d, PreparedClaim claim, ISymbol x, Deadline deadline) {
        List<IExpr> atoms = new ArrayList<>();
        singularities(d, atoms);
        singularities(claim.sides().lhs(), atoms);
        singularities(claim.sides().rhs(), atoms);
        for (IExpr a : claim.sides().assumptions()) {
            if (a.isAST() && ((IAST) a).argSize() == 2 && Set.of("Less", "LessEqual", "Greater", "GreaterEqual").contains(a.head().toString())) {
                atoms.add(F.Subtract(((IAST) a).arg1(), ((IAST) a).arg2()));
            } else if (!a.isAST(S.Element)) {
                return Optional.empty(); // an assumption whose boundary is not read here
            }
        }
        List<IExpr> roots = new ArrayList<>();
        for (IExpr atom : atoms) {
            if (!deadline.leavesTimeForAnEvaluation()) {
                return Optional.empty();
            }
            IExpr solutions = engine.eval(F.ternaryAST3(S.Solve, F.Equal(atom, F.C0), x, S.Reals), deadline.remainingMillis());
            if (solutions == null || !solutions.isList()) {
                return Optional.empty();
            }
            for (IExpr solution : (IAST) solutions) {
                if (!solution.isList() || ((IAST) solution).argSize() != 1 || !solution.first().isRuleAST()) {
                    return Optional.empty();
                }
                IExpr root = solution.first().second();
                IExpr value = engine.eval(F.N(root));
                if (!value.isReal()) {
                    return Optional.empty();
                }
                if (roots.stream().noneMatch(r -> engine.eval(F.Subtract(r, root)).isZero())) {
                    roots.add(root);
                }
            }
        }
        roots.sort(Comparator.comparingDouble(r -> engine.eval(F.N(r)).evalDouble()));
        return Optional.of(roots);
    }

    /** The arguments at which functions in e are singular or change branch. */
    private static void singularities(IExpr e, List<IExpr> atoms) {
        SymjaTrees.contains(e, node -> {
            if (node.isPower() && !(((IAST) node).exponent().isInteger() && ((IAST) node).exponent().isPositive())
                    && ((IAST) node).base() != S.E) {
                atoms.add(((IAST) node).base());
            } else if (node.isAST() && ((IAST) node).argSize() == 1) {
                IExpr u = ((IAST) node).arg1();
                switch (node.head().toString()) {
                    case "Log", "Sqrt", "ArcCot" -> atoms.add(u);
                    case "ArcSin", "ArcCos", "ArcTanh", "ArcCoth" -> {
                        atoms.add(F.Subtract(u, F.C1));
                        atoms.add(F.Plus(u, F.C1));
                    }
                    case "ArcSec", "ArcCsc" -> {
                        atoms.add(u);
                        atoms.add(F.Subtract(u, F.C1));
                        atoms.add(F.Plus(u, F.C1));
                    }
                    case "ArcCosh" -> atoms.add(F.Subtract(u, F.C1));
                    default -> { }
                }
            }
            return false;
        });
    }

    /** Points strictly inside (low, high), simplest first: integers near the middle, then the middle. */
    private List<IExpr> candidates(IExpr low, IExpr high) {
        double lo = low == null ? Double.NEGATIVE_INFINITY : engine.eval(F.N(low)).evalDouble();
        double hi = high == null ? Double.POSITIVE_INFINITY : engine.eval(F.N(high)).evalDouble();
        List<IExpr> points = new ArrayList<>();
        double center = Double.isInfinite(lo) && Double.isInfinite(hi) ? 0 : Double.isInfinite(lo) ? hi - 1 : Double.isInfinite(hi) ? lo + 1 : (lo + hi) / 2;
        long c = Math.round(center);
        for (long k : new long[] {c, c + 1, c - 1, c + 2, c - 2}) {
            if (k > lo && k < hi) {
                points.add(F.ZZ(k));
            }
        }
        if (low != null && high != null) {
            points.add(engine.eval(F.Times(F.C1D2, F.Plus(low, high))));
        }
        if (points.isEmpty()) {
            points.add(low == null ? engine.eval(F.Subtract(high, F.C1)) : engine.eval(F.Plus(low, F.C1)));
        }
        return points;
    }

    private boolean inDomain(PreparedClaim claim, ISymbol x, IExpr point, Deadline deadline) {
        IAST rules = F.List(F.Rule(x, point));
        for (IExpr a : claim.sides().assumptions()) {
            if (!engine.eval(a.replaceAll(rules).orElse(a)).isTrue()) {
                return false;
            }
        }
        return probe.bothDefined(claim.sides(), rules, deadline);
    }

    private boolean isExactlyZero(IExpr d, ISymbol x, IExpr point, Deadline deadline) {
        IExpr value = deadline.leavesTimeForAnEvaluation()
                ? engine.eval(d.replaceAll(F.List(F.Rule(x, point))).orElse(d), deadline.remainingMillis()) : null;
        return value != null && value.isZero();
    }
}

package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaFailure;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Proves a piecewise difference zero branch by branch. The comparisons inside the Piecewise
 * conditions (the kinks) cut the space into cells on which every condition has a fixed truth
 * value; in each cell every Piecewise is replaced by the branch that holds there, and the
 * resulting smooth expression is proved zero.
 *
 * <p>When every kink is a root of one variable v, the cells are exactly the open intervals
 * between the roots and the roots themselves: the proof is complete. Otherwise cells are found by
 * sampling, which cannot promise that none was missed; the result then says so.
 */
final class BranchProof {
    /** Cells, exact or sampled, and a description of them; proved false when a cell failed. */
    record Result(boolean proved, boolean exact, String method) {}

    private static final Set<IExpr> COMPARISONS = Set.of(S.Less, S.Greater, S.LessEqual, S.GreaterEqual, S.Equal, S.Unequal);

    private final SymjaEngine engine;
    private final ZeroTest zero;

    BranchProof(SymjaEngine engine, ZeroTest zero) {
        this.engine = engine;
        this.zero = zero;
    }

    /** A way of proving one smooth expression zero under assumptions. */
    interface ZeroTest {
        boolean isZero(IExpr expr, List<IExpr> assumptions);
    }

    static boolean isPiecewise(IExpr d) {
        return SymjaTrees.contains(d, e -> e == S.Piecewise);
    }

    Result prove(IExpr d, List<IExpr> assumptions, Deadline deadline) {
        List<IExpr> atoms = atoms(d);
        Set<ISymbol> atomVariables = new LinkedHashSet<>();
        atoms.forEach(a -> atomVariables.addAll(SymjaTrees.variables(a)));
        if (atomVariables.size() == 1) {
            ISymbol v = atomVariables.iterator().next();
            TreeSet<Double> roots = new TreeSet<>();
            List<IExpr> exactRoots = new ArrayList<>();
            if (realRoots(atoms, v, roots, exactRoots)) {
                exactRoots.sort((a, b) -> Double.compare(a.evalDouble(), b.evalDouble()));
                return exact(d, v, roots, exactRoots, assumptions, deadline);
            }
        }
        if (atoms.size() == 1) {
            return singleKink(d, atoms.get(0), new ArrayList<>(atomVariables), assumptions, deadline);
        }
        return sampled(d, atoms, new ArrayList<>(atomVariables), assumptions, deadline);
    }

    /**
     * One kink u = 0 in several variables (max(a, b) has u = a - b): the cells are exactly
     * u < 0, u = 0 and u > 0. The open ones are found by sampling, their branches decided by the
     * sign of u alone; the boundary is proved by solving u = 0 for one variable.
     */
    private Result singleKink(IExpr d, IExpr u, List<ISymbol> vars, List<IExpr> assumptions, Deadline deadline) {
        Random random = new Random(11);
        boolean[] covered = new boolean[3];
        for (int i = 0; i < 200 && !(covered[0] && covered[2]) && !deadline.expired(); i++) {
            IASTAppendable at = F.ListAlloc(vars.size());
            for (ISymbol v : vars) {
                at.append(F.Rule(v, F.num(random.nextDouble() * 10 - 5)));
            }
            IExpr value = engine.eval(F.N(F.ReplaceAll(u, at)));
            if (!value.isReal() || !consistent(assumptions, at)) {
                continue;
            }
            int side = value.evalDouble() < 0 ? 0 : 2;
            if (!covered[side]) {
                IExpr branch = resolve(d, at);
                if (branch == null || !zero.isZero(branch, assumptions)) {
                    return new Result(false, true, "the branch " + u + (side == 0 ? " < 0" : " > 0") + " not proved");
                }
                covered[side] = true;
            }
        }
        if (!(covered[0] && covered[2])) {
            // a side no sample reached may still hold points (a thin one, or all of them when time ran out): not a proof
            return new Result(false, true, "the branch " + u + (covered[0] ? " > 0" : " < 0") + " was not reached by a sample point");
        }
        for (ISymbol v : vars) {
            IExpr solutions = engine.eval(F.Solve(F.Equal(u, F.C0), v));
            if (solutions.isList() && ((IAST) solutions).argSize() == 1 && solutions.first().isList()) {
                IExpr boundary = engine.eval(F.ReplaceAll(d, solutions.first()));
                if (!zero.isZero(boundary, assumptions)) {
                    return new Result(false, true, "the boundary " + u + " = 0 not proved");
                }
                return new Result(true, true, "branches: " + u + " < 0, = 0 and > 0, each proved separately");
            }
        }
        return new Result(false, false, "the boundary " + u + " = 0 could not be solved for");
    }

    private Result exact(IExpr d, ISymbol v, TreeSet<Double> roots, List<IExpr> exactRoots, List<IExpr> assumptions,
                         Deadline deadline) {
        List<Double> sorted = new ArrayList<>(roots);
        List<Double> representatives = new ArrayList<>();
        if (sorted.isEmpty()) {
            representatives.add(1.0 / 3);
        } else {
            representatives.add(sorted.get(0) - 1);
            for (int i = 0; i + 1 < sorted.size(); i++) {
                representatives.add((sorted.get(i) + sorted.get(i + 1)) / 2);
            }
            representatives.add(sorted.get(sorted.size() - 1) + 1);
        }
        int cells = 0;
        for (int i = 0; i < representatives.size(); i++) {
            double p = representatives.get(i);
            IAST at = F.List(F.Rule(v, F.num(p)));
            if (deadline.expired()) {
                return new Result(false, true, "time limit");
            }
            if (!consistent(assumptions, at)) {
                continue;
            }
            IExpr branch = resolve(d, at);
            List<IExpr> inCell = new ArrayList<>(assumptions);
            if (i > 0) {
                inCell.add(F.Greater(v, exactRoots.get(i - 1)));
            }
            if (i < exactRoots.size()) {
                inCell.add(F.Less(v, exactRoots.get(i)));
            }
            if (branch == null || !zero.isZero(branch, inCell)) {
                return new Result(false, true, "branch at " + v + " = " + p + " not proved");
            }
            cells++;
        }
        for (IExpr root : exactRoots) {
            IAST at = F.List(F.Rule(v, root));
            if (!consistent(assumptions, at)) {
                continue;
            }
            IExpr boundary = engine.eval(F.ReplaceAll(d, at));
            if (deadline.expired() || !zero.isZero(boundary, assumptions)) {
                return new Result(false, true, "boundary " + v + " = " + root + " not proved");
            }
            cells++;
        }
        String kinks = exactRoots.isEmpty() ? "no kink" : "kinks at " + v + " = " + exactRoots;
        return new Result(true, true, "branches: " + cells(cells) + " (" + kinks + "), each proved separately");
    }

    private Result sampled(IExpr d, List<IExpr> atoms, List<ISymbol> vars, List<IExpr> assumptions, Deadline deadline) {
        Random random = new Random(7);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < 60 && !deadline.expired(); i++) {
            IASTAppendable at = F.ListAlloc(vars.size());
            for (ISymbol v : vars) {
                at.append(F.Rule(v, F.num(random.nextDouble() * 10 - 5)));
            }
            if (!consistent(assumptions, at)) {
                continue;
            }
            StringBuilder signs = new StringBuilder();
            for (IExpr atom : atoms) {
                IExpr value = engine.eval(F.N(F.ReplaceAll(atom, at)));
                if (!value.isReal()) {
                    return new Result(false, false, "kinks not decidable at sample points");
                }
                signs.append((int) Math.signum(value.evalDouble()));
            }
            if (seen.add(signs.toString())) {
                IExpr branch = resolve(d, at);
                if (branch == null || !zero.isZero(branch, assumptions)) {
                    return new Result(false, false, "a branch found by sampling was not proved");
                }
            }
        }
        return new Result(!seen.isEmpty(), false, "branches: " + cells(seen.size()) + " found by sampling, each proved");
    }

    private static String cells(int n) {
        return n + (n == 1 ? " cell" : " cells");
    }

    /** The comparisons u (as u = a - b) inside every Piecewise condition of d. */
    private List<IExpr> atoms(IExpr d) {
        List<IExpr> atoms = new ArrayList<>();
        SymjaTrees.contains(d, e -> {
            if (e.isAST(S.Piecewise) && e.size() > 1 && e.first().isList()) {
                IAST pairs = (IAST) e.first();
                for (int i = 1; i < pairs.size(); i++) {
                    if (pairs.get(i).isList() && pairs.get(i).size() == 3) {
                        comparisons(((IAST) pairs.get(i)).arg2(), atoms);
                    }
                }
            }
            return false;
        });
        return atoms;
    }

    private void comparisons(IExpr condition, List<IExpr> atoms) {
        if (!condition.isAST()) {
            return;
        }
        IAST c = (IAST) condition;
        if (COMPARISONS.contains(c.head())) {
            for (int i = 1; i + 1 < c.size(); i++) {
                IExpr atom = engine.eval(F.Expand(F.Subtract(c.get(i), c.get(i + 1))));
                if (!atoms.contains(atom) && !atoms.contains(engine.eval(F.Negate(atom)))) {
                    atoms.add(atom);
                }
            }
        } else if (c.isAST(S.And) || c.isAST(S.Or) || c.isAST(S.Not)) {
            for (int i = 1; i < c.size(); i++) {
                comparisons(c.get(i), atoms);
            }
        }
    }

    /** The real roots of every atom in v, if Solve finds them all as numbers. */
    private boolean realRoots(List<IExpr> atoms, ISymbol v, TreeSet<Double> roots, List<IExpr> exact) {
        for (IExpr atom : atoms) {
            IExpr solutions;
            try {
                solutions = engine.eval(F.ternaryAST3(S.Solve, F.Equal(atom, F.C0), v, S.Reals));
            } catch (SymjaFailure e) {
                return false;
            }
            if (!solutions.isList()) {
                return false;
            }
            IAST list = (IAST) solutions;
            for (int i = 1; i < list.size(); i++) {
                if (!list.get(i).isList() || list.get(i).size() != 2) {
                    return false;
                }
                IExpr root = ((IAST) ((IAST) list.get(i)).arg1()).arg2();
                if (!root.isReal()) {
                    return false;
                }
                if (roots.add(root.evalDouble())) {
                    exact.add(root);
                }
            }
        }
        return true;
    }

    private boolean consistent(List<IExpr> assumptions, IAST at) {
        for (IExpr assumption : assumptions) {
            IExpr value = engine.eval(F.ReplaceAll(assumption, at));
            if (value.isFalse()) {
                return false; // decidable and violated; undecidable ones (other variables) are kept
            }
        }
        return true;
    }

    /** d with every Piecewise replaced by the branch that holds at the point, or null if undecidable. */
    private IExpr resolve(IExpr d, IAST at) {
        boolean[] undecidable = {false};
        IExpr resolved = SymjaTrees.bottomUp(d, e -> {
            if (!e.isAST(S.Piecewise) || e.size() < 2 || !e.first().isList()) {
                return e;
            }
            IAST piecewise = (IAST) e;
            IAST pairs = (IAST) piecewise.arg1();
            for (int i = 1; i < pairs.size(); i++) {
                IAST pair = (IAST) pairs.get(i);
                IExpr holds = engine.eval(F.ReplaceAll(pair.arg2(), at));
                if (holds.isTrue()) {
                    return pair.arg1();
                }
                if (!holds.isFalse()) {
                    undecidable[0] = true;
                    return e;
                }
            }
            return piecewise.size() > 2 ? piecewise.arg2() : F.C0;
        });
        return undecidable[0] ? null : engine.eval(resolved);
    }
}

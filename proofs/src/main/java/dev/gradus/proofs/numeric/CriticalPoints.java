package dev.gradus.proofs.numeric;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaFailure;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Where a claim's sides change character: the arguments u of its kinks (|u|, sign(u), relu(u),
 * the conditions of a Piecewise), of its poles (1/u) and of its branch points (log(u), sqrt(u),
 * u^(1/3)), which are 0 there; and, for those in one variable, the real roots, around which the
 * probe samples. Counterexamples of a wrong derivative of softsign lie on one side of a kink,
 * the point where (x^2 - 1)/(x - 1) is undefined is a pole's root.
 */
final class CriticalPoints {
    /** The project's functions with a kink where their first argument is 0 (hardtanh's at -1 and 1). */
    private static final Set<String> KINKED = Set.of("relu", "leakyrelu", "prelu", "elu", "selu", "softsign");

    private CriticalPoints() {}

    /** The kinks' arguments: where a derivative does not exist, the places a derivative claim is not compared at. */
    static List<IExpr> kinks(IExpr side) {
        List<IExpr> atoms = new ArrayList<>();
        SymjaTrees.contains(side, e -> {
            if (!e.isAST() || ((IAST) e).argSize() == 0) {
                return false;
            }
            IAST ast = (IAST) e;
            String head = ast.head().toString();
            if (Set.of("Abs", "Sign", "UnitStep", "Ramp", "HeavisideTheta").contains(head)
                    || KINKED.contains(head.toLowerCase(Locale.ROOT))) {
                atoms.add(ast.arg1());
            } else if (head.equalsIgnoreCase("hardtanh") || head.equals("Clip")) {
                atoms.add(F.Subtract(ast.arg1(), F.C1));
                atoms.add(F.Plus(ast.arg1(), F.C1));
            } else if ((head.equals("Max") || head.equals("Min")) && ast.argSize() == 2) {
                atoms.add(F.Subtract(ast.arg1(), ast.arg2()));
            } else if (ast.isAST(S.Piecewise) && ast.arg1().isList()) {
                conditions(ast.arg1(), atoms);
            }
            return false;
        });
        return atoms;
    }

    /** The arguments of poles and branch points: denominators, logarithms' and roots' arguments. */
    static List<IExpr> singularities(IExpr side) {
        List<IExpr> atoms = new ArrayList<>();
        SymjaTrees.contains(side, e -> {
            if (e.isPower()) {
                IExpr exponent = ((IAST) e).exponent();
                boolean positiveInteger = exponent.isInteger() && !exponent.isNegative() && !exponent.isZero();
                if (((IAST) e).base() != S.E && !positiveInteger) {
                    atoms.add(((IAST) e).base());
                }
            } else if (e.isAST(S.Log, 2) || e.isAST(S.Sqrt, 2)) {
                atoms.add(((IAST) e).arg1());
            }
            return false;
        });
        return atoms;
    }

    private static void conditions(IExpr condition, List<IExpr> atoms) {
        if (!condition.isAST()) {
            return;
        }
        IAST c = (IAST) condition;
        String head = c.head().toString();
        if (Set.of("Less", "LessEqual", "Greater", "GreaterEqual", "Equal", "Unequal").contains(head) && c.argSize() == 2) {
            atoms.add(F.Subtract(c.arg1(), c.arg2()));
        } else {
            for (int i = 1; i < c.size(); i++) {
                conditions(c.get(i), atoms);
            }
        }
    }

    /**
     * The real roots of the atoms that depend on one variable, per variable, as exact rationals
     * where they are rational (else rounded to 10^-12): Symja's Solve on each, within the deadline.
     */
    static Map<ISymbol, List<BigFraction>> roots(SymjaEngine engine, List<IExpr> atoms, List<ISymbol> variables, Deadline deadline) {
        Map<ISymbol, List<BigFraction>> roots = new HashMap<>();
        List<IExpr> seen = new ArrayList<>();
        for (IExpr atom : atoms) {
            Set<ISymbol> in = SymjaTrees.variables(atom);
            if (in.size() != 1 || !variables.contains(in.iterator().next()) || seen.contains(atom) || !deadline.leavesTimeForAnEvaluation()) {
                continue;
            }
            seen.add(atom);
            ISymbol v = in.iterator().next();
            IExpr solutions;
            try {
                solutions = engine.eval(F.ternaryAST3(S.Solve, F.Equal(atom, F.C0), v, S.Reals), Math.min(200, deadline.remainingMillis()));
            } catch (SymjaFailure e) {
                continue;
            }
            if (solutions == null || !solutions.isList()) {
                continue;
            }
            for (IExpr solution : (IAST) solutions) {
                if (solution.isList() && ((IAST) solution).argSize() == 1 && solution.first().isRuleAST()) {
                    // roots beyond 10^6 are left to the random points: their neighbourhood is no simpler to sample
                    SamplePoint.coordinate(solution.first().second(), engine).filter(r -> Math.abs(r.doubleValue()) <= 1e6).ifPresent(r -> {
                        List<BigFraction> list = roots.computeIfAbsent(v, k -> new ArrayList<>());
                        if (!list.contains(r) && list.size() < 6) {
                            list.add(r);
                        }
                    });
                }
            }
        }
        return roots;
    }
}

package dev.gradus.proofs.verify;

import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaTrees;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Limits of piecewise functions (relu, leaky relu, elu, hardtanh ...), which Symja gets wrong or
 * leaves alone: at infinity it leaves them unevaluated, and at a finite point it evaluates the
 * Piecewise at the point, one-sided or not (Limit(elu'(x), x -> 0, Direction -> 1) gave the right
 * branch's 1 for any alpha). Here each Piecewise under a limit is replaced by the branch that holds
 * on the side the limit approaches from, found by evaluating the conditions at x = +-10^30, or at
 * a -+ 10^-30 for a finite point a. That is exact for the project's functions, whose kinks are at
 * fixed points (x < 0, x > 1); a condition not decided there leaves the Piecewise alone. A
 * two-sided limit whose sides differ is Indeterminate.
 */
final class PiecewiseLimits {
    private static final IExpr FAR = F.Power(F.ZZ(10), F.ZZ(30));
    private static final IExpr NEAR = F.Power(F.ZZ(10), F.ZZ(-30));

    private final SymjaEngine engine;

    PiecewiseLimits(SymjaEngine engine) {
        this.engine = engine;
    }

    IExpr rewrite(IExpr expr) {
        return SymjaTrees.bottomUp(expr, node -> {
            if (!node.isAST(S.Limit) || ((IAST) node).argSize() < 2 || !((IAST) node).arg2().isRuleAST()) {
                return node;
            }
            IAST limit = (IAST) node;
            IAST rule = (IAST) limit.arg2();
            IExpr x = rule.arg1();
            IExpr to = engine.eval(rule.arg2());
            IExpr function = engine.eval(limit.arg1());
            if (!SymjaTrees.contains(function, e -> e.isAST(S.Piecewise))) {
                return node;
            }
            if (to.isInfinity() || to.isNegativeInfinity()) {
                return F.Limit(branches(function, x, to.isInfinity() ? FAR : F.Negate(FAR)), rule);
            }
            if (!to.isNumber()) {
                return node;
            }
            int side = side(limit);
            IExpr below = F.Limit(branches(function, x, F.Subtract(to, NEAR)), F.Rule(x, to));
            IExpr above = F.Limit(branches(function, x, F.Plus(to, NEAR)), F.Rule(x, to));
            if (side != 0) {
                return side < 0 ? below : above;
            }
            IExpr fromBelow = engine.eval(below);
            return fromBelow.equals(engine.eval(above)) ? fromBelow : S.Indeterminate;
        });
    }

    /** -1 for a limit from below (Direction -> 1 or "FromBelow"), +1 from above, 0 two-sided. */
    private static int side(IAST limit) {
        for (int i = 3; i < limit.size(); i++) {
            if (limit.get(i).isRuleAST() && ((IAST) limit.get(i)).arg1().toString().equals("Direction")) {
                String d = ((IAST) limit.get(i)).arg2().toString();
                if (d.equals("1") || d.equals("FromBelow")) {
                    return -1;
                }
                if (d.equals("-1") || d.equals("FromAbove")) {
                    return 1;
                }
            }
        }
        return 0;
    }

    private IExpr branches(IExpr function, IExpr x, IExpr near) {
        return SymjaTrees.bottomUp(function, e -> e.isAST(S.Piecewise) ? eventualBranch((IAST) e, x, near) : e);
    }

    /** The branch of Piecewise({{v1, c1}, ...}, otherwise) that holds at x = far, or the Piecewise if that is undecided. */
    private IExpr eventualBranch(IAST piecewise, IExpr x, IExpr far) {
        if (!piecewise.arg1().isList()) {
            return piecewise;
        }
        IAST cases = (IAST) piecewise.arg1();
        for (int i = 1; i < cases.size(); i++) {
            if (!cases.get(i).isList() || ((IAST) cases.get(i)).argSize() != 2) {
                return piecewise;
            }
            IAST valueAndCondition = (IAST) cases.get(i);
            IExpr holds = engine.eval(F.ReplaceAll(valueAndCondition.arg2(), F.Rule(x, far)));
            if (holds.isTrue()) {
                return valueAndCondition.arg1();
            }
            if (!holds.isFalse()) {
                return piecewise;
            }
        }
        return piecewise.argSize() >= 2 ? piecewise.arg2() : F.C0;
    }
}

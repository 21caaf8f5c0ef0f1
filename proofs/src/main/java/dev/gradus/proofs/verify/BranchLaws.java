package dev.gradus.proofs.verify;

import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.LinkedHashSet;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The laws of powers and logarithms that hold only on part of the real line, applied only where
 * {@link SignAnalysis} proves that part (a real claim's variables are real):
 *
 * <ul>
 *   <li>(u^a)^b = u^(a b) and (u v)^b = u^b v^b for u, v > 0;
 *   <li>log(u v) = log(u) + log(v) and log(u^a) = a log(u) for u, v > 0; log(e^u) = u;
 *   <li>(u^n)^b = |u|^(n b) for an even integer n (sqrt(u^2) = |u|), on every real u;
 *   <li>|u| = u for u >= 0, |u| = -u for u <= 0.
 * </ul>
 *
 * Symja's own FunctionExpand and PowerExpand apply such laws without their conditions (it proved
 * atan(x) + atan(1/x) = pi/2 for every x); here each is a theorem under its condition.
 */
final class BranchLaws {
    /** The rewritten expression and the laws that changed it (none: unchanged). */
    record Result(IExpr expression, Set<String> laws) {}

    private final SymjaEngine engine;
    private final SignAnalysis signs;

    BranchLaws(SymjaEngine engine, SignAnalysis signs) {
        this.engine = engine;
        this.signs = signs;
    }

    Result apply(IExpr expr) {
        Set<String> used = new LinkedHashSet<>();
        IExpr current = expr;
        for (int pass = 0; pass < 3; pass++) {
            IExpr rewritten = SymjaTrees.bottomUp(current, node -> rewrite(node, used));
            if (rewritten == current) {
                break;
            }
            current = engine.eval(rewritten);
        }
        return new Result(current, used);
    }

    private IExpr rewrite(IExpr node, Set<String> used) {
        if (node.isPower()) {
            return power((IAST) node, used);
        }
        if (node.isAST(S.Log, 2)) {
            return logarithm((IAST) node, used);
        }
        if (node.isAST(S.Abs, 2)) {
            IExpr u = ((IAST) node).arg1();
            if (signs.nonNegative(u)) {
                used.add("|u| = u for u >= 0");
                return u;
            }
            if (signs.nonPositive(u)) {
                used.add("|u| = -u for u <= 0");
                return F.Negate(u);
            }
        }
        return node;
    }

    private IExpr power(IAST power, Set<String> used) {
        IExpr base = power.base();
        IExpr b = power.exponent();
        if (base.isPower() && ((IAST) base).base() != S.E) {
            IExpr u = ((IAST) base).base();
            IExpr a = ((IAST) base).exponent();
            if (a.isInteger() && a.evalDouble() % 2 == 0 && !b.isInteger()) {
                used.add("(u^n)^b = |u|^(n b) for even n");
                return F.Power(F.Abs(u), F.Times(a, b));
            }
            if (!b.isInteger() && signs.positive(u)) {
                used.add("(u^a)^b = u^(a b) for u > 0");
                return F.Power(u, F.Times(a, b));
            }
        }
        if (base.isTimes() && !b.isInteger() && allPositive((IAST) base)) {
            used.add("(u v)^b = u^b v^b for u, v > 0");
            IASTAppendable product = F.TimesAlloc(((IAST) base).argSize());
            ((IAST) base).forEach(f -> product.append(F.Power(f, b)));
            return product;
        }
        return power;
    }

    private IExpr logarithm(IAST log, Set<String> used) {
        IExpr u = log.arg1();
        if (u.isPower() && ((IAST) u).base() == S.E) {
            used.add("log(e^u) = u");
            return ((IAST) u).exponent();
        }
        if (u.isPower() && signs.positive(((IAST) u).base())) {
            used.add("log(u^a) = a log(u) for u > 0");
            return F.Times(((IAST) u).exponent(), F.Log(((IAST) u).base()));
        }
        if (u.isTimes() && allPositive((IAST) u)) {
            used.add("log(u v) = log(u) + log(v) for u, v > 0");
            IASTAppendable sum = F.PlusAlloc(((IAST) u).argSize());
            ((IAST) u).forEach(f -> sum.append(F.Log(f)));
            return sum;
        }
        return log;
    }

    private boolean allPositive(IAST product) {
        for (IExpr factor : product) {
            if (!signs.positive(factor)) {
                return false;
            }
        }
        return true;
    }
}

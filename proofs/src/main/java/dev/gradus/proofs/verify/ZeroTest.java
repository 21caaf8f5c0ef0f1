package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Whether a smooth expression (a branch of a piecewise difference, a derivative) is 0 under
 * conditions, by the sound means of the stages: the branch laws that the conditions allow, then
 * with branch-dependent functions hidden, the rational normal form or Simplify.
 */
final class ZeroTest {
    private final SymjaEngine engine;
    private final RationalNormalForm rational;

    ZeroTest(SymjaEngine engine) {
        this.engine = engine;
        this.rational = new RationalNormalForm(engine);
    }

    /** @param real whether the symbols are real numbers of a real claim (else nothing is known of signs) */
    boolean isZero(IExpr expr, List<IExpr> conditions, boolean real, Deadline deadline) {
        if (expr.isZero()) {
            return true;
        }
        SignAnalysis signs = real ? new SignAnalysis(engine, conditions) : null;
        IExpr e = real ? new BranchLaws(engine, signs).apply(expr).expression() : expr;
        if (e.isZero()) {
            return true;
        }
        IExpr opaque = OpaqueFunctions.hide(e, signs);
        if (rational.zero(opaque, deadline).isPresent()) {
            return true;
        }
        IExpr simplified = deadline.leavesTimeForAnEvaluation()
                ? engine.eval(F.Simplify(opaque, conjunction(conditions)), deadline.remainingMillis()) : null;
        return simplified != null && simplified.isZero();
    }

    static IExpr conjunction(List<IExpr> conditions) {
        if (conditions.isEmpty()) {
            return S.True;
        }
        IASTAppendable and = F.ast(S.And);
        conditions.forEach(and::append);
        return and;
    }
}

package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja's Simplify under what is known (the assumptions, the sides' domains, every variable
 * real), or FullSimplify, on the difference with its branch-dependent functions hidden: the
 * general rewriting these do then cannot use a law that holds on one branch only (FullSimplify
 * alone "proves" atan(x) + atan(1/x) = pi/2 for every x).
 */
final class SymjaSimplify implements ProofStage {
    private final SymjaEngine engine;
    private final boolean full;

    /** @param full FullSimplify (without assumptions) instead of Simplify under them */
    SymjaSimplify(SymjaEngine engine, boolean full) {
        this.engine = engine;
        this.full = full;
    }

    @Override
    public Optional<String> prove(PreparedClaim claim, Deadline deadline) {
        if (!deadline.leavesTimeForAnEvaluation()) {
            return Optional.empty();
        }
        IExpr opaque = claim.opaqueDifference();
        IExpr conditions = ZeroTest.conjunction(claim.assumptions());
        IExpr simplified = engine.eval(full ? F.FullSimplify(opaque) : F.Simplify(opaque, conditions), deadline.remainingMillis());
        if (simplified == null || !simplified.isZero()) {
            return Optional.empty();
        }
        return Optional.of(claim.method(full ? "FullSimplify(lhs - rhs)" : "Simplify(lhs - rhs, " + conditions + ")"));
    }
}

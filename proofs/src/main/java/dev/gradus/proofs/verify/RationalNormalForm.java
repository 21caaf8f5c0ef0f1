package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The difference, its branch-dependent functions hidden ({@link OpaqueFunctions}), rewritten with
 * FunctionExpand and TrigToExp (identities for every complex value of the rest), its
 * exponentials as powers of new symbols ({@link ExponentialAtoms}), is a rational function whose
 * numerator over a common denominator ({@link CommonDenominator}, or Together) is 0: then the
 * difference is 0 wherever the denominators are not, which is everywhere both sides are defined.
 * This decides the sigmoid, tanh, softplus and complex backpropagation identities in milliseconds.
 */
final class RationalNormalForm implements ProofStage {
    private static final int LARGEST_EXPANDED_POWER = 64;

    private final SymjaEngine engine;

    RationalNormalForm(SymjaEngine engine) {
        this.engine = engine;
    }

    @Override
    public Optional<String> prove(PreparedClaim claim, Deadline deadline) {
        return zero(claim.opaqueDifference(), deadline).map(claim::method);
    }

    /** The method that shows the expression (branch-dependent functions hidden already) to be 0, or empty. */
    Optional<String> zero(IExpr expr, Deadline deadline) {
        if (tooLargeToExpand(expr)) {
            return Optional.empty();
        }
        IExpr expanded = timed(F.TrigToExp(F.FunctionExpand(expr)), deadline);
        if (expanded == null) {
            return Optional.empty();
        }
        boolean exponentials = ExponentialAtoms.hasExponential(expanded);
        IExpr rational = exponentials ? new ExponentialAtoms(engine).substitute(expanded) : expanded;
        IExpr numerator = new CommonDenominator(engine).numerator(rational, deadline);
        if (numerator != null && numerator.isZero()) {
            return Optional.of("numerator of TrigToExp(FunctionExpand(lhs - rhs))" + (exponentials ? ", exponentials as symbols" : ""));
        }
        IExpr together = timed(F.Together(expanded), deadline);
        return together != null && together.isZero() ? Optional.of("Together(TrigToExp(FunctionExpand(lhs - rhs)))") : Optional.empty();
    }

    /** A sum raised to a power above {@value #LARGEST_EXPANDED_POWER}: its expansion has more terms than any proof needs ((x - a)^6000). */
    private static boolean tooLargeToExpand(IExpr expr) {
        return SymjaTrees.contains(expr, e -> e.isPower() && ((IAST) e).base().isPlus() && ((IAST) e).exponent().isInteger()
                && Math.abs(((IAST) e).exponent().toIntDefault(Integer.MAX_VALUE)) > LARGEST_EXPANDED_POWER);
    }

    private IExpr timed(IExpr expr, Deadline deadline) {
        return deadline.leavesTimeForAnEvaluation() ? engine.eval(expr, deadline.remainingMillis()) : null;
    }
}

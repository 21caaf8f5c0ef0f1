package dev.gradus.proofs.verify;

import dev.gradus.proofs.numeric.NumericProbe;
import java.util.List;
import java.util.Set;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A claim ready for the proof stages and the numeric probe.
 *
 * @param shownLhs    the left side as parsed, for the user
 * @param shownRhs    the right side as parsed
 * @param lhs         the left side evaluated (derivatives, the project's functions, complex variables as x + I y), every symbol real
 * @param rhs         the right side likewise
 * @param difference  lhs - rhs, with the {@link BranchLaws} that hold applied and kinks written as Piecewise
 * @param laws        the branch laws that were applied, named for the method a proof reports
 * @param variables   the real symbols of the claim
 * @param assumptions what may be assumed in a proof: the user's assumptions, the sides' domains (real claims), every variable real
 * @param signs       what those conditions say of signs; null for a complex claim
 * @param sides       the sides as written, for the numeric probe
 */
record PreparedClaim(String shownLhs, String shownRhs, IExpr lhs, IExpr rhs, IExpr difference, Set<String> laws,
                     List<ISymbol> variables, List<IExpr> assumptions, SignAnalysis signs, NumericProbe.Sides sides) {

    boolean complex() {
        return signs == null;
    }

    /** The difference with its branch-dependent functions hidden (see {@link OpaqueFunctions}). */
    IExpr opaqueDifference() {
        return OpaqueFunctions.hide(difference, signs);
    }

    /** A proof's method named with the laws it relied on. */
    String method(String proof) {
        return laws.isEmpty() ? proof : proof + ", after " + String.join("; ", laws);
    }
}

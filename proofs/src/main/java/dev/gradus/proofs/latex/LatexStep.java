package dev.gradus.proofs.latex;

import dev.gradus.proofs.Claim;

/**
 * One step of a LaTeX derivation: the claim to check (its sides in the expression language, its
 * positions in the original text) and the LaTeX each side was read from, trimmed, so that the
 * command line can show both.
 */
public record LatexStep(Claim claim, String lhsLatex, String rhsLatex) {
    /** The step as written: its sides joined by = or, for an approximate step, by {@code \approx}. */
    public String written() {
        return lhsLatex + (claim.approximate() ? " \\approx " : " = ") + rhsLatex;
    }
}

package dev.gradus.proofs;

import dev.gradus.proofs.latex.LatexDocument;
import java.util.List;

/**
 * A checked derivation.
 *
 * @param steps   every step, in the order written
 * @param skipped what a LaTeX document relates by something other than '=' (with the reason and where)
 * @param latex   whether the input was LaTeX
 */
public record CheckedDerivation(List<CheckedStep> steps, List<LatexDocument.Skipped> skipped, boolean latex) {
    public CheckedDerivation {
        steps = List.copyOf(steps);
        skipped = List.copyOf(skipped);
    }

    /** The worst verdict of a step (PROVED only if every step is); UNKNOWN for no steps, which prove nothing. */
    public Verdict verdict() {
        return steps.isEmpty() ? Verdict.UNKNOWN : Verdict.worst(steps.stream().map(s -> s.result().verdict()).toList());
    }
}

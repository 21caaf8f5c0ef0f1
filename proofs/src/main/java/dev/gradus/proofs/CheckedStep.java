package dev.gradus.proofs;

import java.util.List;

/**
 * One checked step of a derivation.
 *
 * @param claim  the step as read
 * @param source the step as written, for LaTeX input; else null
 * @param tex    the two sides as read, typeset in LaTeX (empty for plain input, or when unknown)
 * @param result the verdict and its evidence
 */
public record CheckedStep(Claim claim, String source, List<String> tex, StepResult result) {
    public CheckedStep {
        tex = List.copyOf(tex);
    }
}

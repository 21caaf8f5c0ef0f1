package dev.gradus.proofs;

import java.util.Map;

/**
 * The check of one step lhs = rhs.
 *
 * @param lhs            the left-hand side as parsed (echoed back so the user sees what was checked)
 * @param rhs            the right-hand side as parsed
 * @param verdict        the outcome
 * @param method         what decided it, e.g. "Together(TrigToExp(FunctionExpand(lhs - rhs)))"
 * @param counterexample for REFUTED, the point (variable -> value; complex variables as Re(z), Im(z)); else null
 * @param message        an explanation for a person; for ERROR it names the column
 */
public record StepResult(String lhs, String rhs, Verdict verdict, String method, Map<String, Double> counterexample,
                         String message) {
    public StepResult {
        counterexample = counterexample == null ? null : Map.copyOf(counterexample);
    }

    static StepResult error(String lhs, String rhs, Claim.Position at, ParseError e) {
        return new StepResult(lhs, rhs, Verdict.ERROR, "parse", null, e.kind() + " at " + at + ": " + e.getMessage());
    }
}

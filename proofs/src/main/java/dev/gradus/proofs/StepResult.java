package dev.gradus.proofs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param notes          what else the check found: a point in one side's domain only, a proof the numbers overruled
 */
public record StepResult(String lhs, String rhs, Verdict verdict, String method, Map<String, Double> counterexample,
                         String message, List<String> notes) {
    public StepResult {
        counterexample = counterexample == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(counterexample));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A result without notes. */
    public StepResult(String lhs, String rhs, Verdict verdict, String method, Map<String, Double> counterexample, String message) {
        this(lhs, rhs, verdict, method, counterexample, message, List.of());
    }

    /** This result with {@code first} before its own notes (how the step's notation was read, say). */
    public StepResult withNotesFirst(List<String> first) {
        if (first.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(notes);
        return new StepResult(lhs, rhs, verdict, method, counterexample, message, all);
    }

    public static StepResult error(String lhs, String rhs, Claim.Position at, ParseError e) {
        return new StepResult(lhs, rhs, Verdict.ERROR, "parse", null, e.kind() + " at " + at + ": " + e.getMessage());
    }
}

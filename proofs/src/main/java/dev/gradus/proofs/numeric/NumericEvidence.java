package dev.gradus.proofs.numeric;

import dev.gradus.proofs.Deadline;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the numbers say about a claim: a counterexample (confirmed by Symja), a point in one
 * side's domain and not the other's, and the points where the sides agree. Agreement is
 * confirmed in 30 digits only when asked ({@link #agreeing(Deadline)}): a claim with a proof
 * needs none, only the search for counterexamples.
 */
public final class NumericEvidence {
    /**
     * A point where both sides are defined and differ, and the values there.
     *
     * @param exact whether the values were compared exactly (else in 30 digits, confirmed in 50)
     */
    public record Counterexample(Map<String, Double> point, String explanation, boolean exact) {
        /** How the difference was established, for a step's method. */
        public String method() {
            return exact ? "numeric (exact)" : "numeric (30 digits, confirmed in 50)";
        }
    }

    /** A point in the domain of one side only. */
    public record DomainDifference(Map<String, Double> point, boolean leftOnly, String explanation) {}

    /** How the agreeing points are to be confirmed, when asked. */
    interface Confirmation {
        /** Confirms up to {@code wanted} points; may find a counterexample among them instead. */
        int confirm(int wanted, Deadline deadline, NumericEvidence evidence);
    }

    private Counterexample counterexample;
    private final DomainDifference domainDifference;
    private final List<String> notes;
    /** What the screen found, said when asked: points left open may be settled by the confirmation. */
    private final java.util.function.Supplier<String> screenSummary;
    private final Confirmation confirmation;
    private int confirmed = -1;

    NumericEvidence(Counterexample counterexample, DomainDifference domainDifference, List<String> notes,
                    java.util.function.Supplier<String> screenSummary, Confirmation confirmation) {
        this.counterexample = counterexample;
        this.domainDifference = domainDifference;
        this.notes = List.copyOf(notes);
        this.screenSummary = screenSummary;
        this.confirmation = confirmation;
    }

    /** No evidence: nothing could be compared, for the reason given. */
    static NumericEvidence none(String reason) {
        return new NumericEvidence(null, null, List.of(), () -> reason, (wanted, deadline, evidence) -> 0);
    }

    public Optional<Counterexample> counterexample() {
        return Optional.ofNullable(counterexample);
    }

    public Optional<DomainDifference> domainDifference() {
        return Optional.ofNullable(domainDifference);
    }

    /** What a person should know besides the verdict: a point in one side's domain only, a side compared as complex. */
    public List<String> notes() {
        return notes;
    }

    /**
     * The number of points (at most {@link NumericProbe#POINTS}) where both sides are defined
     * and agree in 30 digits; confirming them may find a counterexample instead, which
     * {@link #counterexample()} then holds.
     */
    public int agreeing(Deadline deadline) {
        if (confirmed < 0 && counterexample == null) {
            confirmed = confirmation.confirm(NumericProbe.POINTS, deadline, this);
        }
        return Math.max(confirmed, 0);
    }

    void found(Counterexample c) {
        if (counterexample == null) {
            counterexample = c;
        }
    }

    /** What was compared, for a person: how many points, in which precision. */
    public String summary() {
        String agreed = confirmed < 0 ? "" : confirmed + (confirmed == 1 ? " point agrees" : " points agree") + " in 30 digits";
        return List.of(agreed, screenSummary.get()).stream().filter(s -> !s.isEmpty()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}

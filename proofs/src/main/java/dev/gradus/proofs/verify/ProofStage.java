package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import java.util.Optional;

/**
 * One way of proving that a claim's sides agree on their common domain. Each stage says in its
 * documentation why it is sound; the {@link Verifier} still cross-examines whatever a stage
 * proves with the numeric probe.
 */
interface ProofStage {
    /** The method, in words for a person, when this stage proves the claim; empty when it does not. */
    Optional<String> prove(PreparedClaim claim, Deadline deadline);
}

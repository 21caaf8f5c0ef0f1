package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import java.util.Optional;

/**
 * The difference is 0 once evaluated (and once the branch laws that hold are applied): Symja's
 * evaluation only applies identities that hold for every complex value of the symbols.
 */
final class ZeroAfterEvaluation implements ProofStage {
    @Override
    public Optional<String> prove(PreparedClaim claim, Deadline deadline) {
        return claim.difference().isZero() ? Optional.of(claim.method("evaluation")) : Optional.empty();
    }
}

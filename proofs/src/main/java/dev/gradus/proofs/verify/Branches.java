package dev.gradus.proofs.verify;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.Optional;

/**
 * A piecewise difference (|u|, relu, max, hardtanh, ...) proved 0 branch by branch: sound when
 * the branches are enumerated exactly ({@link BranchProof}: every kink a root of one variable, or
 * a single kink), each branch proved by the {@link ZeroTest} under its cell's conditions. Cells
 * found only by sampling are no proof.
 */
final class Branches implements ProofStage {
    private final SymjaEngine engine;
    private final ZeroTest zero;

    Branches(SymjaEngine engine) {
        this.engine = engine;
        this.zero = new ZeroTest(engine);
    }

    @Override
    public Optional<String> prove(PreparedClaim claim, Deadline deadline) {
        if (!BranchProof.isPiecewise(claim.difference())) {
            return Optional.empty();
        }
        BranchProof.Result branches = new BranchProof(engine, (e, a) -> zero.isZero(e, a, !claim.complex(), deadline))
                .prove(claim.difference(), claim.assumptions(), deadline);
        return branches.proved() && branches.exact() ? Optional.of(claim.method(branches.method())) : Optional.empty();
    }
}

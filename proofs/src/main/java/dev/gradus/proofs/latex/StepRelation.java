package dev.gradus.proofs.latex;

import java.util.Optional;

/**
 * The relations a step is made of: '=' (and {@code \equiv}, an identity), {@code \approx} (a
 * step right to the digits written) and the defining ones ({@code :=}, {@code \coloneqq}).
 * Every other relation ({@code \le}, {@code \in}, {@code \to}) is no step.
 */
enum StepRelation {
    EQUALS, APPROXIMATELY, DEFINES;

    static Optional<StepRelation> of(Token relation) {
        if (relation.isSymbol("=") || DefiningRelations.isIdentity(relation)) {
            return Optional.of(EQUALS);
        }
        if (relation.isCommand("approx") || relation.isCommand("thickapprox")) {
            return Optional.of(APPROXIMATELY);
        }
        return DefiningRelations.isDefinition(relation) ? Optional.of(DEFINES) : Optional.empty();
    }
}

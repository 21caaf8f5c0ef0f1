package dev.gradus.proofs.latex;

import java.util.Set;

/**
 * The relations that define rather than claim: {@code :=}, {@code \coloneqq}, {@code \triangleq},
 * {@code \defeq}; and {@code \equiv}, which defines a new name ({@code L \equiv (a - y)^2/2}) and
 * otherwise claims an identity, which the checker reads as '='.
 */
final class DefiningRelations {
    private static final Set<String> DEFINING = Set.of(":=", "\\coloneqq", "\\coloneq", "\\triangleq", "\\defeq");

    private DefiningRelations() {}

    static boolean isDefinition(Token relation) {
        return DEFINING.contains(relation.written());
    }

    static boolean isIdentity(Token relation) {
        return relation.isCommand("equiv");
    }
}

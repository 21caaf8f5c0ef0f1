package dev.gradus.proofs;

import java.util.List;
import java.util.Set;

/**
 * A claim lhs = rhs in the expression language (relaxed Symja syntax plus the project's functions).
 *
 * @param lhs              the left-hand side
 * @param rhs              the right-hand side
 * @param assumptions      conditions such as "z < 0" or "w >= 4" under which the claim is made
 * @param complexVariables variables that are complex; all others are real
 */
public record Claim(String lhs, String rhs, List<String> assumptions, Set<String> complexVariables) {
    public Claim {
        assumptions = List.copyOf(assumptions);
        complexVariables = Set.copyOf(complexVariables);
    }

    /** A claim about real variables without assumptions. */
    public static Claim of(String lhs, String rhs) {
        return new Claim(lhs, rhs, List.of(), Set.of());
    }
}

package dev.gradus.proofs;

import java.util.Set;

/**
 * How a claim's sides are written: in the expression language (relaxed Symja syntax plus the
 * project's functions, as the catalogue and the Java API write them), or in plain notation as
 * people type it ({@link dev.gradus.proofs.plain.PlainNotation}: x**2, sin x^2, d/dx, e and i
 * as constants), which the verifier reads first.
 *
 * @param plain     whether the sides are plain notation
 * @param variables in plain notation, names that are variables where they would be constants (e, i)
 */
public record Notation(boolean plain, Set<String> variables) {
    public static final Notation EXPRESSION = new Notation(false, Set.of());

    public Notation {
        variables = Set.copyOf(variables);
    }

    public static Notation plain(Set<String> variables) {
        return new Notation(true, variables);
    }
}

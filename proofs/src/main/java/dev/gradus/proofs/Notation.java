package dev.gradus.proofs;

import java.util.List;
import java.util.Set;

/**
 * How a claim's sides are written: in the expression language (relaxed Symja syntax plus the
 * project's functions, as the catalogue and the Java API write them), or in plain notation as
 * people type it ({@link dev.gradus.proofs.plain.PlainNotation}: x**2, sin x^2, d/dx, e and i
 * as constants), which the verifier reads first.
 *
 * @param plain       whether the sides are plain notation
 * @param variables   in plain notation, names that are variables where they would be constants (e, i)
 * @param functions   names that are functions where applied ({@code --function y}: y(x) is not y times x)
 * @param definitions what the document defined before the step, in order: the step is about what they stand for
 * @param defines     whether the step itself is a definition (its left side a new name): read, not proved
 */
public record Notation(boolean plain, Set<String> variables, Set<String> functions, List<Definition> definitions, boolean defines) {
    public static final Notation EXPRESSION = new Notation(false, Set.of(), Set.of(), List.of(), false);

    public Notation {
        variables = Set.copyOf(variables);
        functions = Set.copyOf(functions);
        definitions = definitions == null ? List.of() : List.copyOf(definitions);
    }

    public static Notation plain(Set<String> variables) {
        return new Notation(true, variables, Set.of(), List.of(), false);
    }

    /** This notation with {@code names} read as functions where applied. */
    public Notation withFunctions(Set<String> names) {
        return new Notation(plain, variables, names, definitions, defines);
    }

    /** This notation for a step after {@code made}, itself a definition or not. */
    public Notation after(List<Definition> made, boolean definition) {
        return new Notation(plain, variables, functions, made, definition);
    }
}

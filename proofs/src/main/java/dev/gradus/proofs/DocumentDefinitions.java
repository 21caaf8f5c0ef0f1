package dev.gradus.proofs;

import dev.gradus.proofs.plain.PlainNotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which steps of a document define a name, and what every step knows: the same rule for plain
 * text and LaTeX. A step defines when its left side is a name ({@code z = w x + b}) or a function
 * of parameters ({@code f(x) = x^2 + 1}) that its right side does not use, and either it starts
 * a chain with a name nothing before defined, or it was written as a definition ({@code :=},
 * {@code \coloneqq}, "Let ...", "where ...") of such a name; no name is defined twice. A name that earlier
 * steps used freely ({@code σ(z)} for every z) may be defined after them ({@code z = w x + b}):
 * as a claim, {@code z = w x + b} could only be wrong, never what its writer meant. Every later step is about what the names stand for
 * ({@link Notation#definitions}). Pure text: the sides are read for names only.
 */
public final class DocumentDefinitions {
    private static final Pattern DEFINED = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(?:\\(\\s*([A-Za-z][A-Za-z0-9]*(?:\\s*,\\s*[A-Za-z][A-Za-z0-9]*)*)\\s*\\))?\\s*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private DocumentDefinitions() {}

    /**
     * The steps in {@code notation}, each with the definitions made before it (and a definition
     * with its own, so that {@code s(z) = ... s ...} could be read).
     *
     * @param written the steps in document order, those written as definitions ({@code :=},
     *                "Let") with {@link Notation#defines} set
     */
    public static List<Claim> mark(List<Claim> written, Notation notation) {
        List<Definition> made = new ArrayList<>();
        List<Claim> steps = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Claim c = written.get(i);
            boolean chainStarts = i == 0 || !c.lhsAt().equals(written.get(i - 1).rhsAt());
            Set<String> defined = new LinkedHashSet<>();
            made.forEach(d -> defined.add(d.name()));
            // a name is defined once: "with $s = x^3$" after s = x^2 is a claim to check, not a new meaning
            Optional<Definition> definition = c.notation().defines() || chainStarts ? definition(c, defined, notation) : Optional.empty();
            definition.ifPresent(made::add);
            steps.add(c.withNotation(notation.after(made, definition.isPresent())));
        }
        return steps;
    }

    /** The definition a step makes, unless its name is among {@code taken}. */
    private static Optional<Definition> definition(Claim step, Set<String> taken, Notation notation) {
        Matcher m = DEFINED.matcher(step.lhs());
        if (!m.matches() || step.rhs().isBlank()) {
            return Optional.empty();
        }
        String name = m.group(1);
        if (!definable(name, notation) || taken.contains(name) || names(step.rhs()).contains(name)) {
            return Optional.empty();
        }
        List<String> parameters = m.group(2) == null ? List.of() : List.of(m.group(2).split("\\s*,\\s*"));
        return Optional.of(new Definition(name, parameters, step.rhs()));
    }

    /**
     * Whether a name can be defined: not a function or a constant. In plain notation e and i are
     * constants unless declared variables; the expression language writes the constants E and I,
     * so its e and i are names (LaTeX's e where the document defines it).
     */
    private static boolean definable(String name, Notation notation) {
        return PlainNotation.definable(name) || notation.variables().contains(name)
                || !notation.plain() && (name.equals("e") || name.equals("i"));
    }

    private static Set<String> names(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}

package dev.gradus.proofs;

import dev.gradus.proofs.plain.PlainNotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /** A name, or a function of parameters: letters of any alphabet (δ2 = ..., plain text's Greek letters), digits, '_'. */
    private static final Pattern DEFINED = Pattern.compile(
            "\\s*(\\p{L}[\\p{L}0-9_]*)\\s*(?:\\(\\s*(\\p{L}[\\p{L}0-9_]*(?:\\s*,\\s*\\p{L}[\\p{L}0-9_]*)*)\\s*\\))?\\s*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private DocumentDefinitions() {}

    /**
     * The steps of a document with what each knows, and the steps that cannot be decided: those
     * that use a name whose definition could not be read, or a name defined through one that was
     * defined anew after it.
     *
     * @param steps   in document order, each with the definitions made before it
     * @param blocked step index to why it is not checked
     */
    public record Marked(List<Claim> steps, Map<Integer, String> blocked) {}

    /**
     * A name whose definition could not be read ({@code L = ½(o - t)^2} where ½ is unknown): the
     * steps after it that use it are not decided as if it were free.
     */
    public record Unread(String name, Claim.Position at) {}

    /**
     * The steps in {@code notation}, each with the definitions made before it (and a definition
     * with its own, so that {@code s(z) = ... s ...} could be read).
     *
     * @param written the steps in document order, those written as definitions ({@code :=},
     *                "Let") with {@link Notation#defines} set
     */
    public static List<Claim> mark(List<Claim> written, Notation notation) {
        return marked(written, notation, Set.of(), List.of()).steps();
    }

    /**
     * As {@link #mark}, where the steps at {@code anew} ("let $y = x^3$" after y = x^2) define
     * their name again for the steps after them, and the names of {@code unread} are taken.
     */
    public static Marked marked(List<Claim> written, Notation notation, Set<Integer> anew, List<Unread> unread) {
        List<Definition> made = new ArrayList<>();
        Map<String, Claim.Position> madeAt = new HashMap<>();
        Map<String, String> spoiled = new HashMap<>();   // a name to why the steps that use it cannot be decided
        Set<String> usedBefore = new HashSet<>();
        List<Claim> steps = new ArrayList<>();
        Map<Integer, String> blocked = new HashMap<>();
        for (int i = 0; i < written.size(); i++) {
            Claim c = written.get(i);
            for (Unread u : unread) {
                if (before(u.at(), c.lhsAt()) && !madeAt.containsKey(u.name())) {
                    spoiled.putIfAbsent(u.name(), "uses " + u.name() + ", whose definition at " + u.at() + " could not be read");
                }
            }
            boolean chainStarts = i == 0 || !c.lhsAt().equals(written.get(i - 1).rhsAt());
            Set<String> defined = new LinkedHashSet<>(madeAt.keySet());
            defined.addAll(spoiled.keySet());   // w = x^2 after w went stale is no new definition of w
            // "We define $L := ...$" as defined before restates it: a claim, checked
            boolean again = anew.contains(i) && made.stream().noneMatch(d -> d.body().replaceAll("\\s+", "")
                    .equals(c.rhs().replaceAll("\\s+", "")) && name(c, notation).orElse("").equals(d.name()));
            if (again) {
                defined.remove(name(c, notation).orElse(""));
            }
            // a name is defined once: "with $s = x^3$" after s = x^2 is a claim to check, not a new meaning
            Optional<Definition> definition = !c.approximate() && (c.notation().defines() || chainStarts || again)
                    ? definition(c, defined, usedBefore, notation) : Optional.empty();
            Set<String> uses = uses(c, notation);
            Optional<String> why = uses.stream().filter(spoiled::containsKey).findFirst().map(spoiled::get);
            if (why.isPresent() && definition.isEmpty()) {
                blocked.put(i, why.get());
            }
            if (definition.isPresent()) {
                Definition d = definition.get();
                why.ifPresent(w -> spoiled.put(d.name(), w));   // M = L + 1 with L unread: M is no better
                if (madeAt.containsKey(d.name())) {
                    respoil(d.name(), madeAt.get(d.name()), c.lhsAt(), made, madeAt, spoiled, notation);
                    made.removeIf(old -> old.name().equals(d.name()));
                }
                if (why.isEmpty()) {
                    spoiled.remove(d.name());
                }
                made.add(d);
                madeAt.put(d.name(), c.lhsAt());
                if (!readable(d, notation)) {
                    spoiled.put(d.name(), "uses " + d.name() + ", whose definition at " + c.lhsAt() + " could not be read");
                }
            }
            usedBefore.addAll(uses);
            steps.add(c.withNotation(notation.after(made, definition.isPresent())));
        }
        return new Marked(steps, blocked);
    }

    /**
     * The definitions made before {@code name} is defined anew whose bodies use it: put in later,
     * they would use the new meaning, which is not what they were written with. The steps that
     * use them are not decided.
     */
    private static void respoil(String name, Claim.Position first, Claim.Position again, List<Definition> made,
                                Map<String, Claim.Position> madeAt, Map<String, String> spoiled, Notation notation) {
        Set<String> stale = new HashSet<>(Set.of(name));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Definition d : made) {
                if (!stale.contains(d.name()) && names(d.body(), notation).stream().anyMatch(stale::contains)) {
                    stale.add(d.name());
                    grew = true;
                }
            }
        }
        stale.remove(name);
        for (String n : stale) {
            made.removeIf(d -> d.name().equals(n));
            spoiled.put(n, "uses " + n + ", whose definition at " + madeAt.remove(n) + " used " + name
                    + " as defined at " + first + ", which was defined anew at " + again);
        }
    }

    /** Whether {@code at} comes before {@code other} in the document. */
    private static boolean before(Claim.Position at, Claim.Position other) {
        return at.line() < other.line() || at.line() == other.line() && at.column() < other.column();
    }

    /** The name a step's left side would define, if it is a name or a function of parameters. */
    private static Optional<String> name(Claim step, Notation notation) {
        Matcher m = DEFINED.matcher(step.lhs());
        return m.matches() ? read(m.group(1), notation) : Optional.empty();
    }

    /**
     * A name as the steps read it: in plain notation δ2 is delta2, w_1 is w1 and C is cc, which is
     * what the definition must be called for the steps that use it to find it.
     */
    private static Optional<String> read(String name, Notation notation) {
        return notation.plain() ? PlainNotation.name(name, notation.variables()) : Optional.of(name);
    }

    /** The names a step uses: in plain notation as read ({@code dL/do} uses L), else as written. */
    private static Set<String> uses(Claim step, Notation notation) {
        if (notation.plain()) {
            try {
                return names(PlainNotation.read(step.lhs() + " + (" + step.rhs() + ")", notation, step.lhs()).expression());
            } catch (ParseError unreadable) {
                // read as written below: the step's own check says what is wrong
            }
        }
        return names(step.lhs() + " " + step.rhs());
    }

    /** The names a text uses: in plain notation as read (σ is sigma), else as written. */
    private static Set<String> names(String text, Notation notation) {
        if (notation.plain()) {
            try {
                return names(PlainNotation.read(text, notation, text).expression());
            } catch (ParseError unreadable) {
                // read as written below
            }
        }
        return names(text);
    }

    /** Whether a definition's body can be read: in plain notation, by the plain reading; other bodies were read already. */
    private static boolean readable(Definition d, Notation notation) {
        if (!notation.plain()) {
            return true;
        }
        try {
            PlainNotation.read(d.body(), notation, d.body());
            return true;
        } catch (ParseError unreadable) {
            return false;
        }
    }

    /** The definition a step makes, unless its name is among {@code taken}. */
    private static Optional<Definition> definition(Claim step, Set<String> taken, Set<String> usedBefore, Notation notation) {
        Matcher m = DEFINED.matcher(step.lhs());
        if (!m.matches() || step.rhs().isBlank()) {
            return Optional.empty();
        }
        Optional<String> read = read(m.group(1), notation);
        if (read.isEmpty()) {   // oo = 5 is about infinity
            return Optional.empty();
        }
        String name = read.get();
        List<String> parameters = m.group(2) == null ? List.of()
                : List.of(m.group(2).split("\\s*,\\s*")).stream().map(p -> read(p, notation).orElse(p)).toList();
        // the document's swish(x) = x σ(βx) is its own swish, unless steps before used the table's
        // (written as a definition, or with a name besides its parameters: sigmoid(x) = (1 + tanh(x/2))/2 is a claim to check)
        boolean own = definable(name, notation) || !parameters.isEmpty() && PlainNotation.redefinable(name) && !usedBefore.contains(name)
                && (step.notation().defines() || names(step.rhs(), notation).stream().anyMatch(n -> !parameters.contains(n) && definable(n, notation)));
        if (!own || taken.contains(name) || names(step.rhs(), notation).contains(name)) {
            return Optional.empty();
        }
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

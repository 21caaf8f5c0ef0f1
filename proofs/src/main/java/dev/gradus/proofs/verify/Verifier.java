package dev.gradus.proofs.verify;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.Definition;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.numeric.NumericEvidence;
import dev.gradus.proofs.numeric.NumericProbe;
import dev.gradus.proofs.plain.PlainNotation;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaFailure;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Decides a claim lhs = rhs. The semantics (the README says it for students): variables are
 * real unless declared complex; a side is defined at a point when every step of it, as written,
 * is real and finite there; a claim with I or complex variables compares principal complex
 * values. A claim is true when its sides agree wherever both are defined; a point where only one
 * is defined is a note (or, with {@link Claim#strictDomains()}, a refutation).
 *
 * <p>The decision, in order:
 * <ol>
 *   <li>the cheap proofs: {@link ZeroAfterEvaluation}, {@link RationalNormalForm};
 *   <li>the {@link NumericProbe}, always, also after a proof: a counterexample it confirms refutes
 *       the claim and overrules any proof (the step says which method it overruled);
 *   <li>the costly proofs: {@link ConstantByDerivative}, {@link Branches}, Simplify under the
 *       assumptions, FullSimplify ({@link SymjaSimplify});
 *   <li>without a proof, PLAUSIBLE when at least {@link NumericProbe#POINTS} points agree in 30
 *       digits, else UNKNOWN, saying how many did.
 * </ol>
 * Every stage proves on the common domain only what holds there for every value of the
 * variables: laws that hold on one branch are applied only where their conditions are proved
 * ({@link BranchLaws}), and the functions they concern are hidden from Symja's general rewriting
 * ({@link OpaqueFunctions}). Every Symja call runs under the deadline. One verifier per thread.
 *
 * <p>This is the verifier in-process, with no way to stop a computation Symja does not stop by
 * itself: code outside this module uses {@link dev.gradus.proofs.Checker}, which runs it in a
 * worker process. Making one loads Symja's rule base, about 4 s on the first in a JVM.
 */
public final class Verifier {
    private final SymjaEngine engine;
    private final ClaimPreparation preparation;
    private final NumericProbe probe;
    private final List<ProofStage> cheap;
    private final List<ProofStage> costly;

    public Verifier(SymjaEngine engine) {
        this(engine, List.of(new ZeroAfterEvaluation(), new RationalNormalForm(engine)),
                List.of(new ConstantByDerivative(engine), new Branches(engine), new SymjaSimplify(engine, false),
                        new SymjaSimplify(engine, true)));
    }

    /** With other proof stages: for tests of what the probe does to a stage that proves a false claim. */
    Verifier(SymjaEngine engine, List<ProofStage> cheap, List<ProofStage> costly) {
        this.engine = engine;
        this.preparation = new ClaimPreparation(engine);
        this.probe = new NumericProbe(engine);
        this.cheap = List.copyOf(cheap);
        this.costly = List.copyOf(costly);
    }

    /** A verifier on a new engine (about 4 s for the first one in a JVM: Symja's rule base). */
    public Verifier() {
        this(new SymjaEngine());
    }

    public StepResult verify(Claim claim, Deadline deadline) {
        return verify(claim, deadline, provisional -> { });
    }

    /**
     * As {@link #verify(Claim, Deadline)}, telling {@code provisional} the best verdict known so
     * far (PLAUSIBLE, once the points agree) before the costly proof attempts start: whoever
     * stops the check at a time limit can still report it.
     */
    public StepResult verify(Claim claim, Deadline deadline, Consumer<StepResult> provisional) {
        IExpr lhs;
        IExpr rhs;
        List<IExpr> assumptions = new ArrayList<>();
        List<String> reading = new ArrayList<>();
        try {
            lhs = parse(claim, claim.lhs(), reading);
        } catch (ParseError e) {
            return StepResult.error(claim.lhs(), claim.rhs(), claim.lhsAt().plus(e.column()), e);
        }
        try {
            rhs = parse(claim, claim.rhs(), reading);
        } catch (ParseError e) {
            return StepResult.error(claim.lhs(), claim.rhs(), claim.rhsAt().plus(e.column()), e);
        }
        if (claim.notation().defines()) {
            Definition own = claim.notation().definitions().get(claim.notation().definitions().size() - 1);
            Optional<ParseError> unreadable = read(own, claim).error();
            if (unreadable.isPresent()) {
                return new StepResult(lhs.toString(), rhs.toString(), Verdict.ERROR, "parse", null,
                        "this definition cannot be read: " + unreadable.get().getMessage());
            }
            return new StepResult(lhs.toString(), rhs.toString(), Verdict.DEFINED, "definition", null,
                    claim.lhs() + " is defined: the steps after it are about what it stands for", reading.stream().distinct().toList());
        }
        List<Definitions.Read> realDefinitionsOfComplex = new ArrayList<>();
        Definitions definitions = definitions(claim, reading, realDefinitionsOfComplex);
        for (Definitions.Read real : realDefinitionsOfComplex) {
            Set<ISymbol> mixed = new LinkedHashSet<>(SymjaTrees.variables(F.List(lhs, rhs)));
            mixed.retainAll(SymjaTrees.variables(real.body()));
            if (!mixed.isEmpty()) {
                // z = x + jy with j a variable, beside a conjugate of z: the document's reading of j is in doubt
                return new StepResult(lhs.toString(), rhs.toString(), Verdict.UNKNOWN, "definitions", null,
                        "a complex variable is defined here as " + real.body() + ", which has nothing complex in it, and this step"
                                + " mixes it with " + mixed + ": if a letter there is the imaginary unit, write i or \\mathrm{i}",
                        reading.stream().distinct().toList());
            }
        }
        if (!definitions.isEmpty()) {
            long size = definitions.sizePutIn(lhs) + definitions.sizePutIn(rhs);
            if (size > Definitions.MAX_SIZE) {
                return new StepResult(lhs.toString(), rhs.toString(), Verdict.UNKNOWN, "definitions", null,
                        "with the definitions put in, this step would have about " + (size > 1e15 ? "more than 10^15" : size)
                                + " terms (each definition repeats the one before); more than " + Definitions.MAX_SIZE
                                + " are not checked", reading.stream().distinct().toList());
            }
            lhs = definitions.putIn(lhs);
            rhs = definitions.putIn(rhs);
            if (!definitions.used().isEmpty()) {
                reading.add("with the definitions of " + definitions.used() + " put in");
            }
            List<String> by = definitions.differentiatedBy();
            if (!by.isEmpty()) {
                String names = String.join(", ", by);
                reading.add("a derivative by " + names + " is taken with " + names + " as its variable, then "
                        + (by.size() == 1 ? "its definition" : "their definitions") + " put into the result");
            }
        }
        for (String assumption : claim.assumptions()) {
            try {
                assumptions.add(parse(claim, asCondition(assumption), new ArrayList<>()));
            } catch (ParseError e) {
                return new StepResult(lhs.toString(), rhs.toString(), Verdict.ERROR, "parse", null,
                        e.kind() + " in the assumption '" + assumption + "'" + (e.column() > 0 ? " at column " + e.column() : "")
                                + ": " + e.getMessage());
            }
        }
        for (IAST value : values(assumptions)) {   // after the calculus: at x = 0, d/dx x^2 is 2x at 0, not d/d0 of 0
            lhs = lhs.has(value.first(), true) ? F.ReplaceAll(lhs, value) : lhs;
            rhs = rhs.has(value.first(), true) ? F.ReplaceAll(rhs, value) : rhs;
        }
        DifferentiatedNames.Reading functions = DifferentiatedNames.read(lhs, rhs, assumptions, claim.notation().functions());
        if (functions.error().isPresent()) {
            return new StepResult(lhs.toString(), rhs.toString(), Verdict.ERROR, "parse", null, functions.error().get());
        }
        lhs = functions.lhs();
        rhs = functions.rhs();
        assumptions = functions.assumptions();
        functions.note().ifPresent(reading::add);
        List<String> notes = reading.stream().distinct().toList();
        try {
            Optional<StepResult> rounded = RoundedDecimals.check(claim, lhs, rhs, engine, deadline);
            if (rounded.isPresent()) {
                return rounded.get().withNotesFirst(notes);
            }
            return decide(claim, lhs, rhs, assumptions, deadline, r -> provisional.accept(r.withNotesFirst(notes))).withNotesFirst(notes);
        } catch (ClaimPreparation.OutOfTime e) {
            return new StepResult(lhs.toString(), rhs.toString(), Verdict.UNKNOWN, "time limit", null, e.getMessage(), notes);
        } catch (SymjaFailure e) {
            return new StepResult(lhs.toString(), rhs.toString(), Verdict.UNKNOWN, "none", null,
                    "Symja failed: " + e.getMessage(), notes);
        } finally {
            engine.takeMessages();
        }
    }

    /**
     * The assumptions that give a variable a value ({@code x == 2}, "With $x = 2$: ..."), as rules
     * x -> 2: the claim under such an assumption is the claim at that value, which the stages can
     * decide (the probe cannot sample a single point).
     */
    private static List<IAST> values(List<IExpr> assumptions) {
        List<IAST> rules = new ArrayList<>();
        for (IExpr a : assumptions) {
            if (a.isAST(S.Equal, 3) && a.first().isSymbol() && !a.second().has(a.first(), true)
                    && SymjaTrees.variables(a.second()).isEmpty()) {
                rules.add(F.Rule(a.first(), a.second()));
            }
        }
        return rules;
    }

    /** An assumption's lone '=' (y1 + y2 = 1) means equality: an assumption is a condition, never a step. */
    private static String asCondition(String assumption) {
        return LONE_EQUALS.matcher(assumption).replaceAll("==");
    }

    private static final Pattern LONE_EQUALS = Pattern.compile("(?<![=<>!:])=(?![=>])");

    /**
     * The document's definitions before the step, read in the step's notation; one that cannot be
     * read (its own step says why) is left out, so that it spoils no later step. So is a complex
     * variable's definition with nothing complex in it (z = x + i y with i a variable): put in, it
     * would make z real in a step about a complex z (∂/∂z̄ |z|^2 = z̄ would be proved); z stays z.
     */
    private Definitions definitions(Claim claim, List<String> notes, List<Definitions.Read> realDefinitionsOfComplex) {
        Definitions read = new Definitions();
        for (Definition d : claim.notation().definitions()) {
            ReadDefinition r = read(d, claim);
            if (r.error().isPresent()) {
                continue;
            }
            if (d.parameters().isEmpty() && isComplex(claim, d.name()) && !mayBeComplex(claim, r.definition().body())) {
                notes.add(d.name() + " is complex in this step and its definition " + r.definition().body()
                        + " is real, so it is not put in: " + d.name() + " stays a complex variable");
                realDefinitionsOfComplex.add(r.definition());
                continue;
            }
            read.add(r.name(), r.definition());
        }
        return read;
    }

    private static boolean isComplex(Claim claim, String name) {
        return claim.complexVariables().stream().anyMatch(z -> z.equalsIgnoreCase(name));
    }

    /** Whether an expression has the imaginary unit, a complex number or a complex variable in it. */
    private static boolean mayBeComplex(Claim claim, IExpr e) {
        return SymjaTrees.contains(e, n -> n == S.I || n.isNumber() && !n.isReal() || n.isSymbol() && isComplex(claim, n.toString()));
    }

    /** A definition read, or why it cannot be. */
    private record ReadDefinition(ISymbol name, Definitions.Read definition, Optional<ParseError> error) {}

    private ReadDefinition read(Definition d, Claim claim) {
        try {
            List<ISymbol> parameters = new ArrayList<>();
            for (String p : d.parameters()) {
                parameters.add(engine.variable(p));
            }
            IExpr body = engine.parse(claim.notation().plain()
                    ? PlainNotation.read(d.body(), claim.notation(), d.body()).expression()
                    : d.body());
            return new ReadDefinition(engine.variable(d.name()), new Definitions.Read(parameters, body), Optional.empty());
        } catch (ParseError e) {
            return new ReadDefinition(null, null, Optional.of(e));
        }
    }

    /**
     * A side or assumption parsed by Symja; in plain notation, read into the expression language
     * first (its conventions added to {@code notes}), an error's column moved back to where it was written.
     */
    private IExpr parse(Claim claim, String text, List<String> notes) throws ParseError {
        if (!claim.notation().plain()) {
            return engine.parse(text);
        }
        PlainNotation.Reading reading = PlainNotation.read(text, claim.notation(), claim.lhs() + " " + claim.rhs());
        notes.addAll(reading.notes());
        try {
            return engine.parse(reading.expression());
        } catch (ParseError e) {
            throw e.atColumn(reading.writtenColumn(e.column()));
        }
    }

    private StepResult decide(Claim claim, IExpr lhs, IExpr rhs, List<IExpr> assumptions, Deadline deadline,
                              Consumer<StepResult> provisional) throws ClaimPreparation.OutOfTime {
        PreparedClaim c = preparation.prepare(claim, lhs, rhs, assumptions, deadline);
        if (isInfinite(c.lhs()) || isInfinite(c.rhs())) {
            return infinite(c);
        }
        Optional<String> proof = firstProof(cheap, c, deadline.fraction(3));
        NumericEvidence evidence = probe.probe(c.sides(), deadline.fraction(2));
        if (evidence.counterexample().isPresent()) {
            return refuted(c, evidence.counterexample().get(), proof);
        }
        if (claim.strictDomains() && evidence.domainDifference().isPresent()) {
            NumericEvidence.DomainDifference difference = evidence.domainDifference().get();
            return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.REFUTED, "domains (strict)", difference.point(),
                    difference.explanation() + " (strict domains: both sides must be defined at the same points)");
        }
        List<String> notes = evidence.notes();
        if (proof.isPresent()) {
            return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.PROVED, proof.get(), null, "proved", notes);
        }
        int agreeing = evidence.agreeing(deadline.fraction(2));
        if (evidence.counterexample().isPresent()) {
            return refuted(c, evidence.counterexample().get(), Optional.empty());
        }
        if (agreeing >= NumericProbe.POINTS) {
            provisional.accept(new StepResult(c.shownLhs(), c.shownRhs(), Verdict.PLAUSIBLE, "numeric (30 digits)", null,
                    evidence.summary() + "; the time limit was reached before a symbolic proof", notes));
        }
        proof = firstProof(costly, c, deadline);
        if (proof.isPresent()) {
            return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.PROVED, proof.get(), null, "proved", notes);
        }
        String limit = deadline.expired() ? " within the time limit" : "";
        if (agreeing >= NumericProbe.POINTS) {
            return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.PLAUSIBLE, "numeric (30 digits)", null,
                    evidence.summary() + "; no symbolic proof found" + limit, notes);
        }
        if (engine.exceededIntegerLimit()) {
            return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.UNKNOWN, "integer limit", null,
                    "an exact integer here has more than " + SymjaEngine.MAX_INTEGER_BITS + " bits (about 300,000 digits),"
                            + " the largest Symja computes: it stays unevaluated, so the sides could not be compared", notes);
        }
        return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.UNKNOWN, deadline.expired() ? "time limit" : "none", null,
                "no symbolic proof" + limit + ", and " + agreeing + " of the " + NumericProbe.POINTS
                        + " agreeing points a PLAUSIBLE verdict needs (" + evidence.summary() + ")", notes);
    }

    private static Optional<String> firstProof(List<ProofStage> stages, PreparedClaim claim, Deadline deadline) {
        for (ProofStage stage : stages) {
            if (!deadline.leavesTimeForAnEvaluation()) {
                break;
            }
            Optional<String> proof = stage.prove(claim, deadline);
            if (proof.isPresent()) {
                return proof;
            }
        }
        return Optional.empty();
    }

    /** REFUTED at the counterexample; a proof it overrules is named, since that method does not hold for this input. */
    private static StepResult refuted(PreparedClaim c, NumericEvidence.Counterexample counterexample, Optional<String> overruled) {
        List<String> notes = overruled.map(method -> List.of("overruled: " + method + " claimed a proof, which this point"
                + " disproves; that method does not hold for this input")).orElse(List.of());
        return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.REFUTED, counterexample.method(),
                counterexample.point(), counterexample.explanation(), notes);
    }

    private static boolean isInfinite(IExpr e) {
        return e.isDirectedInfinity() || e.isComplexInfinity();
    }

    /**
     * A side that evaluated to an infinity (a limit, typically): equal infinities are proved;
     * an infinity against a different infinity or a constant is refuted. Anything else stays
     * undecided, since the numeric stages cannot evaluate an infinite side.
     */
    private static StepResult infinite(PreparedClaim c) {
        IExpr l = c.lhs();
        IExpr r = c.rhs();
        if (l.equals(r)) {
            return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.PROVED, "evaluation", null, "proved");
        }
        if (SymjaTrees.variables(F.List(l, r)).isEmpty()) {
            return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.REFUTED, "evaluation", Map.of(),
                    "the left-hand side is " + l + ", the right-hand side " + r);
        }
        return new StepResult(c.shownLhs(), c.shownRhs(), Verdict.UNKNOWN, "none", null,
                "one side is " + (isInfinite(l) ? l : r) + " and the other depends on variables: no comparison attempted");
    }
}

package dev.gradus.proofs.quick;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Definition;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.plain.PlainNotation;
import dev.gradus.proofs.symja.LexicalScreen;
import dev.gradus.proofs.quick.Cells.Bounds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a claim in-process, in microseconds to milliseconds, without Symja, where it can do so
 * with the verifier's meaning and soundness: PROVED when both sides have the same normal form
 * ({@link NormalForm}, cell by cell where they have kinks) and the same domain conditions, and the
 * double screen agrees; REFUTED when a point where the sides differ in double is confirmed exactly or
 * in 60 digits. Everything else (assumptions it cannot read, unknown functions in a false claim,
 * domains that differ, what it cannot parse) is left to the verifier: {@link Optional#empty()}.
 */
public final class QuickCheck {
    /** Points of the double screen; the first ones small numbers, so that a counterexample reads simply. */
    static final int POINTS = 12;
    /** Longer claims go to the verifier, whose screens bound what Symja is given. */
    private static final int MAX_LENGTH = 10_000;
    /** The most nodes a step may have with a document's definitions put in (each may repeat the one before). */
    private static final int MAX_NODES = 20_000;
    private static final int MAX_DEFINITION_DEPTH = 40;
    private static final String[] NICE = {"1", "-1", "2", "1/2", "-2", "3", "-1/2"};

    private QuickCheck() {}

    public static Optional<StepResult> decide(Claim claim) {
        if (!claim.notation().functions().isEmpty() || claim.strictDomains() || claim.approximate()) {
            return Optional.empty();
        }
        if (claim.lhs().length() + claim.rhs().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            List<String> notes = new ArrayList<>();
            Expr lhs = read(claim, claim.lhs(), claim.lhs() + " " + claim.rhs(), notes);
            Expr rhs = read(claim, claim.rhs(), claim.lhs() + " " + claim.rhs(), notes);
            if (claim.notation().defines()) {
                return Optional.of(defined(claim, lhs, rhs, notes));
            }
            Set<String> complex = new LinkedHashSet<>();
            claim.complexVariables().forEach(z -> complex.add(Names.symjaName(z)));
            if (!claim.notation().definitions().isEmpty()) {
                if (!complex.isEmpty()) {
                    throw new Unsupported("a complex claim with definitions");
                }
                PutIn definitions = new PutIn(definitions(claim), MAX_NODES);
                lhs = definitions.into(lhs);
                rhs = definitions.into(rhs);
                if (Trees.size(lhs) + Trees.size(rhs) > MAX_NODES) {
                    throw new Unsupported("more than " + MAX_NODES + " nodes with the definitions put in");
                }
                notes.addAll(definitions.notes());
            }
            requireSameReading(lhs);
            requireSameReading(rhs);
            Map<String, Bounds> bounds = new LinkedHashMap<>();
            boolean boundsComplete = readAssumptions(claim.assumptions(), bounds);
            return new QuickCheck.Run(lhs, rhs, bounds, boundsComplete, complex).decide()
                    .map(r -> r.withNotesFirst(notes.stream().distinct().toList()));
        } catch (Unsupported | ParseError | RuntimeException | StackOverflowError e) {
            // not for this checker (or a fault in it): the verifier decides, as it would without it
            return Optional.empty();
        }
    }

    /** The two sides typeset as read, when this checker reads them (a step of a LaTeX document shows them beside the source). */
    public static Optional<List<String>> tex(Claim claim) {
        if (claim.lhs().length() + claim.rhs().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            List<String> notes = new ArrayList<>();
            String step = claim.lhs() + " " + claim.rhs();
            return Optional.of(List.of(ExprTex.tex(read(claim, claim.lhs(), step, notes)), ExprTex.tex(read(claim, claim.rhs(), step, notes))));
        } catch (Unsupported | ParseError | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** A definition step: DEFINED once its body reads (the verifier's words), its name and parameters no built-ins. */
    private static StepResult defined(Claim claim, Expr lhs, Expr rhs, List<String> notes) throws Unsupported, ParseError {
        Definition own = claim.notation().definitions().get(claim.notation().definitions().size() - 1);
        body(claim, own);
        Names.atom(own.name());
        for (String p : own.parameters()) {
            Names.atom(p);
        }
        return new StepResult(ExprPrinter.print(lhs), ExprPrinter.print(rhs), Verdict.DEFINED, "definition", null,
                claim.lhs() + " is defined: the steps after it are about what it stands for", notes.stream().distinct().toList());
    }

    /** The document's definitions by name, each read as the verifier reads it. */
    private static Map<String, PutIn.Definition> definitions(Claim claim) throws Unsupported, ParseError {
        Map<String, PutIn.Definition> bodies = new LinkedHashMap<>();
        for (Definition d : claim.notation().definitions()) {
            Names.atom(d.name());   // a document that defines a table's function anew (swish) is the verifier's
            List<String> parameters = new ArrayList<>();
            for (String p : d.parameters()) {
                parameters.add(Names.symjaName(p));
            }
            bodies.put(Names.symjaName(d.name()), new PutIn.Definition(parameters, body(claim, d)));
        }
        return bodies;
    }

    /**
     * A definition's body read in the step's notation, as the verifier reads it. Only what Symja
     * certainly reads too: within its lexical limits, and shallow (its head screen refuses depth
     * beyond 60), so that a definition the verifier leaves out is never put in here.
     */
    private static Expr body(Claim claim, Definition d) throws Unsupported, ParseError {
        String text = claim.notation().plain() ? PlainNotation.read(d.body(), claim.notation(), d.body()).expression() : d.body();
        LexicalScreen.check(text);
        Expr body = ExprParser.parse(text);
        if (depth(body) > MAX_DEFINITION_DEPTH) {
            throw new Unsupported("a deep definition");
        }
        return body;
    }

    /** The nesting of e's operators and calls, 1 for a leaf. */
    private static int depth(Expr e) {
        int[] max = {0};
        if (e instanceof Expr.Sum s) {
            s.terms().forEach(t -> max[0] = Math.max(max[0], depth(t)));
        } else if (e instanceof Expr.Product p) {
            p.factors().forEach(t -> max[0] = Math.max(max[0], depth(t)));
        } else if (e instanceof Expr.Power p) {
            max[0] = Math.max(depth(p.base()), depth(p.exponent()));
        } else if (e instanceof Expr.Call c) {
            c.args().forEach(t -> max[0] = Math.max(max[0], depth(t)));
        } else if (e instanceof Expr.Unknown u) {
            max[0] = depth(u.arg());
        } else if (e instanceof Expr.Derivative d) {
            max[0] = depth(d.of());
        } else if (!(e instanceof Expr.Num || e instanceof Expr.Var || e instanceof Expr.Constant)) {
            max[0] = MAX_DEFINITION_DEPTH;   // Piecewise, ReplaceAll: not measured here, taken as deep
        }
        return max[0] + 1;
    }

    private static Expr read(Claim claim, String side, String step, List<String> notes) throws Unsupported, ParseError {
        String text = side;
        if (claim.notation().plain()) {
            PlainNotation.Reading reading = PlainNotation.read(side, claim.notation(), step);
            notes.addAll(reading.notes());
            text = reading.expression();
        }
        return ExprParser.parse(text);
    }

    /**
     * What the verifier would read otherwise: a name differentiated bare, D(u, x), or applied to a
     * variable, u(x), is a function of x in the whole step there (with a note), and a name used as
     * a function and as a variable has no one reading.
     */
    private static void requireSameReading(Expr e) throws Unsupported {
        Set<String> variables = Trees.variables(e);
        List<String> unknown = new ArrayList<>();
        boolean[] functionOfAVariable = {false};
        Trees.visit(e, n -> {
            if (n instanceof Expr.Unknown u) {
                unknown.add(u.name());
                functionOfAVariable[0] |= u.arg() instanceof Expr.Var;
            }
            if (n instanceof Expr.Derivative d && d.of() instanceof Expr.Var v && !v.name().equals(d.variable())) {
                functionOfAVariable[0] = true;
            }
        });
        if (functionOfAVariable[0] || unknown.stream().anyMatch(variables::contains)) {
            throw new Unsupported("a name the verifier reads as a function of a variable");
        }
    }

    /**
     * Assumptions of the form x < c, c <= x, ... into bounds per variable; false when one is of
     * another form (it is then not used, which is sound for a proof, but no counterexample may be given).
     */
    private static boolean readAssumptions(List<String> assumptions, Map<String, Bounds> bounds) throws Unsupported {
        boolean complete = true;
        for (String a : assumptions) {
            if (a.contains("=") && !a.contains("<=") && !a.contains(">=")) {
                throw new Unsupported("an assumption that gives a value");   // the verifier puts such values in
            }
            Optional<Map.Entry<String, Bounds>> bound = Assumptions.bound(a);
            if (bound.isEmpty()) {
                complete = false;
            } else {
                bounds.merge(bound.get().getKey(), bound.get().getValue(), Bounds::and);
            }
        }
        return complete;
    }

    /** One claim being decided. */
    private static final class Run {
        private final Expr lhs;
        private final Expr rhs;
        private final Expr lhsValue;
        private final Expr rhsValue;
        private final Map<String, Bounds> bounds;
        private final boolean boundsComplete;
        /** Whether the claim is about complex numbers: a complex variable, or I, in it. */
        private final boolean complex;
        private final Set<String> complexVariables;

        Run(Expr lhs, Expr rhs, Map<String, Bounds> bounds, boolean boundsComplete, Set<String> complexVariables) throws Unsupported {
            this.lhs = lhs;
            this.rhs = rhs;
            this.complexVariables = complexVariables;
            this.complex = !complexVariables.isEmpty() || hasImaginaryUnit(lhs) || hasImaginaryUnit(rhs);
            if (complex && !bounds.isEmpty()) {
                throw new Unsupported("assumptions in a complex claim");
            }
            this.lhsValue = value(lhs);
            this.rhsValue = value(rhs);
            this.bounds = bounds;
            this.boundsComplete = boundsComplete;
        }

        /** A side with its derivatives taken: of real variables only, complex ones written x + I y first. */
        private Expr value(Expr side) throws Unsupported {
            if (!complex) {
                if (hasWirtinger(side, Set.of())) {
                    throw new Unsupported("a Wirtinger derivative in a real claim");
                }
                return Differentiator.evaluate(side);
            }
            if (hasWirtinger(side, complexVariables)) {
                throw new Unsupported("a Wirtinger derivative by a variable that is not complex");
            }
            Expr value = Differentiator.evaluate(Complexes.real(side, complexVariables));
            Complexes.requireEntire(value);
            return value;
        }

        /** The written side as {@link #value} reads it, derivatives left out: its domain. */
        private Expr written(Expr side) throws Unsupported {
            Expr plain = Differentiator.evaluate(withoutDerivatives(side));
            return complex ? Complexes.real(plain, complexVariables) : plain;
        }

        Optional<StepResult> decide() throws Unsupported {
            String shownLhs = ExprPrinter.print(lhs);
            String shownRhs = ExprPrinter.print(rhs);
            Screen screen = Screen.of(lhsValue, rhsValue, bounds, complex);
            if (screen.domainsDiffer()) {
                return Optional.empty();
            }
            if (screen.counterexample().isPresent()) {
                if (!boundsComplete) {
                    return Optional.empty();
                }
                return screen.counterexample().map(c -> new StepResult(shownLhs, shownRhs, Verdict.REFUTED, c.method(),
                        c.point(), c.explanation()));
            }
            Optional<String> proof = proof();
            return proof.map(method -> new StepResult(shownLhs, shownRhs, Verdict.PROVED, method, null, "proved"));
        }

        /** The method that proves the sides equal, or empty. */
        private Optional<String> proof() throws Unsupported {
            Expr written = Expansion.expand(written(lhs));
            Expr writtenRight = Expansion.expand(written(rhs));
            Expr l = Expansion.expand(lhsValue);
            Expr r = Expansion.expand(rhsValue);
            List<Expr> all = List.of(written, l, writtenRight, r);
            NormalForm.Atoms atoms = new NormalForm.Atoms(bounds);
            for (int attempt = 0; attempt < 8; attempt++) {
                try {
                    if (sameEverywhere(all, atoms)) {
                        return Optional.of("normal form, exponentials as symbols (in-process)");
                    }
                    boolean kinks = all.stream().anyMatch(QuickCheck::hasPiecewise);
                    if (!kinks) {
                        return Optional.empty();
                    }
                    Cells cells = Cells.of(all, bounds);
                    for (Cells.Cell cell : cells.cells()) {
                        List<Expr> reduced = new ArrayList<>();
                        for (Expr e : all) {
                            reduced.add(Cells.reduce(e, cell));
                        }
                        if (!sameEverywhere(reduced, atoms)) {
                            return Optional.empty();
                        }
                    }
                    int n = cells.cells().size();
                    return Optional.of("branches: " + n + (n == 1 ? " cell" : " cells") + " (kinks at " + cells.kinksText()
                            + "), each proved separately (in-process)");
                } catch (NormalForm.Restart restart) {
                    atoms = atoms.again();
                }
            }
            return Optional.empty();
        }

        /**
         * Whether the two sides (written, value; written, value) have equal normal forms and the
         * same domain conditions, the written side's (log x in D(log x, x)) included.
         */
        private boolean sameEverywhere(List<Expr> sides, NormalForm.Atoms atoms) throws Unsupported, NormalForm.Restart {
            NormalForm left = new NormalForm(atoms, complex);
            left.of(sides.get(0));
            Fraction l = left.of(sides.get(1));
            NormalForm right = new NormalForm(atoms, complex);
            right.of(sides.get(2));
            Fraction r = right.of(sides.get(3));
            return left.conditions().equals(right.conditions()) && left.equal(l, r);
        }
    }

    /** The written expression with each D(u, x) replaced by u: its domain is the written domain. */
    private static Expr withoutDerivatives(Expr e) {
        return Trees.rebuild(e, n -> n instanceof Expr.Derivative d ? d.of() : n instanceof Expr.Wirtinger w ? w.of() : n);
    }

    private static boolean hasImaginaryUnit(Expr e) {
        boolean[] found = {false};
        Trees.visit(e, n -> found[0] |= n instanceof Expr.Constant c && c.name().equals("I"));
        return found[0];
    }

    /** Whether e has a Wirtinger derivative by a variable that is not one of {@code complex}. */
    private static boolean hasWirtinger(Expr e, Set<String> complex) {
        boolean[] found = {false};
        Trees.visit(e, n -> found[0] |= n instanceof Expr.Wirtinger w && !complex.contains(w.variable()));
        return found[0];
    }

    private static boolean hasPiecewise(Expr e) {
        boolean[] found = {false};
        Trees.visit(e, n -> found[0] |= n instanceof Expr.Piecewise);
        return found[0];
    }

    /** The small numbers tried first, as exact fractions. */
    static Rational nice(int i) {
        String s = NICE[i % NICE.length];
        int slash = s.indexOf('/');
        return slash < 0 ? Rational.of(Long.parseLong(s))
                : new Rational(new java.math.BigInteger(s.substring(0, slash)), new java.math.BigInteger(s.substring(slash + 1)));
    }

    static Set<String> variables(Expr... es) {
        Set<String> all = new LinkedHashSet<>();
        for (Expr e : es) {
            all.addAll(Trees.variables(e));
        }
        return all;
    }
}

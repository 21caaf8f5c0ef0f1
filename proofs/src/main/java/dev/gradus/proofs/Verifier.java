package dev.gradus.proofs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Decides claims lhs = rhs with Symja, in stages of increasing cost (notes/SYMJA.md: no single
 * Symja call decides equality):
 *
 * <ol>
 *   <li>evaluate both sides (derivatives, the project's functions), complex variables written as
 *       x + I y with real x, y, and their difference d with kinks written as Piecewise;
 *   <li>d is 0 already, or Together(TrigToExp(FunctionExpand(d))) is: PROVED;
 *   <li>random points inside the domain, in 30 digits: a difference confirmed in 50 digits is
 *       REFUTED (PossibleZeroQ and Simplify(a == b) are never used to refute: they are wrong);
 *   <li>piecewise d: each branch proved separately ({@link BranchProof});
 *   <li>Simplify(d, assumptions), then FullSimplify(d): PROVED when 0;
 *   <li>otherwise PLAUSIBLE when the points agreed, UNKNOWN when they could not be evaluated.
 * </ol>
 *
 * Every Symja call runs under the deadline (Symja's TimeConstrained); a stage that runs out of
 * time ends the check as UNKNOWN (or PLAUSIBLE if the points agreed). One verifier per thread.
 */
public final class Verifier {
    private static final String KINKS_AS_PIECEWISE = "{Abs(u_) :> Piecewise({{-u, u < 0}}, u), "
            + "Sign(u_) :> Piecewise({{-1, u < 0}, {0, u == 0}}, 1), "
            + "Max(a_, b_) :> Piecewise({{a, a >= b}}, b), Min(a_, b_) :> Piecewise({{a, a <= b}}, b), "
            + "UnitStep(u_) :> Piecewise({{1, u >= 0}}, 0), Ramp(u_) :> Piecewise({{u, u > 0}}, 0)}";

    private final SymjaEngine engine;
    private final IExpr kinksAsPiecewise;
    private final PiecewiseLimits limits;

    public Verifier(SymjaEngine engine) {
        this.engine = engine;
        this.kinksAsPiecewise = engine.eval(KINKS_AS_PIECEWISE);
        this.limits = new PiecewiseLimits(engine);
    }

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
    public StepResult verify(Claim claim, Deadline deadline, java.util.function.Consumer<StepResult> provisional) {
        IExpr lhs;
        IExpr rhs;
        List<IExpr> assumptions = new ArrayList<>();
        try {
            lhs = engine.parse(claim.lhs());
        } catch (ParseError e) {
            return StepResult.error(claim.lhs(), claim.rhs(), claim.lhsAt().plus(e.column()), e);
        }
        try {
            rhs = engine.parse(claim.rhs());
        } catch (ParseError e) {
            return StepResult.error(claim.lhs(), claim.rhs(), claim.rhsAt().plus(e.column()), e);
        }
        for (String assumption : claim.assumptions()) {
            try {
                assumptions.add(engine.parse(assumption));
            } catch (ParseError e) {
                return new StepResult(lhs.toString(), rhs.toString(), Verdict.ERROR, "parse", null,
                        e.kind() + " in the assumption '" + assumption + "'" + (e.column() > 0 ? " at column " + e.column() : "")
                                + ": " + e.getMessage());
            }
        }
        try {
            return decide(claim, lhs, rhs, assumptions, deadline, provisional);
        } catch (RuntimeException | StackOverflowError e) {
            return new StepResult(lhs.toString(), rhs.toString(), Verdict.UNKNOWN, "none", null,
                    "Symja failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            engine.takeMessages();
        }
    }

    private StepResult decide(Claim claim, IExpr lhs, IExpr rhs, List<IExpr> assumptions, Deadline deadline,
                              java.util.function.Consumer<StepResult> provisional) {
        String shownLhs = lhs.toString();
        String shownRhs = rhs.toString();
        Map<ISymbol, String> names = new LinkedHashMap<>();
        IAST complexRules = complexRules(claim, lhs, rhs, names);
        Function<IExpr, IExpr> prepare = e -> limits.rewrite(SymjaTrees.maxMinAsPiecewise(
                complexRules.size() > 1 ? Conjugates.pushDown(e.replaceAll(complexRules).orElse(e)) : e));
        IExpr l = timed(prepare.apply(lhs), deadline);
        IExpr r = l == null ? null : timed(prepare.apply(rhs), deadline);
        if (l == null || r == null) {
            return new StepResult(shownLhs, shownRhs, Verdict.UNKNOWN, "time limit", null,
                    "the time limit was reached while evaluating the " + (l == null ? "left" : "right") + "-hand side");
        }
        List<IExpr> given = new ArrayList<>();
        assumptions.forEach(a -> given.add(engine.eval(prepare.apply(a))));
        l = normalize(l, claim);
        r = normalize(r, claim);
        IExpr d = engine.eval(F.ReplaceAll(engine.eval(F.Subtract(l, r)), kinksAsPiecewise));
        if (d.isZero()) {
            return proved(shownLhs, shownRhs, "evaluation");
        }
        if (isInfinite(l) || isInfinite(r)) {
            return infinite(shownLhs, shownRhs, l, r);
        }
        // a third of the time at most, so that the numeric stage always gets its turn
        Deadline share = deadline.fraction(3);
        IExpr expanded = timed(F.TrigToExp(F.FunctionExpand(d)), share);
        if (expanded != null) {
            boolean exponentials = ExponentialAtoms.hasExponential(expanded);
            IExpr rational = exponentials ? new ExponentialAtoms(engine).substitute(expanded) : expanded;
            IExpr numerator = new CommonDenominator(engine).numerator(rational, share);
            if (numerator != null && numerator.isZero()) {
                return proved(shownLhs, shownRhs, "numerator of TrigToExp(FunctionExpand(lhs - rhs))"
                        + (exponentials ? ", exponentials as symbols" : ""));
            }
        }
        IExpr together = expanded == null ? null : timed(F.Together(expanded), share);
        if (together != null && together.isZero()) {
            return proved(shownLhs, shownRhs, "Together(TrigToExp(FunctionExpand(lhs - rhs)))");
        }
        List<ISymbol> variables = new ArrayList<>(SymjaTrees.variables(F.List(l, r)));
        given.forEach(a -> SymjaTrees.variables(a).stream().filter(v -> !variables.contains(v)).forEach(variables::add));
        variables.forEach(v -> names.putIfAbsent(v, v.toString()));
        boolean complexClaim = !claim.complexVariables().isEmpty();
        NumericProbe.Result numbers = new NumericProbe(engine, variables, names, given, complexClaim).probe(l, r, deadline);
        if (numbers.counterexample() != null) {
            return new StepResult(shownLhs, shownRhs, Verdict.REFUTED, "numeric (30 digits, confirmed in 50)",
                    numbers.counterexample(), numbers.explanation());
        }
        if (numbers.agreeing() > 0) {
            provisional.accept(new StepResult(shownLhs, shownRhs, Verdict.PLAUSIBLE, "numeric (30 digits)", null,
                    numbers.explanation() + "; the time limit was reached before a symbolic proof"));
        }
        List<IExpr> real = realAssumptions(given, variables);
        if (BranchProof.isPiecewise(d)) {
            BranchProof.Result branches = new BranchProof(engine, (e, a) -> isZero(e, a, deadline)).prove(d, real, deadline);
            if (branches.proved() && branches.exact()) {
                return proved(shownLhs, shownRhs, branches.method());
            }
            if (branches.proved() && numbers.agreeing() > 0) {
                return new StepResult(shownLhs, shownRhs, Verdict.PLAUSIBLE, branches.method(), null,
                        "every branch found by sampling simplifies to 0, but the branches could not be enumerated exactly; "
                                + numbers.explanation());
            }
        }
        IExpr simplified = timed(F.Simplify(d, conjunction(real)), deadline);
        if (simplified != null && simplified.isZero()) {
            return proved(shownLhs, shownRhs, "Simplify(lhs - rhs, " + conjunction(real) + ")");
        }
        IExpr full = timed(F.FullSimplify(d), deadline);
        if (full != null && full.isZero()) {
            return proved(shownLhs, shownRhs, "FullSimplify(lhs - rhs)");
        }
        if (numbers.agreeing() > 0) {
            return new StepResult(shownLhs, shownRhs, Verdict.PLAUSIBLE, "numeric (30 digits)", null,
                    numbers.explanation() + "; no symbolic proof found" + (deadline.expired() ? " within the time limit" : ""));
        }
        return new StepResult(shownLhs, shownRhs, Verdict.UNKNOWN, deadline.expired() ? "time limit" : "none", null,
                "no symbolic proof, and no point inside the domain where both sides could be evaluated");
    }

    private static boolean isInfinite(IExpr e) {
        return e.isDirectedInfinity() || e.isComplexInfinity();
    }

    /**
     * A side that evaluated to an infinity (a limit, typically): equal infinities are proved;
     * an infinity against a different infinity or a constant is refuted. Anything else stays
     * undecided, since the numeric stages cannot evaluate an infinite side.
     */
    private static StepResult infinite(String shownLhs, String shownRhs, IExpr l, IExpr r) {
        if (l.equals(r)) {
            return proved(shownLhs, shownRhs, "evaluation");
        }
        boolean constants = SymjaTrees.variables(F.List(l, r)).isEmpty();
        if (constants) {
            return new StepResult(shownLhs, shownRhs, Verdict.REFUTED, "evaluation", Map.of(),
                    "the left-hand side is " + l + ", the right-hand side " + r);
        }
        return new StepResult(shownLhs, shownRhs, Verdict.UNKNOWN, "none", null,
                "one side is " + (isInfinite(l) ? l : r) + " and the other depends on variables: no comparison attempted");
    }

    /** z -> zre$ + I zim$ for each complex variable, with display names Re(z), Im(z). */
    private IAST complexRules(Claim claim, IExpr lhs, IExpr rhs, Map<ISymbol, String> names) {
        IASTAppendable rules = F.ListAlloc();
        Map<String, ISymbol> byName = new HashMap<>();
        SymjaTrees.variables(F.List(lhs, rhs)).forEach(v -> byName.put(v.toString(), v));
        for (String z : claim.complexVariables()) {
            ISymbol symbol = byName.getOrDefault(z.toLowerCase(java.util.Locale.ROOT), byName.get(z));
            if (symbol == null) {
                continue; // declared complex but not used
            }
            ISymbol re = F.symbol(ProjectFunctions.realPart(symbol.toString()));
            ISymbol im = F.symbol(ProjectFunctions.imaginaryPart(symbol.toString()));
            names.put(re, "Re(" + z + ")");
            names.put(im, "Im(" + z + ")");
            rules.append(F.Rule(symbol, F.Plus(re, F.Times(F.CI, im))));
        }
        return rules;
    }

    /**
     * One side with its non-holomorphic parts expanded (complex claims), then with every symbol
     * real: the complex variables have become pairs of real symbols by now.
     */
    private IExpr normalize(IExpr side, Claim claim) {
        IExpr e = side;
        if (!claim.complexVariables().isEmpty()) {
            e = engine.eval(F.unaryAST1(F.symbol("gradus$real"), e));
        }
        return engine.assumingRealSymbols(e);
    }

    private boolean isZero(IExpr expr, List<IExpr> assumptions, Deadline deadline) {
        if (expr.isZero()) {
            return true;
        }
        IExpr together = timed(F.Together(F.TrigToExp(F.FunctionExpand(expr))), deadline);
        if (together != null && together.isZero()) {
            return true;
        }
        IExpr simplified = timed(F.Simplify(expr, conjunction(assumptions)), deadline);
        return simplified != null && simplified.isZero();
    }

    /** The user's assumptions and Element(x, Reals) for every variable (the conjunction form: the list form is ignored). */
    private static List<IExpr> realAssumptions(List<IExpr> given, List<ISymbol> variables) {
        List<IExpr> all = new ArrayList<>(given);
        variables.forEach(v -> all.add(F.Element(v, S.Reals)));
        return all;
    }

    private static IExpr conjunction(List<IExpr> conditions) {
        if (conditions.isEmpty()) {
            return S.True;
        }
        IASTAppendable and = F.ast(S.And);
        conditions.forEach(and::append);
        return and;
    }

    private IExpr timed(IExpr expr, Deadline deadline) {
        return deadline.leavesTimeForAnEvaluation() ? engine.eval(expr, deadline.remainingMillis()) : null;
    }

    private static StepResult proved(String lhs, String rhs, String method) {
        return new StepResult(lhs, rhs, Verdict.PROVED, method, null, "proved");
    }
}

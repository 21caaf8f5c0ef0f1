package dev.gradus.proofs.verify;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.numeric.NumericProbe;
import dev.gradus.proofs.symja.Conjugates;
import dev.gradus.proofs.symja.ProjectFunctions;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Turns a parsed claim into a {@link PreparedClaim}: complex variables written as x + I y with
 * real x and y, its derivatives, limits, integrals and sums done (each on its own, so that the
 * rest of each side stays as written, which is what its domain is read from), both sides
 * evaluated with every symbol real, and their difference with the branch laws that hold applied
 * and kinks (|u|, sign, max, ...) written as Piecewise.
 */
final class ClaimPreparation {
    private static final String KINKS_AS_PIECEWISE = "{Abs(u_) :> Piecewise({{-u, u < 0}}, u), "
            + "Sign(u_) :> Piecewise({{-1, u < 0}, {0, u == 0}}, 1), "
            + "Max(a_, b_) :> Piecewise({{a, a >= b}}, b), Min(a_, b_) :> Piecewise({{a, a <= b}}, b), "
            + "UnitStep(u_) :> Piecewise({{1, u >= 0}}, 0), Ramp(u_) :> Piecewise({{u, u > 0}}, 0)}";
    /** Heads whose evaluation is calculus: done before anything else, so that what is left is a function to evaluate. */
    private static final Set<String> CALCULUS = Set.of("D", "Integrate", "Limit", "Sum", "Product", "ReplaceAll", "dz", "dzbar");

    /** The time ran out while a side was evaluated. */
    static final class OutOfTime extends Exception {
        OutOfTime(String side) {
            super("the time limit was reached while evaluating the " + side + "-hand side", null, false, false);
        }
    }

    private final SymjaEngine engine;
    private final IExpr kinksAsPiecewise;
    private final PiecewiseLimits limits;

    ClaimPreparation(SymjaEngine engine) {
        this.engine = engine;
        this.kinksAsPiecewise = engine.eval(KINKS_AS_PIECEWISE);
        this.limits = new PiecewiseLimits(engine);
    }

    PreparedClaim prepare(Claim claim, IExpr lhs, IExpr rhs, List<IExpr> assumptions, Deadline deadline) throws OutOfTime {
        Map<ISymbol, String> names = new LinkedHashMap<>();
        IAST complexRules = complexRules(claim, lhs, rhs, names);
        boolean complex = complexRules.argSize() > 0 || hasImaginaryUnit(lhs) || hasImaginaryUnit(rhs);
        boolean complexVariables = complexRules.argSize() > 0;
        IExpr writtenLhs = asWritten(lhs, complexRules, complexVariables, deadline, "left");
        IExpr writtenRhs = asWritten(rhs, complexRules, complexVariables, deadline, "right");
        IExpr l = evaluated(writtenLhs, complexVariables, deadline, "left");
        IExpr r = evaluated(writtenRhs, complexVariables, deadline, "right");
        List<IExpr> given = new ArrayList<>();
        for (IExpr a : assumptions) {
            given.add(engine.eval(prepare(complexRules.argSize() > 0 ? a.replaceAll(complexRules).orElse(a) : a, complexVariables)));
        }
        List<ISymbol> variables = new ArrayList<>(SymjaTrees.variables(F.List(writtenLhs, writtenRhs)));
        given.forEach(a -> SymjaTrees.variables(a).stream().filter(v -> !variables.contains(v)).forEach(variables::add));
        variables.forEach(v -> names.putIfAbsent(v, v.toString()));

        List<IExpr> known = new ArrayList<>(given);
        if (!complex) {
            known.addAll(DomainConditions.of(writtenLhs));
            known.addAll(DomainConditions.of(writtenRhs));
        }
        SignAnalysis signs = complex ? null : new SignAnalysis(engine, known);
        IExpr difference = engine.eval(F.Subtract(l, r));
        BranchLaws.Result lawful = complex ? new BranchLaws.Result(difference, Set.of()) : new BranchLaws(engine, signs).apply(difference);
        IExpr d = engine.eval(F.ReplaceAll(lawful.expression(), kinksAsPiecewise));

        List<IExpr> provable = new ArrayList<>(known);
        variables.forEach(v -> provable.add(F.Element(v, S.Reals)));
        boolean derivative = isDerivative(lhs) || isDerivative(rhs);
        NumericProbe.Sides sides = new NumericProbe.Sides(writtenLhs, writtenRhs, variables, names, given, complex, derivative);
        return new PreparedClaim(lhs.toString(), rhs.toString(), l, r, d, lawful.laws(), variables, provable, signs, sides);
    }

    /**
     * The side as written, its calculus done: D(sigmoid(x), x) becomes sigmoid's derivative, but
     * sqrt(x)^2 stays sqrt(x)^2 (Symja would evaluate it to x, whose domain is larger).
     */
    private IExpr asWritten(IExpr side, IAST complexRules, boolean complexVariables, Deadline deadline, String which) throws OutOfTime {
        IExpr substituted = complexRules.argSize() > 0 ? substituteComplex(side, complexRules) : side;
        boolean[] outOfTime = {false};
        IExpr written = SymjaTrees.bottomUp(substituted, node -> {
            if (!isCalculus(node) || outOfTime[0]) {
                return node;
            }
            IExpr done = timed(prepare(node, complexVariables), deadline);
            if (done == null) {
                outOfTime[0] = true;
                return node;
            }
            return normalize(done, complexVariables);
        });
        if (outOfTime[0]) {
            throw new OutOfTime(which);
        }
        return written;
    }

    /**
     * z as Re(z) + I Im(z) everywhere; a substitution z -> v (a definition put into a derivative by
     * z, ReplaceAll(Dzbar(f, z), z -> v)) becomes Re(z) -> Re(v), Im(z) -> Im(v), the parts the
     * derivative is written in, rather than a rule for the sum Re(z) + I Im(z) that a result such as
     * Re(z) - I Im(z) would not match.
     */
    private static IExpr substituteComplex(IExpr side, IAST complexRules) {
        Set<IExpr> complex = new HashSet<>();
        complexRules.forEach(rule -> complex.add(((IAST) rule).arg1()));
        IExpr parted = SymjaTrees.bottomUp(side, node -> {
            if (!node.isAST(S.ReplaceAll, 3)) {
                return node;
            }
            IExpr rules = ((IAST) node).arg2();
            IASTAppendable partRules = F.ListAlloc();
            for (IExpr rule : rules.isList() ? (IAST) rules : F.List(rules)) {
                if (rule.isRuleAST() && complex.contains(((IAST) rule).arg1())) {
                    String z = ((IAST) rule).arg1().toString();
                    IExpr value = ((IAST) rule).arg2();
                    partRules.append(F.Rule(F.symbol(ProjectFunctions.realPart(z)), F.Re(value)));
                    partRules.append(F.Rule(F.symbol(ProjectFunctions.imaginaryPart(z)), F.Im(value)));
                } else {
                    partRules.append(rule);
                }
            }
            return F.ReplaceAll(((IAST) node).arg1(), partRules);
        });
        return parted.replaceAll(complexRules).orElse(parted);
    }

    private IExpr evaluated(IExpr written, boolean complexVariables, Deadline deadline, String which) throws OutOfTime {
        IExpr value = timed(prepare(written, complexVariables), deadline);
        if (value == null) {
            throw new OutOfTime(which);
        }
        return normalize(value, complexVariables);
    }

    /** Max and min as Piecewise, limits of piecewise functions on their branch, conjugates pushed to the variables. */
    private IExpr prepare(IExpr e, boolean complexVariables) {
        return limits.rewrite(SymjaTrees.maxMinAsPiecewise(complexVariables ? Conjugates.pushDown(e) : e));
    }

    /** Non-holomorphic parts expanded into real and imaginary parts (complex variables), then every symbol real. */
    private IExpr normalize(IExpr side, boolean complexVariables) {
        IExpr e = complexVariables ? engine.eval(F.unaryAST1(F.symbol("gradus$real"), side)) : side;
        return engine.assumingRealSymbols(e);
    }

    private static boolean isCalculus(IExpr node) {
        if (!node.isAST()) {
            return false;
        }
        IExpr head = node.head();
        return head.isAST() && ((IAST) head).head().isAST(S.Derivative) // f'(u): Derivative(1)[f][u]
                || head.isSymbol() && CALCULUS.contains(head.isBuiltInSymbol() ? head.toString() : head.toString().toLowerCase(Locale.ROOT));
    }

    private static boolean isDerivative(IExpr side) {
        return SymjaTrees.contains(side, n -> n == S.D || n == S.Derivative
                || n.isSymbol() && !n.isBuiltInSymbol() && (n.toString().equalsIgnoreCase("dz") || n.toString().equalsIgnoreCase("dzbar")));
    }

    private static boolean hasImaginaryUnit(IExpr side) {
        return SymjaTrees.contains(side, n -> n == S.I || n.isNumber() && !n.isReal());
    }

    /** z -> zre$ + I zim$ for each complex variable, with display names Re(z), Im(z). */
    private static IAST complexRules(Claim claim, IExpr lhs, IExpr rhs, Map<ISymbol, String> names) {
        IASTAppendable rules = F.ListAlloc();
        Map<String, ISymbol> byName = new HashMap<>();
        SymjaTrees.variables(F.List(lhs, rhs)).forEach(v -> byName.put(v.toString(), v));
        for (String z : claim.complexVariables()) {
            ISymbol symbol = byName.getOrDefault(z.toLowerCase(Locale.ROOT), byName.get(z));
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

    private IExpr timed(IExpr expr, Deadline deadline) {
        return deadline.leavesTimeForAnEvaluation() ? engine.eval(expr, deadline.remainingMillis()) : null;
    }
}

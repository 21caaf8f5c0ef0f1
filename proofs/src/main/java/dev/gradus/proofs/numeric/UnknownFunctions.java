package dev.gradus.proofs.numeric;

import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Functions a claim applies but nothing defines (f(x), f'(s), g(x, y)), each replaced by one
 * smooth function that has no special identity (not exp, not a polynomial), so that the numeric
 * probe can evaluate the claim. A claim about an unknown f is a claim about every f: where it
 * fails for this one, the counterexample is real (and names the function taken); where it holds,
 * the agreement says as much as agreement at points ever does.
 */
final class UnknownFunctions {
    /** The functions taken: name -> its body in the arguments #1, #2, ... */
    private final Map<ISymbol, IExpr> taken = new LinkedHashMap<>();
    private final Map<ISymbol, Integer> arities = new LinkedHashMap<>();

    private UnknownFunctions() {}

    /** The sides with their unknown functions replaced, or the sides themselves when they have none. */
    static Instance instantiate(NumericProbe.Sides sides, SymjaEngine engine) {
        UnknownFunctions unknown = new UnknownFunctions();
        unknown.collect(sides.lhs());
        unknown.collect(sides.rhs());
        if (unknown.taken.isEmpty()) {
            return new Instance(sides, "");
        }
        if (Math.max(unknown.depth(sides.lhs()), unknown.depth(sides.rhs())) > MAX_DEPTH) {
            return new Instance(null, "unknown functions applied to each other more than " + MAX_DEPTH + " deep");
        }
        NumericProbe.Sides replaced = new NumericProbe.Sides(unknown.replace(sides.lhs(), engine), unknown.replace(sides.rhs(), engine),
                sides.variables(), sides.names(), sides.assumptions(), sides.complex(), sides.derivative());
        return new Instance(replaced, unknown.description());
    }

    /**
     * Sides the probe can evaluate, and the functions taken for the unknown ones ("" when there
     * were none); or no sides, and why not.
     */
    record Instance(NumericProbe.Sides sides, String functions) {}

    /**
     * How deep unknown functions may be applied to each other: each application copies its
     * argument into the function taken (and its derivative), so that f(w f(w f(...)))) grows
     * exponentially with the depth.
     */
    private static final int MAX_DEPTH = 3;

    /** The most unknown calls on one path from the root. */
    private int depth(IExpr e) {
        if (!e.isAST()) {
            return 0;
        }
        int inner = 0;
        for (IExpr arg : (IAST) e) {
            inner = Math.max(inner, depth(arg));
        }
        return inner + (calls(e) ? 1 : 0);
    }

    private void collect(IExpr e) {
        SymjaTrees.contains(e, node -> {
            if (node.isAST() && function(node) instanceof ISymbol head && isUnknown(head)) {
                int arity = ((IAST) node).argSize();
                taken.computeIfAbsent(head, h -> body(arity, taken.size()));
                arities.putIfAbsent(head, arity);
            }
            return false;
        });
    }

    /** A user's name without a definition in Symja or in the probe's table of functions. */
    private static boolean isUnknown(ISymbol head) {
        return !head.isBuiltInSymbol() && !head.containsRules() && MachineFunctions.unary(head.toString()).isEmpty()
                && MachineFunctions.binary(head.toString()).isEmpty();
    }

    /**
     * atan(#1/3 + 1/5) + sin(#1 #2 ...)/7 + ... for the first function, other constants for the
     * next (f and g must not be equal): smooth, real and bounded everywhere (so that nested calls
     * never overflow), and equal to none of its derivatives.
     */
    private static IExpr body(int arity, int index) {
        IASTAppendable sum = F.PlusAlloc(arity + 1);
        IASTAppendable product = F.TimesAlloc(arity);
        for (int i = 1; i <= arity; i++) {
            IExpr x = F.Slot(i);
            sum.append(F.ArcTan(F.Plus(F.Times(x, F.QQ(1, i + 2 + index)), F.QQ(1, i + 4 + index))));
            product.append(x);
        }
        sum.append(F.Times(F.QQ(1, 7 + index), F.Sin(arity == 1 ? F.Slot1 : arity == 0 ? F.C1 : product)));
        return sum;
    }

    /**
     * Each call of an unknown function, or of its derivative, evaluated with the function taken,
     * and each D(...) differentiated once here (the calculus Symja could not do while the functions
     * were unknown), not again at each of the probe's points: that cost a second a point. The rest
     * stays as written.
     */
    private IExpr replace(IExpr side, SymjaEngine engine) {
        List<IExpr> rules = new ArrayList<>();
        taken.forEach((f, body) -> rules.add(F.Rule(f, F.Function(body))));
        IAST substitution = F.List(rules.toArray(new IExpr[0]));
        return SymjaTrees.bottomUp(side, node -> calls(node) ? engine.eval(node.replaceAll(substitution).orElse(node))
                : node.isAST(S.D) ? engine.eval(node) : node);
    }

    /** f(u) or Derivative(n)[f](u) for an unknown f. */
    private boolean calls(IExpr node) {
        return node.isAST() && function(node) instanceof ISymbol f && taken.containsKey(f);
    }

    /** The function a call applies: f in f(u) and in f'(u), which Symja writes Derivative(1)[f][u]. */
    private static IExpr function(IExpr call) {
        IExpr head = call.head();
        if (head.isAST() && ((IAST) head).head().isAST(S.Derivative) && ((IAST) head).argSize() == 1) {
            return ((IAST) head).arg1();
        }
        return head;
    }

    /** "with the unknown function taken as f(u) = ArcTan(1/5+u/3)+Sin(u)/7". */
    private String description() {
        List<String> parts = new ArrayList<>();
        taken.forEach((f, body) -> {
            IASTAppendable names = F.ListAlloc();
            IASTAppendable call = F.ast(f);
            for (int i = 1; i <= arities.get(f); i++) {
                ISymbol argument = F.symbol(ARGUMENTS.get(Math.min(i, ARGUMENTS.size()) - 1) + (i > ARGUMENTS.size() ? i : ""));
                names.append(F.Rule(F.Slot(i), argument));
                call.append(argument);
            }
            parts.add(call + " = " + body.replaceAll(names).orElse(body));
        });
        return "with the unknown " + (taken.size() == 1 ? "function" : "functions") + " taken as " + String.join(", ", parts);
    }

    /** The arguments a counterexample shows, named unlike the usual names of functions (u, v, f). */
    private static final List<String> ARGUMENTS = List.of("t", "s", "r");
}

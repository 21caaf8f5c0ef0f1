package dev.gradus.proofs.symja;

import java.util.Locale;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTMutable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Complex conjugates pushed down to the variables before anything is evaluated, once every
 * complex variable has become x + I y with real x, y: conj(sigmoid(z)) becomes
 * sigmoid(conj(z)) = sigmoid(x - I y), because the sigmoid (like exp, tanh, log, ...) has real
 * Taylor coefficients. Otherwise Symja's ComplexExpand turns conj(sigmoid(x + I y)) into a page
 * of sines and cosines, and a Wirtinger claim such as BP1 runs out of time; pushed down, its
 * derivative cancels at once. Branch cuts (log, sqrt) are ignored: the identity holds off a
 * set of measure zero, which is what a claim about derivatives needs. What cannot be pushed
 * (relu, abs, an unknown function) stays a Conjugate for ComplexExpand.
 */
public final class Conjugates {
    /** Functions with real Taylor coefficients: f(conj u) = conj f(u). */
    private static final Set<String> REAL_COEFFICIENTS = Set.of("exp", "log", "sqrt", "sin", "cos", "tan", "sinh", "cosh",
            "tanh", "sigmoid", "logisticsigmoid", "softplus", "swish");

    private Conjugates() {}

    /** conj(u) and abs2(u) = u conj(u) rewritten with their conjugates pushed down. */
    public static IExpr pushDown(IExpr expr) {
        return SymjaTrees.bottomUp(expr, node -> {
            if (isCall(node, "conj") || node.isAST(S.Conjugate, 2)) {
                return conjugate(((IAST) node).arg1());
            }
            if (isCall(node, "abs2")) {
                IExpr u = ((IAST) node).arg1();
                return F.Times(u, conjugate(u));
            }
            return node;
        });
    }

    /** The conjugate of e, where every symbol is real. */
    static IExpr conjugate(IExpr e) {
        if (e.equals(F.CI)) {
            return F.CNI;
        }
        if (e.isSymbol() || (e.isNumber() && e.isReal())) {
            return e;
        }
        if (e.isNumber()) {
            return F.Conjugate(e);
        }
        if (!e.isAST()) {
            return F.Conjugate(e);
        }
        IAST ast = (IAST) e;
        if (ast.isPlus() || ast.isTimes()) {
            IASTMutable copy = ast.copy();
            for (int i = 1; i < ast.size(); i++) {
                copy.set(i, conjugate(ast.get(i)));
            }
            return copy;
        }
        if (ast.isPower() && isFreeOfI(ast.exponent())) {
            return F.Power(conjugate(ast.base()), ast.exponent());
        }
        if (ast.isAST(S.Conjugate, 2)) {
            return ast.arg1();
        }
        if (ast.isAST(S.Abs, 2) || ast.isAST(S.Re, 2) || ast.isAST(S.Im, 2)) {
            return ast; // real already
        }
        if (ast.argSize() >= 1 && hasRealCoefficients(ast.head()) && allFreeOfI(ast, 2)) {
            IASTMutable copy = ast.copy();
            copy.set(1, conjugate(ast.arg1()));
            return copy;
        }
        return F.Conjugate(e);
    }

    /** sigmoid, Exp, ... and their derivatives sigmoid', sigmoid'' (heads Derivative(n)[f]). */
    private static boolean hasRealCoefficients(IExpr head) {
        if (head.isSymbol()) {
            return REAL_COEFFICIENTS.contains(head.toString().toLowerCase(Locale.ROOT));
        }
        return head.isAST() && ((IAST) head).head().isAST(S.Derivative) && hasRealCoefficients(((IAST) head).arg1());
    }

    /** The parameters after the first (swish's beta) are real: no I in them. */
    private static boolean allFreeOfI(IAST ast, int from) {
        for (int i = from; i < ast.size(); i++) {
            if (!isFreeOfI(ast.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFreeOfI(IExpr e) {
        return !SymjaTrees.contains(e, x -> x.equals(F.CI) || (x.isNumber() && !x.isReal()));
    }

    private static boolean isCall(IExpr node, String name) {
        return node.isAST() && ((IAST) node).argSize() == 1 && ((IAST) node).head().isSymbol()
                && ((IAST) node).head().toString().equalsIgnoreCase(name);
    }
}

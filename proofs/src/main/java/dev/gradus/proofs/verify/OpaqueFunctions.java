package dev.gradus.proofs.verify;

import dev.gradus.proofs.symja.SymjaTrees;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The functions whose rewriting depends on a branch, each replaced by a new symbol (the same
 * symbol wherever the same call comes back) before Symja's general rewriting runs: inverse
 * trigonometric and hyperbolic functions (FunctionExpand turned atan(1/x) into acot(x) and then
 * used atan(x) + acot(x) = pi/2, true for x > 0 only), logarithms of what is not known to be
 * positive, and powers with a symbolic exponent of a base not known to be positive. Whatever
 * Symja then proves of the expression holds whatever values those symbols take, so it holds of
 * the original: hiding never makes a proof unsound, only some proofs impossible (those go to
 * {@link BranchLaws} and {@link ConstantByDerivative}).
 */
final class OpaqueFunctions {
    private static final Set<String> INVERSE = Set.of("ArcSin", "ArcCos", "ArcTan", "ArcCot", "ArcSec", "ArcCsc", "ArcSinh",
            "ArcCosh", "ArcTanh", "ArcCoth", "ArcSech", "ArcCsch", "ProductLog");

    private OpaqueFunctions() {}

    /** The expression with its branch-dependent calls hidden; {@code signs} null for a complex claim (nothing is known positive). */
    static IExpr hide(IExpr expr, SignAnalysis signs) {
        Map<IExpr, ISymbol> atoms = new HashMap<>();
        return SymjaTrees.bottomUp(expr, node -> branchDependent(node, signs)
                ? atoms.computeIfAbsent(node, n -> F.symbol("gradus$opaque" + atoms.size())) : node);
    }

    /** Whether the expression has a call that {@link #hide} would hide. */
    static boolean hidesSomething(IExpr expr, SignAnalysis signs) {
        return SymjaTrees.contains(expr, node -> branchDependent(node, signs));
    }

    private static boolean branchDependent(IExpr node, SignAnalysis signs) {
        if (!node.isAST()) {
            return false;
        }
        IAST ast = (IAST) node;
        if (ast.head().isBuiltInSymbol() && INVERSE.contains(ast.head().toString())) {
            return true;
        }
        if (ast.isAST(S.Log)) {
            return ast.argSize() != 1 || !positive(ast.arg1(), signs);
        }
        if (ast.isPower() && ast.base() != S.E && !ast.exponent().isNumber()) {
            return !positive(ast.base(), signs);
        }
        return false;
    }

    private static boolean positive(IExpr u, SignAnalysis signs) {
        return signs != null && signs.positive(u);
    }
}

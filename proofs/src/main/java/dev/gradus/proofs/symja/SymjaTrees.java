package dev.gradus.proofs.symja;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTMutable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;

/** Small walks over Symja expression trees. */
public final class SymjaTrees {
    private SymjaTrees() {}

    /**
     * The user symbols (not built-ins such as Pi, E, I, nor constants with a value such as
     * selulambda, which Piecewise can hold unevaluated), in order of appearance; heads are not counted.
     */
    public static Set<ISymbol> variables(IExpr expr) {
        Set<ISymbol> found = new LinkedHashSet<>();
        collect(expr, found);
        return found;
    }

    private static void collect(IExpr expr, Set<ISymbol> found) {
        if (expr.isSymbol()) {
            if (!expr.isBuiltInSymbol() && !((ISymbol) expr).hasAssignedSymbolValue()) {
                found.add((ISymbol) expr);
            }
        } else if (expr.isAST()) {
            IAST ast = (IAST) expr;
            for (int i = 1; i < ast.size(); i++) {
                collect(ast.get(i), found);
            }
        }
    }

    /** Rebuilds the tree bottom-up, applying {@code rewrite} to every node after its children. */
    public static IExpr bottomUp(IExpr expr, UnaryOperator<IExpr> rewrite) {
        if (!expr.isAST()) {
            return rewrite.apply(expr);
        }
        IAST ast = (IAST) expr;
        IASTMutable copy = null;
        for (int i = 1; i < ast.size(); i++) {
            IExpr child = ast.get(i);
            IExpr rewritten = bottomUp(child, rewrite);
            if (rewritten != child) {
                if (copy == null) {
                    copy = ast.copy();
                }
                copy.set(i, rewritten);
            }
        }
        return rewrite.apply(copy == null ? ast : copy);
    }

    /** Whether any node satisfies the test (heads included). */
    public static boolean contains(IExpr expr, Predicate<IExpr> test) {
        return first(expr, test).isPresent();
    }

    /** The first node, depth first (heads included), that satisfies the test. */
    public static Optional<IExpr> first(IExpr expr, Predicate<IExpr> test) {
        if (test.test(expr)) {
            return Optional.of(expr);
        }
        if (expr.isAST()) {
            IAST ast = (IAST) expr;
            for (int i = 0; i < ast.size(); i++) {
                Optional<IExpr> found = first(ast.get(i), test);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * max and min as Piecewise before anything is evaluated: Symja cannot differentiate Max
     * (D(Max(x, y), x) stays a formal Derivative(1,0)[Max]), but it differentiates Piecewise.
     * A tie goes to the first argument, the table's convention.
     */
    public static IExpr maxMinAsPiecewise(IExpr e) {
        return SymjaTrees.bottomUp(e, node -> {
            boolean max = node.isAST(S.Max);
            if (!(max || node.isAST(S.Min)) || ((IAST) node).argSize() < 2) {
                return node;
            }
            IAST call = (IAST) node;
            IExpr acc = call.arg1();
            for (int i = 2; i < call.size(); i++) {
                IExpr b = call.get(i);
                IExpr firstWins = max ? F.GreaterEqual(acc, b) : F.LessEqual(acc, b);
                acc = F.binaryAST2(S.Piecewise, F.List(F.List(acc, firstWins)), b);
            }
            return acc;
        });
    }

}

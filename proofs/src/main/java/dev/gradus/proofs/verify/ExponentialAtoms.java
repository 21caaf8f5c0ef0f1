package dev.gradus.proofs.verify;

import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.HashMap;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Exponentials as powers of new symbols: E^(2a - I b/2) becomes p^2 q^(-1/2) with p standing for
 * E^a and q for E^(I b). An expression made of exponentials and rational operations becomes a
 * rational function, which Together decides quickly, where it chokes on the exponentials
 * themselves (a complex sigmoid's Wirtinger derivative: minutes, or never). Sound: if the
 * substituted expression is identically 0, so is the original, which is the substituted one
 * with each new symbol replaced by its exponential. (Together then still takes seconds on a
 * complex sigmoid's Wirtinger derivative: {@link CommonDenominator} decides it without gcds.)
 */
final class ExponentialAtoms {
    private final SymjaEngine engine;
    private final Map<String, ISymbol> atoms = new HashMap<>();

    ExponentialAtoms(SymjaEngine engine) {
        this.engine = engine;
    }

    /** The expression with every E^(...) written through the atoms; unchanged parts stay as they are. */
    IExpr substitute(IExpr expr) {
        return SymjaTrees.bottomUp(expr, node -> node.isPower() && ((IAST) node).base().equals(S.E) ? power(((IAST) node).exponent()) : node);
    }

    /** True when the expression has an exponential to rewrite. */
    static boolean hasExponential(IExpr expr) {
        return SymjaTrees.contains(expr, n -> n.isPower() && ((IAST) n).base().equals(S.E));
    }

    private IExpr power(IExpr exponent) {
        IExpr expanded = engine.eval(F.Expand(exponent));
        IASTAppendable product = F.TimesAlloc(4);
        for (IExpr term : expanded.isPlus() ? (IAST) expanded : F.List(expanded)) {
            IExpr coefficient = F.C1;
            IExpr monomial = term;
            if (term.isTimes() && ((IAST) term).arg1().isNumber()) {
                coefficient = ((IAST) term).arg1();
                monomial = ((IAST) term).rest().oneIdentity1();
            } else if (term.isNumber()) {
                coefficient = term;
                monomial = F.C1;
            }
            if (monomial.isOne() || !coefficient.isNumber()) {
                product.append(F.Power(S.E, term));
                continue;
            }
            IExpr re = engine.eval(F.Re(coefficient));
            IExpr im = engine.eval(F.Im(coefficient));
            if (!re.isZero()) {
                product.append(F.Power(atom("r", monomial), re));
            }
            if (!im.isZero()) {
                product.append(F.Power(atom("i", monomial), im));
            }
        }
        return product.oneIdentity1();
    }

    /** The symbol for E^m ("r") or E^(I m) ("i"), the same one each time m comes back. */
    private ISymbol atom(String kind, IExpr monomial) {
        return atoms.computeIfAbsent(kind + monomial, key -> F.symbol("gradus$e" + kind + atoms.size()));
    }
}

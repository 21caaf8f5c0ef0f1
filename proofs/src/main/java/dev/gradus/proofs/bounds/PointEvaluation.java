package dev.gradus.proofs.bounds;

import dev.gradus.autodiff.Gradients;
import dev.gradus.proofs.calculus.CompiledExpression;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.calculus.TapeCompiler;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaFailure;
import java.math.BigDecimal;
import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * An evaluated expression of one variable, computed in doubles (for searching: on the tape when
 * the expression compiles, 100 times faster than asking Symja) or in 50 digits by Symja (to confirm).
 */
final class PointEvaluation {
    private final SymjaEngine engine;
    private final IExpr expr;
    private final ISymbol variable;
    private final Gradients tape;

    PointEvaluation(SymjaEngine engine, IExpr expr, ISymbol variable) {
        this.engine = engine;
        this.expr = expr;
        this.variable = variable;
        this.tape = compiled(expr, variable);
    }

    private static Gradients compiled(IExpr expr, ISymbol variable) {
        try {
            CompiledExpression c = TapeCompiler.compile(expr, List.of(variable.toString()));
            return c.isComplexOnly() ? null : Gradients.of(c.real());
        } catch (ParseError e) {
            return null; // not on the tape (a Piecewise, a derivative left unevaluated): Symja evaluates it
        }
    }

    /** The value at x, NaN where it is not a real number. */
    double at(double x) {
        if (tape != null) {
            return tape.valueAt(x);
        }
        try {
            IExpr value = engine.eval(F.N(F.ReplaceAll(expr, F.Rule(variable, F.num(x)))));
            return value.isReal() ? value.evalDouble() : Double.NaN;
        } catch (SymjaFailure e) {
            return Double.NaN;
        }
    }

    /** The value at the exact decimal value of x, in 50 digits; NaN where not real. */
    double precisely(double x) {
        BigDecimal exact = new BigDecimal(x); // a double's exact value: its scale is never negative
        IExpr point = F.Divide(F.ZZ(exact.unscaledValue()), F.Power(F.C10, F.ZZ(exact.scale())));
        try {
            IExpr value = engine.eval(F.N(F.ReplaceAll(expr, F.Rule(variable, point)), F.ZZ(50)));
            return value.isReal() ? value.evalDouble() : Double.NaN;
        } catch (SymjaFailure e) {
            return Double.NaN;
        }
    }
}

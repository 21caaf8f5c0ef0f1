package dev.gradus.proofs.calculus;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.Wirtinger;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.Conjugates;
import dev.gradus.proofs.symja.ProjectFunctions;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Symbolic derivatives with Symja: simplified partial derivatives, and their values at a point. */
public final class Calculus {
    private final SymjaEngine engine;

    public Calculus(SymjaEngine engine) {
        this.engine = engine;
    }

    /** A partial derivative, as Symja text and as LaTeX. */
    public record Partial(String variable, String expression, String tex) {}

    /** d expr / d variable, simplified if that finishes before the deadline and makes it smaller. */
    public Partial derive(IExpr expr, String variable, Deadline deadline) {
        return derive(expr, variable, 1, deadline);
    }

    /** The derivative of the given order by the variable (d^2 expr / d variable^2 for 2), simplified as above. */
    public Partial derive(IExpr expr, String variable, int order, Deadline deadline) {
        IExpr derivative = expr;
        for (int k = 0; k < order; k++) {
            derivative = differentiate(derivative, variable);
        }
        IExpr simplified = deadline.leavesTimeForAnEvaluation() ? engine.eval(F.Simplify(derivative), deadline.remainingMillis()) : null;
        IExpr best = simplified != null && simplified.leafCount() < derivative.leafCount() ? simplified : derivative;
        engine.takeMessages();
        return new Partial(variable, best.toString(), engine.eval(F.TeXForm(best)).toString());
    }

    /** The partial derivatives of a real expression at the point, in 30-digit arithmetic rounded to double. */
    public double[] gradient(IExpr expr, List<String> variables, double[] point) {
        IAST rules = at(variables, point);
        double[] g = new double[variables.size()];
        for (int i = 0; i < g.length; i++) {
            IExpr d = engine.eval(F.N(F.ReplaceAll(differentiate(expr, variables.get(i)), rules), F.ZZ(30)));
            g[i] = d.isReal() ? d.evalDouble() : Double.NaN;
        }
        engine.takeMessages();
        return g;
    }

    /**
     * The point as rules variable -> the double's exact value: substituted as a machine number,
     * N(..., 30) computed in double, and exp(800) overflowed to a NaN "symbolic" value.
     */
    private static IAST at(List<String> variables, double[] point) {
        IASTAppendable rules = F.ListAlloc(variables.size());
        for (int i = 0; i < variables.size(); i++) {
            double x = point[i];
            IExpr exact = Double.isFinite(x) ? F.QQ(new BigFraction(x)) : F.num(x);
            rules.append(F.Rule(F.symbol(variables.get(i)), exact));
        }
        return rules;
    }

    /**
     * The second partials D(expr, x_i, x_j) at the point, in 30-digit arithmetic rounded to double.
     * The symbolic mixed partials are equal, so each is computed once (j >= i) and mirrored.
     */
    public double[][] hessian(IExpr expr, List<String> variables, double[] point) {
        IAST rules = at(variables, point);
        int n = variables.size();
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            IExpr first = differentiate(expr, variables.get(i));
            for (int j = i; j < n; j++) {
                IExpr d = engine.eval(F.N(F.ReplaceAll(differentiate(first, variables.get(j)), rules), F.ZZ(30)));
                h[i][j] = d.isReal() ? d.evalDouble() : Double.NaN;
                h[j][i] = h[i][j];
            }
        }
        engine.takeMessages();
        return h;
    }

    /**
     * d expr / d variable for real variables: max and min become Piecewise first (Symja cannot
     * differentiate Max), and the symbols are real before and after.
     */
    private IExpr differentiate(IExpr expr, String variable) {
        IExpr derivative = derivativeOf(expr, F.symbol(variable));
        return engine.eval(F.ReplaceAll(derivative, SIGN_IS_LOCALLY_CONSTANT));
    }

    /**
     * D(expr, x) with real symbols, term by term where Symja gives up on a sum. Some sums, such as
     * softsign(hardtanh(-0.25) softsign(x)) + tan(tanh(-0.01))/(1.0 + swish(|x|, sin x)^2), Symja
     * rewrites back and forth until its iteration limit, and answers Hold(...) (with a limit ten
     * times higher too); the derivative of each term comes at once, and so does their sum.
     */
    private IExpr derivativeOf(IExpr expr, ISymbol x) {
        IExpr real = engine.assumingRealSymbols(SymjaTrees.maxMinAsPiecewise(expr));
        IExpr d = real.isAST(S.Hold) ? real : engine.assumingRealSymbols(F.D(real, x));
        if (!d.isAST(S.Hold) || !expr.isPlus()) {
            return d;
        }
        IAST sum = (IAST) expr;
        IASTAppendable terms = F.PlusAlloc(sum.argSize());
        for (int i = 1; i < sum.size(); i++) {
            terms.append(derivativeOf(sum.get(i), x));
        }
        return engine.assumingRealSymbols(terms);
    }

    /**
     * Sign' -> 0. The derivative of Abs is Sign, and Symja leaves the derivative of Sign as the
     * unevaluated Sign', which has no numeric value; for real arguments Sign is constant away from
     * 0, where every second derivative here is evaluated (at 0 it does not exist).
     */
    private static final IExpr SIGN_IS_LOCALLY_CONSTANT =
            F.Rule(F.unaryAST1(F.unaryAST1(S.Derivative, F.C1), S.Sign), F.Function(F.C0));

    /** The Wirtinger pairs of an expression in complex variables at the point, from Symja's Dz and Dzbar. */
    public Wirtinger[] wirtinger(IExpr expr, List<String> variables, Complex[] point) {
        IASTAppendable substitution = F.ListAlloc(variables.size());
        IASTAppendable values = F.ListAlloc(2 * variables.size());
        IExpr[] parts = new IExpr[variables.size()];
        for (int i = 0; i < variables.size(); i++) {
            ISymbol re = F.symbol(ProjectFunctions.realPart(variables.get(i)));
            ISymbol im = F.symbol(ProjectFunctions.imaginaryPart(variables.get(i)));
            parts[i] = F.Plus(re, F.Times(F.CI, im));
            substitution.append(F.Rule(F.symbol(variables.get(i)), parts[i]));
            values.append(F.Rule(re, F.num(point[i].re())));
            values.append(F.Rule(im, F.num(point[i].im())));
        }
        // Conjugates pushed down while every symbol is real: left to Symja, conj(sigmoid(x + I y)) becomes Arg and Abs, whose derivative has no value
        IExpr f = Conjugates.pushDown(expr.replaceAll(substitution).orElse(expr));
        Wirtinger[] pairs = new Wirtinger[variables.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new Wirtinger(valueAt("Dz", f, parts[i], values), valueAt("Dzbar", f, parts[i], values));
        }
        engine.takeMessages();
        return pairs;
    }

    private Complex valueAt(String operator, IExpr f, IExpr variable, IAST values) {
        IExpr d = engine.eval(F.N(F.ReplaceAll(F.binaryAST2(F.symbol(operator), f, variable), values), F.ZZ(30)));
        if (!d.isNumber()) {
            return new Complex(Double.NaN, Double.NaN);
        }
        org.hipparchus.complex.Complex c = d.evalComplex();
        return new Complex(c.getReal(), c.getImaginary());
    }
}

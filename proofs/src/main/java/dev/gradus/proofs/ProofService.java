package dev.gradus.proofs;

import dev.gradus.autodiff.Gradient;
import dev.gradus.autodiff.Gradients;
import dev.gradus.autodiff.Hessian;
import dev.gradus.autodiff.Hessians;
import dev.gradus.autodiff.check.ComplexGradientCheck;
import dev.gradus.autodiff.check.ComplexGradientReport;
import dev.gradus.autodiff.check.ComplexInputCheck;
import dev.gradus.autodiff.check.GradientCheck;
import dev.gradus.autodiff.check.GradientReport;
import dev.gradus.autodiff.check.Outcome;
import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexGradient;
import dev.gradus.autodiff.complex.ComplexGradients;
import dev.gradus.autodiff.complex.Wirtinger;
import dev.gradus.proofs.bounds.Inequality;
import dev.gradus.proofs.bounds.InequalityCheck;
import dev.gradus.proofs.bounds.Maximum;
import dev.gradus.proofs.bounds.MaximumCheck;
import dev.gradus.proofs.calculus.Calculus;
import dev.gradus.proofs.calculus.CompiledExpression;
import dev.gradus.proofs.calculus.RealGradient;
import dev.gradus.proofs.calculus.RealHessian;
import dev.gradus.proofs.calculus.TapeCompiler;
import dev.gradus.proofs.calculus.WirtingerGradient;
import dev.gradus.proofs.quick.QuickCheck;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * What the command line offers, on one Symja engine: check a step, derive, and compare a gradient
 * three ways. It runs in the worker process ({@code dev.gradus.proofs.worker}), or in-process for
 * tests; like the engine it is for one thread.
 */
public final class ProofService {
    private final SymjaEngine engine;
    private final Verifier verifier;
    private final Calculus calculus;
    private final InequalityCheck inequalities;
    private final MaximumCheck maxima;

    public ProofService() {
        this(new SymjaEngine());
    }

    /** On a given engine (every engine accepts only mathematics: see {@link SymjaEngine}). */
    public ProofService(SymjaEngine engine) {
        this.engine = engine;
        verifier = new Verifier(engine);
        calculus = new Calculus(engine);
        inequalities = new InequalityCheck(engine, verifier);
        maxima = new MaximumCheck(engine);
    }

    /** Whether work was left undone since the last call because its limit was too short to start it (see {@link SymjaEngine#takeDeferred()}). */
    public boolean takeDeferred() {
        return engine.takeDeferred();
    }

    /** Whether a computation ran away from its time limit (see {@link SymjaEngine#hadRunaway()}). */
    public boolean hadRunaway() {
        return engine.hadRunaway();
    }

    /** A claim's verdict: in-process where {@link QuickCheck} decides it (the web page's steps too), else by the verifier. */
    public StepResult check(Claim claim, Deadline deadline, Consumer<StepResult> provisional) {
        return QuickCheck.decide(claim).orElseGet(() -> verifier.verify(claim, deadline, provisional));
    }

    public StepResult inequality(Inequality claim, Deadline deadline) {
        return inequalities.check(claim, deadline);
    }

    public StepResult maximum(Maximum claim) {
        return maxima.check(claim);
    }

    /** Each expression as parsed (not evaluated), in LaTeX: what was read, shown the way it was likely written. */
    public List<String> tex(List<String> expressions) throws ParseError {
        List<String> texts = new ArrayList<>();
        for (String e : expressions) {
            texts.add(engine.eval(F.TeXForm(F.HoldForm(engine.parse(e)))).toString().replace('\n', ' ').strip());
        }
        return texts;
    }

    /** Parses without evaluating: a syntax error comes back as a ParseError naming the column. */
    public void parse(String expression) throws ParseError {
        engine.parse(expression);
    }

    /** The simplified partial derivatives of {@code expression} with respect to each variable. */
    public List<Calculus.Partial> derive(String expression, List<String> variables, Deadline deadline) throws ParseError {
        return derive(expression, variables, 1, deadline);
    }

    /** The simplified derivatives of the given order (1 or 2) by each variable: d^2/dx^2 for order 2. */
    public List<Calculus.Partial> derive(String expression, List<String> variables, int order, Deadline deadline)
            throws ParseError {
        if (order != 1 && order != 2) {
            throw new ParseError("derivatives of order " + order + " are not supported: the order is 1 or 2", 0);
        }
        IExpr parsed = engine.parse(expression);
        for (String v : variables) {
            if (!Derivation.isVariableName(v)) {
                throw new ParseError("not a variable name: '" + v + "' (a letter, then letters or digits)", 0);
            }
        }
        screenVariables(variables);
        List<Calculus.Partial> partials = new ArrayList<>();
        for (String v : variables) {
            partials.add(calculus.derive(parsed, v, order, deadline));
        }
        return partials;
    }

    /** The gradient of a real expression at the point: tape, central differences and Symja. */
    public RealGradient gradient(String expression, List<String> variables, double[] point) throws ParseError {
        IExpr parsed = engine.parse(expression);
        screenVariables(variables);
        CompiledExpression compiled = compileReal(parsed, variables);
        Gradient tape = Gradients.of(compiled.real()).at(point);
        GradientReport differences = GradientCheck.withDefaults().check(compiled.real(), point);
        double[] fd = differences.inputs().stream().mapToDouble(c -> c.numeric()).toArray();
        List<String> notes = differences.inputs().stream()
                .map(c -> c.outcome() == Outcome.NEAR_KINK || c.outcome() == Outcome.INCONCLUSIVE ? c.note() : "").toList();
        double[] symbolic = calculus.gradient(parsed, variables, point);
        double worst = 0;
        for (int i = 0; i < point.length; i++) {
            // At a kink the differences average the one-sided slopes: only Symja's value can confirm the tape's there.
            double fromDifferences = differences.inputs().get(i).outcome() == Outcome.NEAR_KINK ? 0 : relative(tape.get(i), fd[i]);
            worst = Math.max(worst, Math.max(fromDifferences, relative(tape.get(i), symbolic[i])));
        }
        return new RealGradient(expression, variables, point.clone(), tape.value(), tape.gradient(), fd, symbolic, notes, worst);
    }

    /**
     * The Hessian of a real expression at the point three ways: the second-order tape (one
     * Hessian-vector product per variable), central differences of the tape's gradient, and
     * Symja's D(f, x_i, x_j).
     */
    public RealHessian hessian(String expression, List<String> variables, double[] point) throws ParseError {
        IExpr parsed = engine.parse(expression);
        screenVariables(variables);
        CompiledExpression compiled = compileReal(parsed, variables);
        Hessian tape = Hessians.of(compiled.real()).at(point);
        double[][] differences = gradientDifferences(compiled, point);
        double[][] symbolic = calculus.hessian(parsed, variables, point);
        double worst = 0;
        for (int i = 0; i < point.length; i++) {
            for (int j = 0; j < point.length; j++) {
                double t = tape.get(i, j);
                worst = Math.max(worst, Math.max(relative(t, differences[i][j]), relative(t, symbolic[i][j])));
            }
        }
        return new RealHessian(expression, variables, point.clone(), tape.value(), tape.gradient(), tape.matrix(),
                differences, symbolic, worst, tape.asymmetry());
    }

    /** Each variable name is the user's own symbol, not a built-in such as Now, which would be evaluated (see {@link SymjaEngine#variable}). */
    private void screenVariables(List<String> variables) throws ParseError {
        for (String v : variables) {
            engine.variable(v);
        }
    }

    /** The expression compiled for the real tape; an expression with I is an error that says how to treat it. */
    private static CompiledExpression compileReal(IExpr parsed, List<String> variables) throws ParseError {
        CompiledExpression compiled = TapeCompiler.compile(parsed, variables);
        if (compiled.isComplexOnly()) {
            throw new ParseError("the expression contains I: declare its complex variables with --complex", 0);
        }
        return compiled;
    }

    /** Column j: (g(x + h e_j) - g(x - h e_j)) / 2h of the tape's gradient g, h = 1e-5 max(1, |x_j|). */
    private static double[][] gradientDifferences(CompiledExpression compiled, double[] point) {
        Gradients gradients = Gradients.of(compiled.real());
        int n = point.length;
        double[][] h = new double[n][n];
        double[] x = point.clone();
        for (int j = 0; j < n; j++) {
            double step = 1e-5 * Math.max(1, Math.abs(point[j]));
            x[j] = point[j] + step;
            double[] up = gradients.at(x).gradient();
            x[j] = point[j] - step;
            double[] down = gradients.at(x).gradient();
            x[j] = point[j];
            for (int i = 0; i < n; i++) {
                h[i][j] = (up[i] - down[i]) / (2 * step);
            }
        }
        return h;
    }

    /** The Wirtinger pairs of an expression in complex variables at the point: tape, differences and Symja. */
    public WirtingerGradient wirtinger(String expression, List<String> variables, List<Complex> point) throws ParseError {
        IExpr parsed = engine.parse(expression);
        screenVariables(variables);
        CompiledExpression compiled = TapeCompiler.compile(parsed, variables);
        Complex[] z = point.toArray(Complex[]::new);
        ComplexGradient tape = ComplexGradients.of(compiled.complex()).at(z);
        ComplexGradientReport differences = ComplexGradientCheck.withDefaults().check(compiled.complex(), z);
        List<Wirtinger> fd = differences.inputs().stream().map(ComplexInputCheck::numeric).toList();
        List<Wirtinger> symbolic = List.of(calculus.wirtinger(parsed, variables, z));
        double worst = 0;
        for (int i = 0; i < z.length; i++) {
            Wirtinger t = tape.wirtinger(i);
            worst = Math.max(worst, Math.max(relative(t, fd.get(i)), relative(t, symbolic.get(i))));
        }
        return new WirtingerGradient(expression, variables, point, tape.value(), tape.realValued(), tape.pairs(), fd,
                symbolic, worst);
    }

    private static double relative(double a, double b) {
        double scale = Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-300);
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.abs(a - b) / scale;
    }

    private static double relative(Wirtinger a, Wirtinger b) {
        double difference = a.dz().minus(b.dz()).abs() + a.dzbar().minus(b.dzbar()).abs();
        double scale = Math.max(a.dz().abs() + a.dzbar().abs(), 1e-300);
        return difference / scale;
    }
}

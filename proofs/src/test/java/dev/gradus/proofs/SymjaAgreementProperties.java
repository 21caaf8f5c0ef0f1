package dev.gradus.proofs;

import dev.gradus.proofs.calculus.Calculus;
import dev.gradus.proofs.calculus.CompiledExpression;
import dev.gradus.proofs.calculus.TapeCompiler;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.verify.Verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.Gradient;
import dev.gradus.autodiff.Gradients;
import dev.gradus.testkit.Expression;
import dev.gradus.testkit.Expressions;
import dev.gradus.testkit.Points;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.matheclipse.core.interfaces.IExpr;

/** The tape agrees with Symja, and bad input never escapes as an exception. */
class SymjaAgreementProperties {
    private static final List<String> VARIABLES = List.of("x0", "x1", "x2");
    private static SymjaEngine engine;
    private static Calculus calculus;
    private static Verifier verifier;

    @BeforeContainer
    static void symja() {
        engine = new SymjaEngine();
        calculus = new Calculus(engine);
        verifier = new Verifier(engine);
    }

    /**
     * For random compositions of the table, the tape's gradient is Symja's derivative at the point,
     * to 1e-9 relative to max(|gradient|, 1). Below 1 the criterion is absolute: Symja evaluates
     * exactly while the tape rounds, and a composition such as log(1 + x^2) at x = 1e-5 is only
     * good to 1e-8 relative in double arithmetic, whatever its derivative rules.
     */
    @Property(tries = 150)
    void tapeGradientEqualsSymjasDerivative(@ForAll("trees") Expression e, @ForAll("points") double[] x) throws ParseError {
        Assume.that(e.distanceToKink(x) > 1e-3);
        Gradient tape = Gradients.of(e).at(x);
        Assume.that(Double.isFinite(tape.value()) && Math.abs(tape.value()) < 1e50);
        IExpr parsed = engine.parse(e.toString());
        double[] symbolic = calculus.gradient(parsed, VARIABLES, x);
        for (int i = 0; i < x.length; i++) {
            double t = tape.get(i);
            double s = symbolic[i];
            double error = Math.abs(t - s) / Math.max(Math.max(Math.abs(t), Math.abs(s)), 1.0);
            assertTrue(error < 1e-9, e + " d/d" + VARIABLES.get(i) + ": tape " + t + ", Symja " + s);
        }
    }

    /**
     * A sum that Symja rewrites back and forth until its iteration limit (it answers Hold(...))
     * is differentiated term by term. Found by the property above (seed -4225659733884855392),
     * where Symja's value was NaN.
     */
    @Example
    void aSumSymjaCannotEvaluateWholeIsDifferentiatedTermByTerm() throws ParseError {
        String text = "softsign(hardtanh(-0.25)*softsign(x1)) + tan(tanh(-0.01))/(1.0 + swish(abs(x1), sin(x1))*swish(abs(x1), sin(x1)))";
        double[] x = {2.66e-4, -1.692967, -3.67e-4};
        double[] symbolic = calculus.gradient(engine.parse(text), VARIABLES, x);
        assertEquals(-0.025655756957807477, symbolic[1], 1e-15, "the tape's value, to rounding");
        assertEquals(0.0, symbolic[0]);
        assertEquals(0.0, symbolic[2]);
    }

    /** log(exp(a) + exp(b) + exp(c)) at 800, 801, 799: the naive form is Infinity with gradient 0; compiled, it is log-sum-exp. */
    @Example
    void aLogarithmOfExponentialsIsCompiledAsLogSumExp() throws ParseError {
        CompiledExpression compiled = TapeCompiler.compile(engine.parse("Log(Exp(a) + Exp(b) + Exp(c))"), List.of("a", "b", "c"));
        Gradient g = Gradients.of(compiled.real()).at(new double[] {800, 801, 799});
        double sum = Math.exp(-1) + 1 + Math.exp(-2);
        assertEquals(801 + Math.log(sum), g.value(), 1e-12);
        assertEquals(Math.exp(-1) / sum, g.get(0), 1e-12, "the softmax of a, b, c");
        assertEquals(1 / sum, g.get(1), 1e-12);
        assertEquals(Math.exp(-2) / sum, g.get(2), 1e-12);
    }

    /** The compiled form of the printed tree computes what the tree computes. */
    @Property(tries = 300)
    void compiledExpressionsMatchTheirTrees(@ForAll("trees") Expression e, @ForAll("points") double[] x) throws ParseError {
        CompiledExpression compiled = TapeCompiler.compile(engine.parse(e.toString()), VARIABLES);
        Gradient direct = Gradients.of(e).at(x);
        Gradient viaSymja = Gradients.of(compiled.real()).at(x);
        Assume.that(Double.isFinite(direct.value()));
        assertEquals(direct.value(), viaSymja.value(), 1e-12 * Math.max(1, Math.abs(direct.value())), e::toString);
    }

    /** Malformed input is an ERROR that names a column, never an exception. */
    @Property(tries = 200)
    void malformedInputIsAnErrorWithAColumn(@ForAll("malformed") String text) {
        StepResult r;
        try {
            List<Claim> steps = Derivation.chain(text, List.of(), Set.of());
            r = verifier.verify(steps.get(0), Deadline.in(10_000));
            for (Claim step : steps.subList(1, steps.size())) {
                if (r.verdict() == Verdict.ERROR) {
                    break;
                }
                r = verifier.verify(step, Deadline.in(10_000));
            }
        } catch (ParseError e) {
            assertTrue(e.column() > 0, text + ": " + e.getMessage());
            return;
        }
        assertEquals(Verdict.ERROR, r.verdict(), text + " -> " + r);
        assertTrue(r.message().contains("column "), r.message());
    }

    @Provide
    Arbitrary<Expression> trees() {
        return Expressions.trees(3, 4);
    }

    @Provide
    Arbitrary<double[]> points() {
        return Points.vectors(3, -2, 2);
    }

    /** A valid claim with one syntax error put into it. */
    @Provide
    Arbitrary<String> malformed() {
        Arbitrary<String> valid = Arbitraries.of("sigmoid(x) = (1+tanh(x/2))/2", "D(relu(x), x) = 1", "x^2 + y = 3*x",
                "softplus(x) - x = softplus(-x)", "sin(x)^2 + cos(x)^2 = 1");
        Arbitrary<String> breakage = Arbitraries.of("+", "*", "(", ")", "^", "/", ",", "[", "]", "{");
        return Combinators.combine(valid, breakage, Arbitraries.integers().between(0, 1000))
                .as((claim, bad, where) -> corrupt(claim, bad, where));
    }

    /** Inserts an operator before a closing bracket or at the end, or a bracket that never closes. */
    private static String corrupt(String claim, String bad, int where) {
        String[] sides = claim.split(" = ");
        int side = where % 2;
        String text = sides[side];
        String broken = switch (bad) {
            case "(", "[", "{" -> text.substring(0, where % (text.length() + 1)) + bad + text.substring(where % (text.length() + 1));
            case ")", "]" -> bad + text;
            default -> text + bad;
        };
        sides[side] = broken;
        return String.join(" = ", sides);
    }
}

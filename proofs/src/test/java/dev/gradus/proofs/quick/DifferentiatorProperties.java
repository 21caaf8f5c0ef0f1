package dev.gradus.proofs.quick;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.symja.SymjaEngine;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * gradus' own derivatives ({@link Differentiator}) equal Symja's D, on random expression trees of
 * the table's functions, sums, products, quotients and powers, compared at random points: the
 * in-process checker may take D itself only because it takes the same D. A point where Symja's
 * value is not a finite real (a kink, a pole) is skipped.
 */
class DifferentiatorProperties {
    private static SymjaEngine symja;

    @BeforeContainer
    static void engine() {
        symja = new SymjaEngine();
    }

    /** A random expression in x and y, its derivative by x, and a point. */
    record Case(String expression, String variable, double x, double y) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> coordinate = Arbitraries.doubles().between(-2.5, 2.5).ofScale(5);
        return Combinators.combine(tree(3), Arbitraries.of("x", "y"), coordinate, coordinate).as(Case::new);
    }

    private static Arbitrary<String> tree(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of("x", "y"), Arbitraries.integers().between(1, 3).map(String::valueOf));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> tree(depth - 1));
        Arbitrary<String> unary = Combinators.combine(Arbitraries.of("Exp", "Sin", "Cos", "Tanh", "sigmoid", "softplus", "softsign",
                "Sinh", "Cosh", "Abs", "relu", "elu", "swish", "leakyrelu", "Sqrt(2+(#)^2)", "Log(1+(#)^2)", "hardtanh"), sub)
                .as((f, u) -> f.contains("#") ? f.replace("#", u) : f + "(" + u + ")");
        Arbitrary<String> binary = Combinators.combine(Arbitraries.of("+", "-", "*", "/(1+(#)^2)", "^2", "^3", "^-1*(1+#^2)"), sub, sub)
                .as((op, u, v) -> switch (op) {
                    case "^2", "^3" -> "(" + u + ")" + op;
                    case "/(1+(#)^2)" -> "(" + u + ")/(1+(" + v + ")^2)";
                    case "^-1*(1+#^2)" -> "(2+(" + u + ")^2)^-1*(" + v + ")";
                    default -> "(" + u + ")" + op + "(" + v + ")";
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, leaf), net.jqwik.api.Tuple.of(3, unary), net.jqwik.api.Tuple.of(3, binary));
    }

    @Property(tries = 1000, seed = "19")
    void ownDerivativeEqualsSymjasD(@ForAll("cases") Case c) throws Exception {
        String d = "D(" + c.expression() + ", " + c.variable() + ")";
        Expr own = Differentiator.evaluate(ExprParser.parse(d));
        double mine = new MachineValue(Map.of("x", c.x(), "y", c.y()), new UnknownFunctions(1), true).of(own);
        IExpr theirs = symja.eval(symja.parse(d));
        IExpr at = symja.eval(F.N(F.ReplaceAll(theirs, F.List(F.Rule(F.symbol("x"), F.num(c.x())), F.Rule(F.symbol("y"), F.num(c.y()))))));
        Assume.that(at.isReal());
        double expected = at.evalDouble();
        Assume.that(Double.isFinite(expected));
        assertTrue(Math.abs(mine - expected) <= 1e-8 * (1 + Math.abs(expected)),
                () -> d + " at x = " + c.x() + ", y = " + c.y() + ": own " + ExprPrinter.print(own) + " = " + mine
                        + ", Symja's " + theirs + " = " + expected);
    }

    @Example
    void whatSymjaWouldAnswerDifferentlyIsLeftToIt() {
        for (String d : List.of("D(Sign(x), x)", "D(Piecewise({{x, x > 0}}, 0), x)", "D(x^x, x)", "D(2^x, x)")) {
            assertThrows(Unsupported.class, () -> Differentiator.evaluate(ExprParser.parse(d)), d);
        }
    }
}

package dev.gradus.proofs;

import dev.gradus.proofs.calculus.Calculus;
import dev.gradus.proofs.symja.SymjaEngine;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.Hessian;
import dev.gradus.autodiff.Hessians;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.testkit.Expression;
import dev.gradus.testkit.Expressions;
import dev.gradus.testkit.Points;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Second derivatives agree with Symja's: every table entry's coded f'' (or second partials) is
 * D(definition, {x, 2}) (or D(definition, x_i, x_j)) at random points, and the second-order
 * tape's Hessian of random compositions is Symja's matrix of D(f, x_i, x_j). Points near a kink
 * are assumed away: there the piecewise entries' second derivative is 0 by convention (see
 * {@link UnaryFunction#secondDerivative}) while Symja's does not exist; softsign and elu with
 * alpha = 1 are smooth once, so 0 is their second-order kink.
 */
class SecondDerivativeProperties {
    private static final List<String> VARIABLES = List.of("x0", "x1", "x2");
    private static SymjaEngine engine;
    private static Calculus calculus;

    @BeforeContainer
    static void symja() {
        engine = new SymjaEngine();
        calculus = new Calculus(engine);
    }

    @Property(tries = 100)
    void everyUnaryEntrysSecondDerivativeIsSymjas(@ForAll UnaryFunction f,
                                                 @ForAll("coordinates") double x) throws ParseError {
        Assume.that(f.distanceToKink(x) > 1e-3 && Math.abs(x) > 1e-3);
        Assume.that(!(f == UnaryFunction.LOG || f == UnaryFunction.SQRT) || x > 0.01);
        Assume.that(f != UnaryFunction.TAN || Math.abs(Math.cos(x)) > 0.1);
        double coded = f.secondDerivative(x, f.value(x));
        double symja = calculus.hessian(engine.parse(slots(f.definition())), List.of("x1"), new double[] {x})[0][0];
        assertClose(symja, coded, f + "''(" + x + ")");
    }

    @Property(tries = 100)
    void everyBinaryEntrysSecondPartialsAreSymjas(@ForAll BinaryFunction f, @ForAll("coordinates") double a,
                                                 @ForAll("coordinates") double b) throws ParseError {
        Assume.that(f.distanceToKink(a, b) > 1e-3 && Math.abs(a) > 1e-3);
        Assume.that(f != BinaryFunction.POW || a > 0.01);
        Assume.that(f != BinaryFunction.DIV || Math.abs(b) > 0.1);
        double y = f.value(a, b);
        double[][] coded = {{f.partialAA(a, b, y), f.partialAB(a, b, y)}, {f.partialAB(a, b, y), f.partialBB(a, b, y)}};
        double[][] symja = calculus.hessian(engine.parse(slots(f.definition())), List.of("x1", "x2"), new double[] {a, b});
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertClose(symja[i][j], coded[i][j], f + " d^2/dx" + (i + 1) + "dx" + (j + 1) + " at (" + a + ", " + b + ")");
            }
        }
    }

    /**
     * The tape's Hessian of a random composition is Symja's, to 1e-9 relative to max(|H_ij|, 1)
     * (absolute below 1, as in {@link SymjaAgreementProperties}), and symmetric to rounding.
     */
    @Property(tries = 50)
    void theTapesHessianOfRandomExpressionsIsSymjas(@ForAll("trees") Expression e, @ForAll("points") double[] x)
            throws ParseError {
        Assume.that(e.distanceToKink(x) > 1e-3);
        Hessian tape = Hessians.of(e).at(x);
        Assume.that(Double.isFinite(tape.value()) && Math.abs(tape.value()) < 1e50);
        double[][] symja = calculus.hessian(engine.parse(e.toString()), VARIABLES, x);
        double scale = 1.0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                scale = Math.max(scale, Math.abs(symja[i][j]));
            }
        }
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double t = tape.get(i, j);
                double s = symja[i][j];
                double error = Math.abs(t - s) / Math.max(Math.max(Math.abs(t), Math.abs(s)), 1.0);
                assertTrue(error < 1e-9, e + " d^2/d" + VARIABLES.get(i) + "d" + VARIABLES.get(j) + ": tape " + t + ", Symja " + s);
            }
        }
        assertTrue(tape.asymmetry() <= 1e-12 * scale, e + ": asymmetry " + tape.asymmetry());
    }

    @Provide
    Arbitrary<Double> coordinates() {
        return Arbitraries.doubles().between(-3, 3).ofScale(4);
    }

    @Provide
    Arbitrary<Expression> trees() {
        return Expressions.trees(3, 4);
    }

    @Provide
    Arbitrary<double[]> points() {
        return Points.vectors(3, -2, 2);
    }

    private static String slots(String symja) {
        return symja.replace("#1", "x1").replace("#2", "x2");
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-11 * Math.max(1, Math.abs(expected)),
                what + ": coded " + actual + ", Symja " + expected);
    }
}

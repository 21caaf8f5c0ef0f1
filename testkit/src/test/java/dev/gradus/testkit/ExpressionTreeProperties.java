package dev.gradus.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.Gradient;
import dev.gradus.autodiff.Gradients;
import dev.gradus.autodiff.Jacobian;
import dev.gradus.autodiff.Jacobians;
import dev.gradus.autodiff.Tape;
import dev.gradus.autodiff.check.GradientCheck;
import dev.gradus.autodiff.check.GradientReport;
import dev.gradus.autodiff.check.Outcome;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Random compositions (depth up to 6, 2 to 4 variables) of every table function. */
class ExpressionTreeProperties {
    private static final int VARIABLES = 4;
    /** Points closer than this to a kink of an inner function are skipped (see Expression#distanceToKink). */
    private static final double KINK_MARGIN = 1e-4;

    @Property(tries = 1500)
    void gradientsOfCompositionsMatchCentralDifferences(@ForAll("trees") Expression e, @ForAll("points") double[] x) {
        Assume.that(e.distanceToKink(x) > KINK_MARGIN);
        GradientAssert.matchesFiniteDifferences(e, x);
        Statistics.label("depth (with the domain guards)").collect(Math.min(e.depth(), 10));
    }

    /** Every row of a Jacobian is the gradient of that output on its own, to the last bit. */
    @Property(tries = 300)
    void jacobianRowsAreTheGradientsOfEachOutput(@ForAll("threeTrees") List<Expression> outputs,
                                                @ForAll("points") double[] x) {
        Jacobian j = Jacobians.of((ops, v) -> outputs.stream().mapToInt(e -> e.apply(ops, v)).toArray()).at(x);
        for (int i = 0; i < outputs.size(); i++) {
            Gradient g = Gradients.of(outputs.get(i)).at(x);
            assertEquals(g.value(), j.values()[i], 0.0);
            assertArrayEquals(g.gradient(), j.row(i), 0.0, "row " + i + " of " + outputs);
        }
    }

    /** One tape, reset between functions, gives bit-identical results to a fresh tape per function. */
    @Property(tries = 300)
    void resetAndReuseGiveIdenticalResults(@ForAll("fiveTrees") List<Expression> functions,
                                           @ForAll("points") double[] x) {
        Tape reused = new Tape(8);
        for (Expression e : functions) {
            reused.reset();
            int[] vars = reused.variables(x);
            int out = e.apply(reused, vars);
            Tape fresh = new Tape();
            int[] freshVars = fresh.variables(x);
            int freshOut = e.apply(fresh, freshVars);
            assertEquals(Double.doubleToLongBits(fresh.value(freshOut)), Double.doubleToLongBits(reused.value(out)));
            assertArrayEquals(fresh.gradient(freshOut, freshVars), reused.gradient(out, vars), 0.0, e.toString());
        }
    }

    /** The checker is not a rubber stamp: away from kinks, a gradient perturbed by 1% (plus 1e-4) is a mismatch. */
    @Property(tries = 500)
    void aPerturbedGradientIsCaught(@ForAll("trees") Expression e, @ForAll("points") double[] x) {
        Assume.that(e.distanceToKink(x) > KINK_MARGIN);
        GradientCheck check = GradientCheck.withDefaults();
        GradientReport honest = check.check(e, x);
        Assume.that(honest.outcome() == Outcome.OK);
        double[] g = Gradients.of(e).at(x).gradient();
        int worst = 0;
        for (int i = 1; i < g.length; i++) {
            worst = Math.abs(g[i]) > Math.abs(g[worst]) ? i : worst;
        }
        double[] perturbed = g.clone();
        perturbed[worst] += 0.01 * Math.abs(perturbed[worst]) + 1e-4;
        GradientReport r = check.check(v -> Gradients.of(e).valueAt(v), v -> perturbed, x);
        assertEquals(Outcome.MISMATCH, r.outcome(), e + "\n" + r);
    }

    @Provide
    Arbitrary<Expression> trees() {
        return Arbitraries.integers().between(2, VARIABLES).flatMap(n -> Expressions.trees(n, 6));
    }

    @Provide
    Arbitrary<List<Expression>> threeTrees() {
        return trees().list().ofSize(3);
    }

    @Provide
    Arbitrary<List<Expression>> fiveTrees() {
        return trees().list().ofSize(5);
    }

    @Provide
    Arbitrary<double[]> points() {
        return Points.vectors(VARIABLES, -2, 2);
    }
}

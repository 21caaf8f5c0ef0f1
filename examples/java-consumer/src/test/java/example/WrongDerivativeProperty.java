package example;

import dev.gradus.testkit.GradientAssert;
import dev.gradus.testkit.Points;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A gradient property as a user writes it, here with a wrong derivative: tanh'(x) written as
 * 1 + tanh(x)^2. Its name keeps Surefire from running it directly (name yours *Test);
 * {@link WrongDerivativeIsCaughtTest} runs it and reads the failure.
 */
class WrongDerivativeProperty {

    static double tanhSum(double[] x) {
        double sum = 0;
        for (double xi : x) sum += Math.tanh(xi);
        return sum;
    }

    static double[] wrongGradient(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double t = Math.tanh(x[i]);
            g[i] = 1 + t * t;                          // should be 1 - t * t
        }
        return g;
    }

    @Property(seed = "7")
    void gradientMatchesFiniteDifferences(@ForAll("points") double[] x) {
        GradientAssert.matchesFiniteDifferences(WrongDerivativeProperty::tanhSum, WrongDerivativeProperty::wrongGradient, x);
    }

    @Provide
    Arbitrary<double[]> points() {
        return Points.vectors(2);
    }
}

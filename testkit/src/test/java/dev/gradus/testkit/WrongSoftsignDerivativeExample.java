package dev.gradus.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The README example with the derivative printed on the activation-function slides,
 * softsign'(z) = sgn(z) / (1 + |z|)^2, which is wrong for z <= 0. It must fail. Its name keeps it
 * out of the normal test run; {@link WrongGradientIsCaughtTest} runs it and inspects the failure.
 */
class WrongSoftsignDerivativeExample {

    static double[] slidesGradient(double[] z) {
        double[] g = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double d = 1 + Math.abs(z[i]);
            g[i] = Math.signum(z[i]) / (d * d);
        }
        return g;
    }

    @Property(seed = "42")
    void gradientMatchesFiniteDifferences(@ForAll("points") double[] z) {
        GradientAssert.matchesFiniteDifferences(SoftsignGradientTest::softsignSum,
                WrongSoftsignDerivativeExample::slidesGradient, z);
    }

    @Provide
    Arbitrary<double[]> points() {
        return Points.vectors(3);
    }
}

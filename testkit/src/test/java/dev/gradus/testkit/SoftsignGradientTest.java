package dev.gradus.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The user-style example of the README: a hand-written gradient checked by one line. */
class SoftsignGradientTest {

    /** softsign(z) = z / (1 + |z|), summed over the components so that the example has a vector input. */
    static double softsignSum(double[] z) {
        double sum = 0;
        for (double zi : z) {
            sum += zi / (1 + Math.abs(zi));
        }
        return sum;
    }

    /** d/dz_i = 1 / (1 + |z_i|)^2. */
    static double[] softsignSumGradient(double[] z) {
        double[] g = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double d = 1 + Math.abs(z[i]);
            g[i] = 1 / (d * d);
        }
        return g;
    }

    @Property
    void gradientMatchesFiniteDifferences(@ForAll("points") double[] z) {
        GradientAssert.matchesFiniteDifferences(SoftsignGradientTest::softsignSum,
                SoftsignGradientTest::softsignSumGradient, z);
    }

    @Provide
    Arbitrary<double[]> points() {
        return Points.vectors(3);
    }
}

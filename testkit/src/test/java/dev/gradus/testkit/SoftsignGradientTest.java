package dev.gradus.testkit;

import dev.gradus.testkit.GradientAssert;
import dev.gradus.testkit.Points;
import net.jqwik.api.*;

/** The example of the documentation, as a user writes it: a hand-written gradient checked by one line. */
class SoftsignGradientTest {

    static double softsignSum(double[] z) {                 // sum of z_i / (1 + |z_i|)
        double sum = 0;
        for (double zi : z) sum += zi / (1 + Math.abs(zi));
        return sum;
    }

    static double[] softsignSumGradient(double[] z) {       // 1 / (1 + |z_i|)^2
        double[] g = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double d = 1 + Math.abs(z[i]);
            g[i] = 1 / (d * d);
        }
        return g;
    }

    @Property
    void gradientMatchesFiniteDifferences(@ForAll("points") double[] z) {
        GradientAssert.matchesFiniteDifferences(
                SoftsignGradientTest::softsignSum, SoftsignGradientTest::softsignSumGradient, z);
    }

    @Provide
    Arbitrary<double[]> points() {
        return Points.vectors(3);   // 6 decimals in [-4, 4], not jqwik's default 2
    }
}

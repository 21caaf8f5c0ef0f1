package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each learning rule's update against numbers worked out by hand, two steps on one parameter of
 * two values; Adam's first step; every rule on a convex quadratic.
 */
class OptimizerTest {
    private static final double[][] GRADIENTS = {{0.5, -1.0}, {0.2, 0.4}};

    /** One decayed parameter w = (1, -2), given the two gradients above in turn. */
    private static double[][] twoSteps(Optimizer optimizer, double eta, double lambda, int n) {
        double[] w = {1.0, -2.0};
        double[] g = new double[2];
        List<Parameter> parameters = List.of(new Parameter("w", w, g, true));
        optimizer.start(parameters, eta, lambda, n);
        double[][] after = new double[2][];
        for (int t = 0; t < 2; t++) {
            System.arraycopy(GRADIENTS[t], 0, g, 0, 2);
            optimizer.update(parameters, null);
            after[t] = w.clone();
            assertArrayEquals(new double[2], g, 0.0, "the update clears the gradient");
        }
        return after;
    }

    @Test
    void gradientDescentIsNetwork2sRuleWithWeightDecay() {
        // eta 0.1, lambda 1, n 10: w <- 0.99 w - 0.1 g
        double[][] w = twoSteps(new GradientDescent(), 0.1, 1, 10);
        assertArrayEquals(new double[] {0.99 - 0.05, -1.98 + 0.1}, w[0], 1e-15);
        assertArrayEquals(new double[] {0.99 * 0.94 - 0.02, 0.99 * -1.88 - 0.04}, w[1], 1e-15);
        assertArrayEquals(new double[] {0.9106, -1.9012}, w[1], 1e-15);
    }

    @Test
    void momentumAccumulatesTheVelocity() {
        // beta 0.9, eta 0.1: v1 = g1 = (0.5, -1), w1 = (0.95, -1.9);
        // v2 = 0.9 v1 + g2 = (0.65, -0.5), w2 = w1 - 0.1 v2 = (0.885, -1.85)
        double[][] w = twoSteps(new Momentum(0.9), 0.1, 0, 10);
        assertArrayEquals(new double[] {0.95, -1.9}, w[0], 1e-15);
        assertArrayEquals(new double[] {0.885, -1.85}, w[1], 1e-15);
    }

    @Test
    void momentumAddsTheL2GradientToTheVelocity() {
        // lambda/n = 0.1: g1 + 0.1 w0 = (0.6, -1.2) = v1, w1 = (0.94, -1.88)
        double[][] w = twoSteps(new Momentum(0.9), 0.1, 1, 10);
        assertArrayEquals(new double[] {0.94, -1.88}, w[0], 1e-15);
        // v2 = 0.9 (0.6, -1.2) + (0.2, 0.4) + 0.1 (0.94, -1.88) = (0.834, -0.868)
        assertArrayEquals(new double[] {0.94 - 0.0834, -1.88 + 0.0868}, w[1], 1e-15);
    }

    @Test
    void adamTwoStepsWithBiasCorrection() {
        // t = 1: m = 0.1 g, v = 0.001 g^2, corrected: g and g^2, so the step is 0.1 g / (|g| + 1e-8).
        // t = 2, first coordinate: m = 0.9 * 0.05 + 0.1 * 0.2 = 0.065, v = 0.999 * 0.00025 + 0.001 * 0.04
        // = 0.00028975; m^ = 0.065 / 0.19, v^ = 0.00028975 / 0.001999: step 0.1 * 0.342105 / 0.380720 = 0.0898575.
        // Second: m = -0.05, v = 0.001159: step 0.1 * (-0.263158) / 0.761439 = -0.0345606.
        double[][] w = twoSteps(new Adam(), 0.1, 0, 10);
        assertArrayEquals(new double[] {1 - 0.1 * 0.5 / (0.5 + 1e-8), -2 + 0.1 * 1 / (1 + 1e-8)}, w[0], 1e-15);
        double m1 = 0.065 / 0.19;
        double v1 = 0.00028975 / 0.001999;
        double m2 = -0.05 / 0.19;
        double v2 = 0.001159 / 0.001999;
        assertArrayEquals(new double[] {w[0][0] - 0.1 * m1 / (Math.sqrt(v1) + 1e-8), w[0][1] - 0.1 * m2 / (Math.sqrt(v2) + 1e-8)},
                w[1], 1e-14);
        assertArrayEquals(new double[] {0.8101424839029282, -1.865439416662626}, w[1], 1e-12);
    }

    @Test
    void adamsFirstStepIsEtaInEveryCoordinateWhateverTheGradientsScale() {
        Random random = new Random(3);
        double[] w = new double[50];
        double[] g = new double[50];
        for (int i = 0; i < g.length; i++) {
            w[i] = random.nextGaussian();
            g[i] = (random.nextBoolean() ? 1 : -1) * Math.pow(10, -2 + 5 * random.nextDouble()); // 1e-2 to 1e3
        }
        double[] before = w.clone();
        double[] gradient = g.clone();
        List<Parameter> parameters = List.of(new Parameter("w", w, g, false));
        Adam adam = new Adam();
        adam.start(parameters, 0.003, 0, 1);
        adam.update(parameters, null);
        for (int i = 0; i < w.length; i++) {
            assertEquals(-0.003 * Math.signum(gradient[i]), w[i] - before[i], 0.003 * 1e-6, "coordinate " + i);
        }
    }

    /** Four samples' gradients per step, for two parameters' values; the mean goes to the gradient. */
    private static final class FixedSamples implements SampleGradients {
        double[] squares = new double[2];

        void set(double[][] perSample, double[] g) {
            for (int i = 0; i < 2; i++) {
                double sum = 0;
                double squaresSum = 0;
                for (double v : perSample[i]) {
                    sum += v;
                    squaresSum += v * v;
                }
                g[i] = sum / perSample[i].length;
                squares[i] = squaresSum;
            }
        }

        @Override
        public int samples() {
            return 4;
        }

        @Override
        public double[] sumOfSquares(int k) {
            return squares;
        }
    }

    @Test
    void varioEtaDividesEachStepByTheSpreadOfTheSamplesGradients() {
        double[] w = {1.0, -2.0};
        double[] g = new double[2];
        List<Parameter> parameters = List.of(new Parameter("w", w, g, true));
        VarioEta vario = new VarioEta();
        vario.start(parameters, 0.1, 0, 4);
        FixedSamples samples = new FixedSamples();
        // samples (1, 2, 3, 4): mean 2.5, variance 30/4 - 6.25 = 1.25; (1, 1, 1, -1): mean 0.5, variance 0.75
        samples.set(new double[][] {{1, 2, 3, 4}, {1, 1, 1, -1}}, g);
        vario.update(parameters, samples);
        assertArrayEquals(new double[] {1 - 0.1 * 2.5 / (Math.sqrt(1.25) + 1e-8), -2 - 0.1 * 0.5 / (Math.sqrt(0.75) + 1e-8)}, w, 1e-15);
        assertArrayEquals(new double[] {0.776393204250021, -2.057735026252296}, w, 1e-12);
        // (0, 0, 2, 2): mean 1, variance 1; (-1, -2, -3, -6): mean -3, variance 50/4 - 9 = 3.5
        samples.set(new double[][] {{0, 0, 2, 2}, {-1, -2, -3, -6}}, g);
        vario.update(parameters, samples);
        assertArrayEquals(new double[] {0.676393205250021, -1.8973782819619842}, w, 1e-12);
        assertArrayEquals(new double[2], g, 0.0);
    }

    @Test
    void varioEtaMakesNoStepOnASingleSample() {
        double[] w = {1.0, -2.0};
        double[] g = {0.3, 0.4};
        List<Parameter> parameters = List.of(new Parameter("w", w, g, true));
        VarioEta vario = new VarioEta();
        vario.start(parameters, 0.1, 0, 4);
        vario.update(parameters, new SampleGradients() {
            public int samples() {
                return 1;
            }

            public double[] sumOfSquares(int k) {
                return new double[] {0.09, 0.16};
            }
        });
        assertArrayEquals(new double[] {1.0, -2.0}, w, 0.0);
        assertArrayEquals(new double[2], g, 0.0);
    }

    /**
     * A convex quadratic as a mean over T = 8 samples, C(w) = (1/T) sum_t 1/2 sum_i a_i (w_i - c_ti)^2,
     * badly conditioned (a from 0.1 to 10): every rule's first step lowers the cost (momentum's later
     * steps may overshoot and raise it for a while), and every rule comes close to the minimum.
     */
    @Test
    void everyRuleDescendsOnAConvexQuadratic() {
        int d = 6;
        int samplesCount = 8;
        double[] a = {0.1, 0.3, 1, 2, 5, 10};
        double[][] c = new double[samplesCount][d];
        Random random = new Random(7);
        for (double[] row : c) {
            for (int i = 0; i < d; i++) {
                row[i] = 1 + random.nextGaussian();
            }
        }
        record Run(Optimizer optimizer, double eta, int steps) { }
        for (Run run : List.of(new Run(new GradientDescent(), 0.15, 300), new Run(new Momentum(), 0.02, 300),
                new Run(new VarioEta(), 0.05, 300), new Run(new Adam(), 0.05, 300))) {
            double[] w = new double[d];
            double[] g = new double[d];
            double[] squares = new double[d];
            List<Parameter> parameters = List.of(new Parameter("w", w, g, false));
            SampleGradients samples = new SampleGradients() {
                public int samples() {
                    return samplesCount;
                }

                public double[] sumOfSquares(int k) {
                    return squares;
                }
            };
            run.optimizer().start(parameters, run.eta(), 0, samplesCount);
            double start = quadratic(w, a, c);
            double minimum = quadratic(mean(c), a, c);
            double previous = start;
            for (int step = 0; step < run.steps(); step++) {
                for (int i = 0; i < d; i++) {
                    squares[i] = 0;
                    for (double[] row : c) {
                        double gi = a[i] * (w[i] - row[i]);
                        g[i] += gi / samplesCount;
                        squares[i] += gi * gi;
                    }
                }
                run.optimizer().update(parameters, samples);
                if (step == 0) {
                    double now = quadratic(w, a, c);
                    assertTrue(now < previous, run.optimizer() + ": step " + step + " went from " + previous + " to " + now);
                    previous = now;
                }
            }
            double gap = quadratic(w, a, c) - minimum;
            assertTrue(gap < 1e-3 * (start - minimum), run.optimizer() + ": " + gap + " above the minimum, started "
                    + (start - minimum) + " above");
        }
    }

    private static double quadratic(double[] w, double[] a, double[][] c) {
        double total = 0;
        for (double[] row : c) {
            for (int i = 0; i < w.length; i++) {
                total += 0.5 * a[i] * (w[i] - row[i]) * (w[i] - row[i]);
            }
        }
        return total / c.length;
    }

    private static double[] mean(double[][] c) {
        double[] m = new double[c[0].length];
        for (double[] row : c) {
            for (int i = 0; i < m.length; i++) {
                m[i] += row[i] / c.length;
            }
        }
        return m;
    }
}

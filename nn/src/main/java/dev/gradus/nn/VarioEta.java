package dev.gradus.nn;

import java.util.Arrays;
import java.util.List;

/**
 * Vario-Eta (Neuneier and Zimmermann, "How to Train Neural Networks", 1998; the lecture's rule 4):
 * each weight's step is scaled by the spread of its per-sample gradients in the batch,
 * w &lt;- w - eta g / (sigma + eps), sigma = sqrt((1/m) sum_i (g_i - g)^2), g the batch mean. A
 * weight whose samples disagree (zig-zag) has a large sigma and is damped; one whose samples agree
 * (a slow drift towards the minimum) has a small sigma and is sped up. The lecture's formula has
 * lost its fraction bar in the transcript (it says "large denominator ... damped") and gives no
 * epsilon: eps = 1e-8 here (as Adam's) only guards a weight whose per-sample gradients are all
 * equal and non-zero. The L2 term is the same for every sample, so it moves g but not sigma.
 *
 * <p>sigma needs at least two samples: a batch of one sample (pattern-by-pattern learning, or the
 * last short batch of an epoch) has no spread, and gets no step (its gradients are cleared).
 */
public final class VarioEta implements Optimizer {
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double epsilon;
    private double eta;
    private double l2;

    public VarioEta(double epsilon) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Vario-Eta needs epsilon > 0, not " + epsilon);
        }
        this.epsilon = epsilon;
    }

    public VarioEta() {
        this(DEFAULT_EPSILON);
    }

    @Override
    public void start(List<Parameter> parameters, double eta, double lambda, int trainingSize) {
        this.eta = eta;
        this.l2 = lambda / trainingSize;
    }

    @Override
    public void update(List<Parameter> parameters, SampleGradients samples) {
        int m = samples.samples();
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            double[] w = p.value();
            double[] g = p.gradient();
            if (m > 1) {
                double[] squares = samples.sumOfSquares(k);
                double decay = p.decayed() ? l2 : 0;
                for (int i = 0; i < w.length; i++) {
                    double sigma = standardDeviation(squares[i], g[i], m);
                    w[i] -= eta * (g[i] + decay * w[i]) / (sigma + epsilon);
                }
            }
            Arrays.fill(g, 0.0);
        }
    }

    /**
     * The population standard deviation of m values from their sum of squares and mean,
     * sqrt(sum/m - mean^2); rounding can make the difference slightly negative when the values
     * nearly agree, which means 0.
     */
    static double standardDeviation(double sumOfSquares, double mean, int m) {
        return Math.sqrt(Math.max(0, sumOfSquares / m - mean * mean));
    }

    @Override
    public String toString() {
        return "vario-eta (eps " + epsilon + ")";
    }
}

package dev.gradus.nn;

import java.util.List;

/**
 * Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, Algorithm 1):
 * m &lt;- beta1 m + (1 - beta1) g, v &lt;- beta2 v + (1 - beta2) g^2, and with the bias corrections
 * m^ = m / (1 - beta1^t), v^ = v / (1 - beta2^t) the step w &lt;- w - eta m^ / (sqrt(v^) + eps).
 * Both moments start at zero, which the corrections undo: the first step is eta g / (|g| + eps),
 * eta per coordinate whatever the gradient's scale. g includes the L2 term (Adam with L2, not the
 * decoupled decay of AdamW).
 */
public final class Adam implements Optimizer {
    /** The paper's defaults. */
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double[][] first = new double[0][];
    private double[][] second = new double[0][];
    private double eta;
    private double l2;
    private int t;

    public Adam(double beta1, double beta2, double epsilon) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam needs 0 <= beta1, beta2 < 1 and epsilon > 0");
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    public Adam() {
        this(DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    @Override
    public void start(List<Parameter> parameters, double eta, double lambda, int trainingSize) {
        this.eta = eta;
        this.l2 = lambda / trainingSize;
        t = 0;
        first = new double[parameters.size()][];
        second = new double[parameters.size()][];
        for (int k = 0; k < first.length; k++) {
            first[k] = new double[parameters.get(k).value().length];
            second[k] = new double[first[k].length];
        }
    }

    @Override
    public void update(List<Parameter> parameters, SampleGradients samples) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            double[] w = p.value();
            double[] g = p.gradient();
            double[] m = first[k];
            double[] v = second[k];
            double decay = p.decayed() ? l2 : 0;
            for (int i = 0; i < w.length; i++) {
                double gi = g[i] + decay * w[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                w[i] -= eta * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + epsilon);
                g[i] = 0;
            }
        }
    }

    @Override
    public String toString() {
        return "adam (beta1 " + beta1 + ", beta2 " + beta2 + ", eps " + epsilon + ")";
    }
}

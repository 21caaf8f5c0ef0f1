package dev.gradus.nn;

import java.util.List;

/**
 * Momentum backprop as the lecture writes it: v_0 = 0, v &lt;- beta v + g, w &lt;- w - eta v (g with
 * the L2 term). A steady gradient builds up to a step of eta / (1 - beta) times it (10 for
 * beta = 0.9), while gradients that change sign from batch to batch cancel in v.
 */
public final class Momentum implements Optimizer {
    /** The lecture's beta. */
    public static final double DEFAULT_BETA = 0.9;

    private final double beta;
    private double[][] velocity = new double[0][];
    private double eta;
    private double l2;

    public Momentum(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("momentum needs 0 <= beta < 1, not " + beta);
        }
        this.beta = beta;
    }

    public Momentum() {
        this(DEFAULT_BETA);
    }

    @Override
    public void start(List<Parameter> parameters, double eta, double lambda, int trainingSize) {
        this.eta = eta;
        this.l2 = lambda / trainingSize;
        velocity = new double[parameters.size()][];
        for (int k = 0; k < velocity.length; k++) {
            velocity[k] = new double[parameters.get(k).value().length];
        }
    }

    @Override
    public void update(List<Parameter> parameters, SampleGradients samples) {
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            double[] w = p.value();
            double[] g = p.gradient();
            double[] v = velocity[k];
            double decay = p.decayed() ? l2 : 0;
            for (int i = 0; i < w.length; i++) {
                v[i] = beta * v[i] + g[i] + decay * w[i];
                w[i] -= eta * v[i];
                g[i] = 0;
            }
        }
    }

    @Override
    public String toString() {
        return "momentum (beta " + beta + ")";
    }
}

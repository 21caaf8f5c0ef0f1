package dev.gradus.nn;

import java.util.List;

/**
 * network2's rule: w &lt;- (1 - eta lambda / n) w - eta g, b &lt;- b - eta g, with g the batch's mean
 * gradient (network2's (eta / m) sum grad). Stateless; the batch size makes it pattern-by-pattern
 * learning (1), mini-batch learning (m) or steepest descent (n).
 */
public final class GradientDescent implements Optimizer {
    private double eta;
    private double decay;

    @Override
    public void start(List<Parameter> parameters, double eta, double lambda, int trainingSize) {
        this.eta = eta;
        this.decay = 1 - eta * lambda / trainingSize;
    }

    @Override
    public void update(List<Parameter> parameters, SampleGradients samples) {
        for (int k = 0; k < parameters.size(); k++) {
            Parameter p = parameters.get(k);
            double[] v = p.value();
            double[] g = p.gradient();
            double factor = p.decayed() ? decay : 1;
            for (int i = 0; i < v.length; i++) {
                v[i] = factor * v[i] - eta * g[i];
                g[i] = 0;
            }
        }
    }

    @Override
    public String toString() {
        return "sgd";
    }
}

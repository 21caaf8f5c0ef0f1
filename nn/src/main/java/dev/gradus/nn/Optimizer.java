package dev.gradus.nn;

import java.util.List;

/**
 * A learning rule: how a batch's gradients become a change of the parameters. An optimizer is a
 * stateful object (velocities, moment estimates) for one list of parameters, kept across steps;
 * {@link #start} clears that state, so one optimizer can train again from scratch.
 *
 * <p>Every rule sees the L2 term of network2's cost, (lambda / 2n) sum w^2 over the weights (not
 * the biases), whose gradient (lambda / n) w joins the cost's gradient for the decayed
 * parameters. Nothing may be allocated in {@link #update}: it runs once per mini-batch.
 */
public interface Optimizer {
    /**
     * Forgets any state and sizes it for these parameters (the same list, in the same order, is
     * given to every {@link #update}).
     *
     * @param eta          the learning rate
     * @param lambda       the L2 parameter (0 for none)
     * @param trainingSize n, the number of training samples (the L2 term is lambda / 2n sum w^2)
     */
    void start(List<Parameter> parameters, double eta, double lambda, int trainingSize);

    /**
     * Updates every parameter from its gradient, the batch's mean gradient of the cost without the
     * L2 term, and sets the gradient to zero (so the next batch can accumulate into it).
     *
     * @param samples the batch's per-sample gradient statistics, for the rules that need them
     *                (computed only when asked for)
     */
    void update(List<Parameter> parameters, SampleGradients samples);
}

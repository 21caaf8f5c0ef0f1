package dev.gradus.nn;

/**
 * What network2's monitoring records for one epoch, and how long the training part took.
 * Costs include network2's L2 term 0.5 (lambda/n) sum w^2; accuracies are fractions in [0, 1];
 * a quantity that was not monitored is NaN.
 *
 * @param epoch              1-based
 * @param trainingSeconds    the mini-batch updates only (shuffling included, monitoring excluded)
 */
public record EpochResult(int epoch, double trainingSeconds, double trainingCost, double trainingAccuracy,
                          double evaluationCost, double evaluationAccuracy) {}

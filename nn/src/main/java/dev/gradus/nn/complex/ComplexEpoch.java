package dev.gradus.nn.complex;

/**
 * One epoch of complex training: the mean cost 1/2 |y - a|^2 per sample on the training and the
 * test samples after it (epoch 0: before training), and the seconds it took.
 */
public record ComplexEpoch(int epoch, double trainingCost, double testCost, double seconds) {}

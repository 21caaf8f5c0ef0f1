package dev.gradus.nn;

/**
 * What a batch's gradients look like sample by sample, beyond their mean: for each parameter, the
 * sum over the batch's samples of each sample's own gradient squared, elementwise. With the mean
 * gradient g that gives the spread of the per-sample gradients, (1/m) sum g_i^2 - g^2 (Vario-Eta
 * divides by its square root).
 */
public interface SampleGradients {
    /** m, the samples in the batch. */
    int samples();

    /**
     * sum_i g_i^2 for the k-th parameter of the list the optimizer was given, where g_i is the
     * gradient of sample i's own cost (not divided by m); the same length as the parameter.
     * Valid until the next step; do not modify.
     */
    double[] sumOfSquares(int k);
}

package dev.gradus.cli.serve;

/**
 * What one request may ask of the server.
 *
 * @param maxRequestBytes the largest body read (a longer one is refused with 413)
 * @param maxSteps        the most steps one check may have
 * @param stepMillis      the time limit of one step (or one derive or grad), as {@code check --timeout}
 */
record WebLimits(int maxRequestBytes, int maxSteps, long stepMillis) {
    /** 64 KiB holds any homework derivation; 40 steps is a long one. */
    static WebLimits withStepMillis(long stepMillis) {
        return new WebLimits(64 * 1024, 40, stepMillis);
    }
}

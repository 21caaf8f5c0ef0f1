package dev.gradus.proofs.worker;

/**
 * The worker met a bug of gradus while answering (an exception that is neither about the input nor
 * Symja's): thrown in the parent with the worker's stack trace as its message, so that it is
 * reported as an internal error, not as a verdict.
 */
public final class WorkerFailure extends RuntimeException {
    WorkerFailure(String workerTrace) {
        super("the Symja worker failed: " + workerTrace);
    }
}

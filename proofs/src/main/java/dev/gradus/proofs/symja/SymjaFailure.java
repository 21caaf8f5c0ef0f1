package dev.gradus.proofs.symja;

/**
 * Symja failed on an expression: what one of its evaluations threw (its own exceptions, a bug of
 * its own such as a ClassCastException, or a recursion deeper than the stack), wrapped once, by
 * {@link SymjaEngine}. The verifier answers UNKNOWN with it; every other exception is a bug of
 * gradus and is reported as one.
 */
public final class SymjaFailure extends RuntimeException {
    SymjaFailure(Throwable cause) {
        super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}

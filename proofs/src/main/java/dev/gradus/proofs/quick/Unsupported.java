package dev.gradus.proofs.quick;

/**
 * What the in-process checker does not take on (a head it does not know, a decimal, a claim too
 * large): the claim goes to Symja instead. Never an answer to the user, so no stack trace is kept.
 */
final class Unsupported extends Exception {
    Unsupported(String why) {
        super(why, null, false, false);
    }
}

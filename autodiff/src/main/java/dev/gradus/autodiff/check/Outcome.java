package dev.gradus.autodiff.check;

/** The verdict on one partial derivative, in increasing order of severity. */
public enum Outcome {
    /** The analytic value agrees with the numeric one within the tolerances. */
    OK,
    /**
     * The function is not differentiable within the difference step of x (a kink such as relu at
     * 0, or a domain boundary), and the analytic value lies between the one-sided slopes there: it
     * is a valid choice at a kink, and the numeric value cannot confirm it further.
     */
    NEAR_KINK,
    /**
     * Nothing can be concluded: the function is not finite at or next to x, or the difference
     * quotients have not converged (the function varies too fast on the scale of the step).
     */
    INCONCLUSIVE,
    /** The analytic value disagrees with a converged numeric value. */
    MISMATCH
}

package dev.gradus.proofs;

import java.util.Collection;

/** The outcome of checking a claim, from best to worst (a derivation's verdict is its worst step's). */
public enum Verdict {
    /** A definition (z = w x + b where z is new): nothing to prove; later steps use it. */
    DEFINED,
    /** Proved symbolically. */
    PROVED,
    /** Equal at many random points, in 30-digit arithmetic; no proof found in time. */
    PLAUSIBLE,
    /** Neither proved nor refuted: a time limit, or an expression that cannot be evaluated. */
    UNKNOWN,
    /** A point inside the domain where both sides are defined and differ, confirmed in high precision. */
    REFUTED,
    /** The input could not be parsed; the message names the position. */
    ERROR;

    public static Verdict worst(Collection<Verdict> verdicts) {
        return verdicts.stream().max(Enum::compareTo).orElse(PROVED);
    }
}

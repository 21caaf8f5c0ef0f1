package dev.gradus.autodiff.functions;

import java.util.List;

/**
 * One entry of the table of elementary functions: the single place where a function's value, its
 * local derivatives, its complex extension, its convention at kinks and its symbolic definition
 * are written down. Every other part of gradus (tapes, activations, the expression compiler, the
 * proofs catalogue) reads them from here.
 *
 * <p>The symbolic forms are Symja expressions over the slots {@code #1} (and {@code #2}), plain
 * data that the proofs module turns into pure functions. {@link #partials()} are the derivatives
 * exactly as the Java code computes them, including the value chosen at a kink (written with
 * {@code Piecewise}), so that the proofs module can prove them equal to Symja's derivative of
 * {@link #definition()} and compare them with the Java code at sample points.
 */
public interface ElementaryFunction {

    /** The name in the expression language, e.g. {@code sigmoid}. */
    String symbol();

    /** Other accepted names, e.g. {@code leakyrelu} for {@code prelu}. */
    List<String> aliases();

    /** 1 or 2. */
    int arity();

    /** The definition as a Symja expression over #1 (and #2). */
    String definition();

    /** The coded partial derivatives, one per argument, as Symja expressions over the same slots. */
    List<String> partials();

    /** What the derivative is at points where the function is not differentiable; empty if none. */
    String kinkConvention();

    /** Whether the complex extension is holomorphic, so that complex tapes may apply it to complex values. */
    boolean holomorphic();

    /**
     * Whether the function is defined, real and finite at every real argument (sigmoid, relu,
     * logaddexp); false for log, sqrt, tan, division and powers.
     */
    boolean isTotal();
}

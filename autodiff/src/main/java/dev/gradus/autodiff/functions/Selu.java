package dev.gradus.autodiff.functions;

/**
 * The two SELU constants (Klambauer et al., "Self-Normalizing Neural Networks", 2017), in full
 * precision and in one place: the tape, the Symja definitions and the tests all read them here.
 */
public final class Selu {
    /** The scale lambda, as the decimal text used in the Symja definition. */
    public static final String LAMBDA_DIGITS = "1.0507009873554804934193349852946";
    /** The negative-side saturation alpha, as the decimal text used in the Symja definition. */
    public static final String ALPHA_DIGITS = "1.6732632423543772848170429916717";

    /** lambda rounded to the nearest double. */
    public static final double LAMBDA = Double.parseDouble(LAMBDA_DIGITS);
    /** alpha rounded to the nearest double. */
    public static final double ALPHA = Double.parseDouble(ALPHA_DIGITS);

    private Selu() {}
}

package dev.gradus.proofs;

import java.util.List;

/**
 * A real expression's gradient at a point three ways: the tape, central differences, and Symja's
 * symbolic derivative (30-digit arithmetic).
 *
 * @param maxRelError the largest relative difference of the tape from the other two (floor 1e-300)
 */
public record RealGradient(String expression, List<String> variables, double[] point, double value, double[] tape,
                           double[] finiteDifference, double[] symbolic, double maxRelError) {}

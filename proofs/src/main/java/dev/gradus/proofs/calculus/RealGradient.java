package dev.gradus.proofs.calculus;

import java.util.List;

/**
 * A real expression's gradient at a point three ways: the tape, central differences, and Symja's
 * symbolic derivative (30-digit arithmetic).
 *
 * @param differenceNotes per variable, why the central differences are no check there ("" where they are): a
 *                        kink, where they average the one-sided slopes, or a point where they did not settle
 * @param maxRelError     the largest relative difference of the tape from the other two (floor 1e-300); at a
 *                        kink, where the tape's value lies between the one-sided slopes, from Symja's alone
 */
public record RealGradient(String expression, List<String> variables, double[] point, double value, double[] tape,
                           double[] finiteDifference, double[] symbolic, List<String> differenceNotes, double maxRelError) {}

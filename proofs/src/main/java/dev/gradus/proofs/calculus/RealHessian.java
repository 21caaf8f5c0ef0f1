package dev.gradus.proofs.calculus;

import java.util.List;

/**
 * A real expression's Hessian at a point three ways: the second-order tape, central differences
 * of the tape's gradient, and Symja's symbolic second partials (30-digit arithmetic).
 *
 * @param gradient    the tape's gradient, computed with the Hessian
 * @param maxRelError the largest relative difference of the tape's entries from the other two (floor 1e-300)
 * @param asymmetry   the largest |H_ij - H_ji| of the tape's Hessian, as computed (not symmetrised)
 */
public record RealHessian(String expression, List<String> variables, double[] point, double value, double[] gradient,
                          double[][] tape, double[][] finiteDifference, double[][] symbolic, double maxRelError,
                          double asymmetry) {}

package dev.gradus.proofs.calculus;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.Wirtinger;
import java.util.List;

/**
 * A complex expression's Wirtinger pairs at a point three ways: the complex tape, finite
 * differences in x and y, and Symja's Dz and Dzbar (30-digit arithmetic).
 *
 * @param realValued  whether the expression is real-valued, so that the gradient 2 d/dzbar applies
 * @param maxRelError the largest relative difference of the tape's pairs from the other two
 */
public record WirtingerGradient(String expression, List<String> variables, List<Complex> point, Complex value,
                                boolean realValued, List<Wirtinger> tape, List<Wirtinger> finiteDifference,
                                List<Wirtinger> symbolic, double maxRelError) {}

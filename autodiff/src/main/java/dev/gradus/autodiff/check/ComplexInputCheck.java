package dev.gradus.autodiff.check;

import dev.gradus.autodiff.complex.Wirtinger;

/**
 * The check of one complex variable's Wirtinger pair.
 *
 * @param name          the variable's name
 * @param analytic      the pair being checked (from the tape, or the claim dzbar = 0)
 * @param numeric       the pair from finite differences in x and y
 * @param relativeError the largest relative error of the four real partials behind the pair
 * @param outcome       the worst outcome of those four partials
 * @param note          why the outcome is not OK, in words; empty when OK
 */
public record ComplexInputCheck(String name, Wirtinger analytic, Wirtinger numeric, double relativeError,
                                Outcome outcome, String note) {}

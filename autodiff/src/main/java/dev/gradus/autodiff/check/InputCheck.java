package dev.gradus.autodiff.check;

/**
 * The check of one partial derivative d f / d x_i.
 *
 * @param name          the input's name (as given to {@link GradientCheck#names}, else x[i])
 * @param analytic      the gradient being checked
 * @param numeric       the numeric estimate it was compared with
 * @param relativeError |analytic - numeric| / max(|analytic|, |numeric|, absolute tolerance)
 * @param outcome       the verdict
 * @param note          why the verdict is not OK, in words; empty when OK
 */
public record InputCheck(String name, double analytic, double numeric, double relativeError, Outcome outcome, String note) {}

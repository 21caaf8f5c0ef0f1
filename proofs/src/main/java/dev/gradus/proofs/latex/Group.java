package dev.gradus.proofs.latex;

/**
 * An argument, subscript or superscript: the tokens [from, to) of {@code {...}} or of the single
 * token LaTeX takes without braces ({@code x^2}, {@code \frac12}), and the index just after it.
 *
 * @param owner the token it belongs to ({@code ^}, {@code \frac}), for messages
 */
record Group(int from, int to, int after, Token owner) {}

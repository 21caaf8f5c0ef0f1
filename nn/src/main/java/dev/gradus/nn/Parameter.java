package dev.gradus.nn;

/**
 * One array of a network's trainable parameters with the gradient array beside it (same length),
 * both live: the tape adds gradients into {@code gradient}, an optimizer updates {@code value} in
 * place. {@code decayed}: whether L2 regularisation applies (weights yes, biases no, as network2).
 */
public record Parameter(String name, double[] value, double[] gradient, boolean decayed) {
    public Parameter {
        if (value.length != gradient.length) {
            throw new IllegalArgumentException(name + ": " + value.length + " values but " + gradient.length + " gradients");
        }
    }
}

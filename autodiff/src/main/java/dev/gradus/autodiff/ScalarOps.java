package dev.gradus.autodiff;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;

/**
 * The operations a differentiable scalar function is written in.
 *
 * <p>A value is a <em>node</em>, named by an {@code int}: no object is allocated per operation.
 * The same function, written once against this interface, runs on the reverse-mode {@link Tape}
 * (value and gradient), and on the complex-step evaluator of the gradient checker. Every named
 * operation is one entry of the table of elementary functions, applied through
 * {@link #apply(UnaryFunction, int)} or {@link #apply(BinaryFunction, int, int)}; implementations
 * only provide those.
 *
 * <p>Overloads that take a {@code double} treat it as a constant: nothing is recorded for it.
 */
public interface ScalarOps {

    /** A node holding a constant (no gradient flows into it). */
    int constant(double c);

    /** The (real) value of a node. */
    double value(int node);

    /** f(a) for an entry f of the table; implementations record it with f's derivative. */
    int apply(UnaryFunction f, int a);

    /** f(a, b) for an entry f of the table; implementations record it with f's partials. */
    int apply(BinaryFunction f, int a, int b);

    /** f(a, c) for a constant second argument. */
    int apply(BinaryFunction f, int a, double c);

    /** f(c, b) for a constant first argument. */
    int apply(BinaryFunction f, double c, int b);

    /** a + b. */
    default int add(int a, int b) { return apply(BinaryFunction.ADD, a, b); }
    /** a + c. */
    default int add(int a, double c) { return apply(BinaryFunction.ADD, a, c); }
    /** a - b. */
    default int sub(int a, int b) { return apply(BinaryFunction.SUB, a, b); }
    /** a - c. */
    default int sub(int a, double c) { return apply(BinaryFunction.SUB, a, c); }
    /** c - b. */
    default int sub(double c, int b) { return apply(BinaryFunction.SUB, c, b); }
    /** a b. */
    default int mul(int a, int b) { return apply(BinaryFunction.MUL, a, b); }
    /** c a. */
    default int mul(int a, double c) { return apply(BinaryFunction.MUL, a, c); }
    /** a / b. */
    default int div(int a, int b) { return apply(BinaryFunction.DIV, a, b); }
    /** a / c. */
    default int div(int a, double c) { return apply(BinaryFunction.DIV, a, c); }
    /** c / b. */
    default int div(double c, int b) { return apply(BinaryFunction.DIV, c, b); }
    /** -a. */
    default int neg(int a) { return apply(BinaryFunction.MUL, a, -1.0); }
    /** a^b (see {@link BinaryFunction#POW} for the derivatives at b = 0, a = 0 and a &lt; 0). */
    default int pow(int a, int b) { return apply(BinaryFunction.POW, a, b); }
    /** a^c for a constant exponent c. */
    default int pow(int a, double c) { return apply(BinaryFunction.POW, a, c); }
    /** max(a, b); at a tie the derivative goes to a. */
    default int max(int a, int b) { return apply(BinaryFunction.MAX, a, b); }
    /** min(a, b); at a tie the derivative goes to a. */
    default int min(int a, int b) { return apply(BinaryFunction.MIN, a, b); }

    /** e^a. */
    default int exp(int a) { return apply(UnaryFunction.EXP, a); }
    /** The natural logarithm of a. */
    default int log(int a) { return apply(UnaryFunction.LOG, a); }
    /** sin a. */
    default int sin(int a) { return apply(UnaryFunction.SIN, a); }
    /** cos a. */
    default int cos(int a) { return apply(UnaryFunction.COS, a); }
    /** tan a. */
    default int tan(int a) { return apply(UnaryFunction.TAN, a); }
    /** tanh a. */
    default int tanh(int a) { return apply(UnaryFunction.TANH, a); }
    /** The square root of a. */
    default int sqrt(int a) { return apply(UnaryFunction.SQRT, a); }
    /** |a|, with abs'(0) = 0. */
    default int abs(int a) { return apply(UnaryFunction.ABS, a); }
    /** The logistic sigmoid 1/(1 + e^-a). */
    default int sigmoid(int a) { return apply(UnaryFunction.SIGMOID, a); }
    /** softplus(a) = log(1 + e^a). */
    default int softplus(int a) { return apply(UnaryFunction.SOFTPLUS, a); }
    /** softsign(a) = a/(1 + |a|). */
    default int softsign(int a) { return apply(UnaryFunction.SOFTSIGN, a); }
    /** hardtanh(a) = a clamped to [-1, 1]. */
    default int hardtanh(int a) { return apply(UnaryFunction.HARDTANH, a); }
    /** relu(a) = max(a, 0), with relu'(0) = 0. */
    default int relu(int a) { return apply(UnaryFunction.RELU, a); }
    /**
     * selu(a) = lambda a for a >= 0, else lambda alpha (e^a - 1), with the constants of
     * {@link dev.gradus.autodiff.functions.Selu}.
     */
    default int selu(int a) { return apply(UnaryFunction.SELU, a); }

    /** Leaky relu with a fixed slope for negative inputs (0.01 is the usual choice). */
    default int leakyRelu(int a, double slope) { return apply(BinaryFunction.PRELU, a, slope); }

    /** Parametric relu: the slope is a node, so it receives a gradient. */
    default int prelu(int a, int slope) { return apply(BinaryFunction.PRELU, a, slope); }

    /** ELU with alpha = 1. */
    default int elu(int a) { return apply(BinaryFunction.ELU, a, 1.0); }
    /** ELU with a constant alpha: a for a >= 0, else alpha (e^a - 1). */
    default int elu(int a, double alpha) { return apply(BinaryFunction.ELU, a, alpha); }
    /** ELU with alpha a node, so that it receives a gradient. */
    default int elu(int a, int alpha) { return apply(BinaryFunction.ELU, a, alpha); }

    /** Swish with beta = 1 (also known as SiLU). */
    default int swish(int a) { return apply(BinaryFunction.SWISH, a, 1.0); }
    /** Swish with a constant beta: a sigmoid(beta a). */
    default int swish(int a, double beta) { return apply(BinaryFunction.SWISH, a, beta); }
    /** Swish with beta a node, so that it receives a gradient. */
    default int swish(int a, int beta) { return apply(BinaryFunction.SWISH, a, beta); }

    /** log(e^a + e^b), without overflow. */
    default int logAddExp(int a, int b) { return apply(BinaryFunction.LOG_ADD_EXP, a, b); }

    /** log(sum exp(x_i)), stable for any magnitudes, as a fold of {@link #logAddExp}. */
    default int logSumExp(int... xs) {
        if (xs.length == 0) {
            throw new IllegalArgumentException("logSumExp of no values");
        }
        int acc = xs[0];
        for (int i = 1; i < xs.length; i++) {
            acc = logAddExp(acc, xs[i]);
        }
        return acc;
    }

    /** The sum of the nodes (0 for none). */
    default int sum(int... xs) {
        if (xs.length == 0) {
            return constant(0.0);
        }
        int acc = xs[0];
        for (int i = 1; i < xs.length; i++) {
            acc = add(acc, xs[i]);
        }
        return acc;
    }
}

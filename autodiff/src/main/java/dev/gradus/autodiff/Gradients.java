package dev.gradus.autodiff;

import java.util.Objects;

/**
 * The functional entry point: {@code Gradients.of(f).at(0.3, -1.2)} records f on a tape and
 * returns its value and gradient. The instance keeps one tape and reuses it on every call, so
 * repeated evaluation allocates nothing but the result; it is therefore not thread-safe.
 */
public final class Gradients {
    private final ScalarFunction f;
    private final Tape tape = new Tape();

    private Gradients(ScalarFunction f) {
        this.f = f;
    }

    /** The differentiator of f, with a tape of its own. */
    public static Gradients of(ScalarFunction f) {
        return new Gradients(Objects.requireNonNull(f, "f"));
    }

    /** Value and gradient of f at x. */
    public Gradient at(double... x) {
        tape.reset();
        int[] vars = tape.variables(x);
        int out = f.apply(tape, vars);
        return new Gradient(tape.value(out), tape.gradient(out, vars));
    }

    /** The value of f at x only, evaluated without recording derivatives. */
    public double valueAt(double... x) {
        tape.reset();
        int[] vars = tape.variables(x);
        try (Tape.Scope noGrad = tape.noGrad()) {
            return tape.value(f.apply(tape, vars));
        }
    }
}

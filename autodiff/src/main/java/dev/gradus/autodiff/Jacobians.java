package dev.gradus.autodiff;

import java.util.Objects;

/** {@code Jacobians.of(f).at(x)}: values and Jacobian of a vector function, on one reused tape. */
public final class Jacobians {
    private final VectorFunction f;
    private final Tape tape = new Tape();

    private Jacobians(VectorFunction f) {
        this.f = f;
    }

    public static Jacobians of(VectorFunction f) {
        return new Jacobians(Objects.requireNonNull(f, "f"));
    }

    public Jacobian at(double... x) {
        tape.reset();
        int[] vars = tape.variables(x);
        int[] outs = f.apply(tape, vars);
        double[] values = new double[outs.length];
        for (int i = 0; i < outs.length; i++) {
            values[i] = tape.value(outs[i]);
        }
        return new Jacobian(values, tape.jacobian(outs, vars));
    }
}

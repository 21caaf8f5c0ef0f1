package dev.gradus.autodiff;

import java.util.Objects;

/**
 * {@code Jacobians.of(f).at(x)}: values and Jacobian of a vector function, on one reused tape;
 * {@code timesVector(x, v)}: J(x) v alone, by forward mode in one pass.
 */
public final class Jacobians {
    private final VectorFunction f;
    private final Tape tape = new Tape();
    private final DualNumbers duals = new DualNumbers();

    private Jacobians(VectorFunction f) {
        this.f = f;
    }

    /** The differentiator of f, with a tape of its own. */
    public static Jacobians of(VectorFunction f) {
        return new Jacobians(Objects.requireNonNull(f, "f"));
    }

    /** The values of f at x and its Jacobian, one backward sweep per output. */
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

    /** The Jacobian-vector product J(x) v, by one forward pass of {@link DualNumbers}: J is never formed. */
    public double[] timesVector(double[] x, double[] v) {
        duals.reset();
        int[] outs = f.apply(duals, duals.variables(x, v));
        double[] jv = new double[outs.length];
        for (int i = 0; i < outs.length; i++) {
            jv[i] = duals.tangent(outs[i]);
        }
        return jv;
    }
}

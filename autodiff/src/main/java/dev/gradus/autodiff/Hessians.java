package dev.gradus.autodiff;

import java.util.Objects;

/**
 * {@code Hessians.of(f).at(x)}: value, gradient and Hessian of f, and {@code hessianVectorProduct(x, v)}
 * for H v alone, on one reused {@link Tape#secondOrder() second-order tape}. The full Hessian is n
 * Hessian-vector products, so it is meant for small n; for Newton-type steps on many variables
 * use H v. Not thread-safe.
 */
public final class Hessians {
    private final ScalarFunction f;
    private final Tape tape = Tape.secondOrder();

    private Hessians(ScalarFunction f) {
        this.f = f;
    }

    /** The differentiator of f, with a second-order tape of its own. */
    public static Hessians of(ScalarFunction f) {
        return new Hessians(Objects.requireNonNull(f, "f"));
    }

    /** Value, gradient and Hessian of f at x: n Hessian-vector products for n variables. */
    public Hessian at(double... x) {
        tape.reset();
        int[] vars = tape.variables(x);
        int out = f.apply(tape, vars);
        double[][] h = tape.hessian(out, vars);
        double[] g = new double[vars.length];
        for (int i = 0; i < vars.length; i++) {
            g[i] = tape.adjoint(vars[i]);
        }
        return new Hessian(tape.value(out), g, h);
    }

    /** H(x) v, at about the cost of two gradients. */
    public double[] hessianVectorProduct(double[] x, double[] v) {
        tape.reset();
        int[] vars = tape.variables(x);
        int out = f.apply(tape, vars);
        return tape.hessianVectorProduct(out, vars, v);
    }
}

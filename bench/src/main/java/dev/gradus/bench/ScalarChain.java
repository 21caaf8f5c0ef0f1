package dev.gradus.bench;

import dev.gradus.autodiff.ScalarOps;
import dev.gradus.autodiff.Tape;
import dev.gradus.autodiff.functions.UnaryFunction;

/**
 * The function of the PyTorch reference program (bench/reference/scalar_chain_torch.py): a
 * chain of nodes in blocks of eight operations, v*x, v+x, sin, v*x, tanh, exp, v+x, sigmoid,
 * cycling over 16 inputs x_j = 0.9 cos(1.3 j + 0.4). Written in plain doubles with java.lang.Math (as a user
 * would), in plain doubles with the table's functions (the tape's own arithmetic without the
 * tape), and against ScalarOps.
 */
final class ScalarChain {
    static final int INPUTS = 16;

    private ScalarChain() {}

    static double[] inputs() {
        double[] x = new double[INPUTS];
        for (int j = 0; j < INPUTS; j++) {
            x[j] = 0.9 * Math.cos(1.3 * j + 0.4);
        }
        return x;
    }

    static double plain(double[] x, int blocks) {
        double v = x[0];
        for (int b = 0; b < blocks; b++) {
            int r = 4 * (b % (INPUTS / 4));
            v = v * x[r];
            v = v + x[r + 1];
            v = Math.sin(v);
            v = v * x[r + 2];
            v = Math.tanh(v);
            v = Math.exp(v);
            v = v + x[r + 3];
            v = 1.0 / (1.0 + Math.exp(-v));
        }
        return v;
    }

    /** The same, with the table's implementations of the elementary functions (no tape). */
    static double plainWithTable(double[] x, int blocks) {
        double v = x[0];
        for (int b = 0; b < blocks; b++) {
            int r = 4 * (b % (INPUTS / 4));
            v = v * x[r];
            v = v + x[r + 1];
            v = UnaryFunction.SIN.value(v);
            v = v * x[r + 2];
            v = UnaryFunction.TANH.value(v);
            v = UnaryFunction.EXP.value(v);
            v = v + x[r + 3];
            v = UnaryFunction.SIGMOID.value(v);
        }
        return v;
    }

    static int record(ScalarOps ops, int[] x, int blocks) {
        int v = x[0];
        for (int b = 0; b < blocks; b++) {
            int r = 4 * (b % (INPUTS / 4));
            v = ops.mul(v, x[r]);
            v = ops.add(v, x[r + 1]);
            v = ops.sin(v);
            v = ops.mul(v, x[r + 2]);
            v = ops.tanh(v);
            v = ops.exp(v);
            v = ops.add(v, x[r + 3]);
            v = ops.sigmoid(v);
        }
        return v;
    }

    /** Resets the tape, records the chain of {@code operations} over variables at x, and returns the gradient. */
    static double[] gradient(Tape tape, double[] x, int operations) {
        tape.reset();
        int[] vars = tape.variables(x);
        int out = record(tape, vars, operations / 8);
        return tape.gradient(out, vars);
    }
}

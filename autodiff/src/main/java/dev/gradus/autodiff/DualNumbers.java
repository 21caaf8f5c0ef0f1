package dev.gradus.autodiff;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.Arrays;

/**
 * Forward mode: every node carries a value and a tangent, the derivative of the value along one
 * direction v chosen when the variables are made ({@link #variable(double, double)}). Running a
 * function once gives f(x) and J(x) v together, with no backward sweep and nothing kept for one:
 * the tangent of a node is {@code df/da ta + df/db tb}, computed as the node is.
 *
 * <p>Storage as in {@link Tape}: two primitive arrays, nodes named by {@code int}, no object
 * per operation; marks, rewinding and no-grad come from {@link AbstractTape} (inside no-grad
 * nodes get tangent 0).
 */
public final class DualNumbers extends AbstractTape implements ScalarOps {
    private double[] values;
    private double[] tangents;

    /** Room for 1024 nodes before the arrays first grow. */
    public DualNumbers() {
        this(1 << 10);
    }

    /** Room for {@code capacity} nodes before the arrays first grow. */
    public DualNumbers(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        values = new double[capacity + 1];
        tangents = new double[capacity + 1];
    }

    /** A variable x whose derivative along the chosen direction is {@code tangent} (v_i for x_i). */
    public int variable(double x, double tangent) {
        return push(x, tangent);
    }

    /** Variables x_i with tangents v_i. */
    public int[] variables(double[] x, double[] v) {
        if (x.length != v.length) {
            throw new IllegalArgumentException("the direction has " + v.length + " entries for " + x.length + " variables");
        }
        int[] nodes = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            nodes[i] = push(x[i], v[i]);
        }
        return nodes;
    }

    @Override
    public int constant(double c) {
        return push(c, 0.0);
    }

    @Override
    public double value(int node) {
        return values[checked(node)];
    }

    /** The derivative of the node's value along the direction of the variables' tangents. */
    public double tangent(int node) {
        return tangents[checked(node)];
    }

    @Override
    public int apply(UnaryFunction f, int a) {
        int ia = checked(a);
        double x = values[ia];
        double y = f.value(x);
        double ta = tangents[ia];
        return push(y, recording && ta != 0.0 ? f.derivative(x, y) * ta : 0.0);
    }

    @Override
    public int apply(BinaryFunction f, int a, int b) {
        int ia = checked(a);
        int ib = checked(b);
        double x = values[ia];
        double z = values[ib];
        double y = f.value(x, z);
        if (!recording) {
            return push(y, 0.0);
        }
        // A zero tangent contributes nothing, even where its partial is NaN (d/db a^b at a < 0).
        double ta = tangents[ia];
        double tb = tangents[ib];
        double t = (ta != 0.0 ? f.partialA(x, z, y) * ta : 0.0) + (tb != 0.0 ? f.partialB(x, z, y) * tb : 0.0);
        return push(y, t);
    }

    @Override
    public int apply(BinaryFunction f, int a, double c) {
        int ia = checked(a);
        double x = values[ia];
        double y = f.value(x, c);
        double ta = tangents[ia];
        return push(y, recording && ta != 0.0 ? f.partialA(x, c, y) * ta : 0.0);
    }

    @Override
    public int apply(BinaryFunction f, double c, int b) {
        int ib = checked(b);
        double z = values[ib];
        double y = f.value(c, z);
        double tb = tangents[ib];
        return push(y, recording && tb != 0.0 ? f.partialB(c, z, y) * tb : 0.0);
    }

    private int push(double value, double tangent) {
        int i = size;
        if (i == values.length) {
            int grown = (int) Math.min(Integer.MAX_VALUE - 8L, i + (long) (i >> 1) + 16);
            if (grown <= i) {
                throw new IllegalStateException("forward evaluator is full: " + i + " nodes");
            }
            values = Arrays.copyOf(values, grown);
            tangents = Arrays.copyOf(tangents, grown);
        }
        if (i > MAX_NODES) {
            throw new IllegalStateException("a tape holds at most " + MAX_NODES + " nodes");
        }
        values[i] = value;
        tangents[i] = tangent;
        size = i + 1;
        return handle(i);
    }
}

package dev.gradus.autodiff;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.Arrays;

/**
 * A reverse-mode tape for real scalars.
 *
 * <p>Every operation appends one node: its value, up to two parents, and the local partial
 * derivative towards each. The gradient is then one backward loop over the nodes in reverse order,
 * accumulating {@code adjoint[parent] += adjoint[node] * partial}. That is the whole idea; what
 * follows only makes it cheap:
 *
 * <ul>
 *   <li>Storage is structure-of-arrays: five primitive arrays, 32 bytes per node, plus 8 bytes per
 *       node of adjoints while differentiating. No object or closure is created per operation.
 *   <li>Node 0 is a sink. A unary node's second parent and every leaf's parents point to it with
 *       partial 0, so the backward loop has no branch on the arity.
 *   <li>{@link #reset()} and {@link #rewind(int)} keep the arrays: a training loop that records
 *       the same computation every step allocates nothing after the first step.
 * </ul>
 *
 * <p>A tape made with {@link #secondOrder()} also records each node's second partials, which
 * {@link #hessianVectorProduct} and {@link #hessian} need (see {@link SecondOrderPartials}); a
 * plain tape records none of them and pays one null check per operation for the option.
 *
 * <p>Non-finite values: the backward sweep multiplies as IEEE arithmetic does along every path
 * the output depends on, so a gradient through an infinite or NaN intermediate is NaN or
 * infinite, never a silent 0 ({@code log(exp(a) + exp(b))} at a = 800 has the value Infinity and
 * a NaN gradient; {@code BinaryFunction.LOG_ADD_EXP} gives the true one). Nodes the output
 * does not depend on contribute nothing, even when their partials are NaN. PyTorch and JAX follow
 * the same rule; {@link DualNumbers} and the tensor tape do too.
 *
 * <p>Nodes are {@code int} handles handed out by this tape (see {@link AbstractTape}): a number
 * where a node belongs ({@code pow(x, 2)}: write {@code pow(x, 2.0)}), a node from another tape and
 * one discarded by {@link #reset()} are refused. A tape is not thread-safe: give each thread its own.
 */
public final class Tape extends AbstractTape implements ScalarOps {
    private static final int DEFAULT_CAPACITY = 1 << 10;

    private double[] values;
    private int[] firstParents;
    private int[] secondParents;
    private double[] firstPartials;
    private double[] secondPartials;

    private double[] adjoints = new double[0];
    /** Null on a first-order tape. */
    private final SecondOrderPartials secondOrder;

    /** A tape with room for 1024 nodes before it first grows. */
    public Tape() {
        this(DEFAULT_CAPACITY);
    }

    /** A tape with room for {@code capacity} nodes before it first grows. */
    public Tape(int capacity) {
        this(capacity, false);
    }

    private Tape(int capacity, boolean recordSecondOrder) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        int n = capacity + 1;
        values = new double[n];
        firstParents = new int[n];
        secondParents = new int[n];
        firstPartials = new double[n];
        secondPartials = new double[n];
        secondOrder = recordSecondOrder ? new SecondOrderPartials(n) : null;
    }

    /** A tape that also records second derivatives, for Hessian-vector products and Hessians. */
    public static Tape secondOrder() {
        return new Tape(DEFAULT_CAPACITY, true);
    }

    /** Whether this tape records second derivatives (it was made with {@link #secondOrder()}). */
    public boolean recordsSecondOrder() {
        return secondOrder != null;
    }

    /** An independent variable: a leaf whose gradient you will ask for. */
    public int variable(double x) {
        return leaf(x);
    }

    /** Variables for each of {@code xs}, in order. */
    public int[] variables(double... xs) {
        int[] nodes = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            nodes[i] = variable(xs[i]);
        }
        return nodes;
    }

    @Override
    public int constant(double c) {
        return leaf(c);
    }

    @Override
    public double value(int node) {
        return values[checked(node)];
    }

    @Override
    public int apply(UnaryFunction f, int a) {
        int ia = checked(a);
        double x = values[ia];
        double y = f.value(x);
        if (!recording) {
            return constant(y);
        }
        int node = push(y, ia, f.derivative(x, y), SINK, 0.0);
        if (secondOrder != null) {
            secondOrder.set(node, f.secondDerivative(x, y), 0.0, 0.0);
        }
        return handle(node);
    }

    @Override
    public int apply(BinaryFunction f, int a, int b) {
        int ia = checked(a);
        int ib = checked(b);
        double x = values[ia];
        double z = values[ib];
        double y = f.value(x, z);
        if (!recording) {
            return constant(y);
        }
        int node = push(y, ia, f.partialA(x, z, y), ib, f.partialB(x, z, y));
        if (secondOrder != null) {
            secondOrder.set(node, f.partialAA(x, z, y), f.partialAB(x, z, y), f.partialBB(x, z, y));
        }
        return handle(node);
    }

    @Override
    public int apply(BinaryFunction f, int a, double c) {
        int ia = checked(a);
        double x = values[ia];
        double y = f.value(x, c);
        if (!recording) {
            return constant(y);
        }
        int node = push(y, ia, f.partialA(x, c, y), SINK, 0.0);
        if (secondOrder != null) {
            secondOrder.set(node, f.partialAA(x, c, y), 0.0, 0.0);
        }
        return handle(node);
    }

    @Override
    public int apply(BinaryFunction f, double c, int b) {
        int ib = checked(b);
        double z = values[ib];
        double y = f.value(c, z);
        if (!recording) {
            return constant(y);
        }
        int node = push(y, ib, f.partialB(c, z, y), SINK, 0.0);
        if (secondOrder != null) {
            // b is recorded as the first parent, so its second partial goes in the first slot
            secondOrder.set(node, f.partialBB(c, z, y), 0.0, 0.0);
        }
        return handle(node);
    }

    /**
     * Runs the backward sweep from {@code output}: afterwards {@link #adjoint(int)} gives
     * d output / d node for every node recorded up to {@code output}.
     */
    public void backward(int outputNode) {
        int output = checked(outputNode);
        if (adjoints.length < values.length) {
            adjoints = new double[values.length];
        }
        double[] adj = adjoints;
        int[] p1 = firstParents;
        int[] p2 = secondParents;
        double[] d1 = firstPartials;
        double[] d2 = secondPartials;
        Arrays.fill(adj, 0, output + 1, 0.0);
        adj[output] = 1.0;
        boolean zeroTimesNonFinite = false;
        for (int i = output; i > 0; i--) {
            double g = adj[i];
            // Skipping zero adjoints is not only faster: 0 * NaN from a node the output does not
            // depend on (say sqrt(-1)) must not poison the gradient.
            if (g != 0.0) {
                adj[p1[i]] += g * d1[i];
                adj[p2[i]] += g * d2[i];
            } else if (!Double.isFinite(d1[i] + d2[i])) {
                zeroTimesNonFinite = true;
            }
        }
        if (zeroTimesNonFinite) {
            sweepReachable(output);
        }
        sweptOutput = output;
    }

    /**
     * The sweep again, through every node the output depends on, zero adjoints included: there a
     * zero adjoint times an infinite or NaN partial is NaN, as 0 * Infinity is, and not a silent 0
     * (log(exp(800) + exp(801)) has the value Infinity and a NaN gradient, as in PyTorch and JAX;
     * its true gradient needs the stable form, logaddexp). Nodes the output does not depend on
     * still add nothing. Taken only when the fast sweep skipped such a product.
     */
    private void sweepReachable(int output) {
        double[] adj = adjoints;
        boolean[] reached = new boolean[output + 1];
        Arrays.fill(adj, 0, output + 1, 0.0);
        adj[output] = 1.0;
        reached[output] = true;
        for (int i = output; i > 0; i--) {
            if (reached[i]) {
                double g = adj[i];
                adj[firstParents[i]] += g * firstPartials[i];
                adj[secondParents[i]] += g * secondPartials[i];
                reached[firstParents[i]] = true;
                reached[secondParents[i]] = true;
            }
        }
    }

    /** d output / d node after {@link #backward(int)}; 0 for nodes recorded after the output. */
    public double adjoint(int node) {
        int index = checked(node);
        requireSwept();
        return index <= sweptOutput ? adjoints[index] : 0.0;
    }

    /** d output / d input for each of {@code inputs} (any recorded nodes, not only variables). */
    public double[] gradient(int output, int... inputs) {
        backward(output);
        double[] g = new double[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            g[k] = adjoint(inputs[k]);
        }
        return g;
    }

    /** The Jacobian d outputs[i] / d inputs[j], one backward sweep per output. */
    public double[][] jacobian(int[] outputs, int[] inputs) {
        double[][] rows = new double[outputs.length][];
        for (int i = 0; i < outputs.length; i++) {
            rows[i] = gradient(outputs[i], inputs);
        }
        return rows;
    }

    /**
     * H v, the Hessian of {@code output} with respect to {@code inputs} (variables) times v, by
     * forward-over-reverse (see {@link SecondOrderPartials}): about the cost of two gradients.
     * Afterwards {@link #adjoint(int)} gives the gradient, as after {@link #backward(int)}.
     */
    public double[] hessianVectorProduct(int outputNode, int[] inputNodes, double[] v) {
        int output = checked(outputNode);
        int[] inputs = new int[inputNodes.length];
        if (secondOrder == null) {
            throw new IllegalStateException("this tape records no second derivatives: make it with Tape.secondOrder()");
        }
        if (v.length != inputs.length) {
            throw new IllegalArgumentException("v has " + v.length + " entries for " + inputs.length + " inputs");
        }
        for (int k = 0; k < inputs.length; k++) {
            inputs[k] = checked(inputNodes[k]);
        }
        if (adjoints.length < values.length) {
            adjoints = new double[values.length];
        }
        double[] hv = secondOrder.hessianVectorProduct(output, inputs, v, firstParents, secondParents, firstPartials,
                secondPartials, adjoints);
        sweptOutput = output;
        return hv;
    }

    /** The Hessian of {@code output} with respect to {@code inputs}: one {@link #hessianVectorProduct} per input. */
    public double[][] hessian(int output, int... inputs) {
        int n = inputs.length;
        double[][] h = new double[n][n];
        double[] unit = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1.0;
            double[] column = hessianVectorProduct(output, inputs, unit);
            unit[j] = 0.0;
            for (int i = 0; i < n; i++) {
                h[i][j] = column[i]; // stored as computed, not symmetrised, so that a test can see asymmetry
            }
        }
        return h;
    }

    /** The number of nodes this tape can hold before it grows. */
    public int capacity() {
        return values.length - 1;
    }

    private int leaf(double value) {
        int node = push(value, SINK, 0.0, SINK, 0.0);
        if (secondOrder != null) {
            secondOrder.set(node, 0.0, 0.0, 0.0);
        }
        return handle(node);
    }

    private int push(double value, int a, double da, int b, double db) {
        int i = size;
        if (i == values.length) {
            grow();
        }
        if (i > MAX_NODES) {
            throw new IllegalStateException("a tape holds at most " + MAX_NODES + " nodes");
        }
        values[i] = value;
        firstParents[i] = a;
        firstPartials[i] = da;
        secondParents[i] = b;
        secondPartials[i] = db;
        size = i + 1;
        return i;
    }

    private void grow() {
        int n = values.length;
        int grown = (int) Math.min(Integer.MAX_VALUE - 8L, n + (long) (n >> 1) + 16);
        if (grown <= n) {
            throw new IllegalStateException("tape is full: " + n + " nodes");
        }
        values = Arrays.copyOf(values, grown);
        firstParents = Arrays.copyOf(firstParents, grown);
        secondParents = Arrays.copyOf(secondParents, grown);
        firstPartials = Arrays.copyOf(firstPartials, grown);
        secondPartials = Arrays.copyOf(secondPartials, grown);
    }
}

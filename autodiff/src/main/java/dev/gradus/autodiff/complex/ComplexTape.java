package dev.gradus.autodiff.complex;

import dev.gradus.autodiff.AbstractTape;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.Arrays;

/**
 * A reverse-mode tape for complex scalars, with Wirtinger derivatives.
 *
 * <p>Each node w records, for each parent u, both Wirtinger partials dw/du and dw/d conj(u). For
 * holomorphic operations the second is 0; for conj, re, im, abs and abs2 it is not, and that is what
 * makes their derivatives exact. The backward sweep carries two adjoints per node, A = df/dw and
 * B = df/d conj(w), for the output f, starting from A = 1, B = 0, and applies for each parent
 * <pre>
 *   A_u += A_w dw/du + B_w conj(dw/d conj(u))
 *   B_u += A_w dw/d conj(u) + B_w conj(dw/du)
 * </pre>
 * (the second terms because d conj(w)/du = conj(dw/d conj(u))). At a variable z the adjoints are
 * the pair (df/dz, df/dzbar): see {@link Wirtinger} for the conventions, and
 * {@link #gradient(int, int...)} for the gradient of a real loss.
 *
 * <p>The same partials run forwards too: {@link #jacobianVectorProduct} sweeps tangents
 * dw = dw/du du + dw/d conj(u) conj(du) from the inputs up.
 *
 * <p>Storage is unboxed, as in the real tape: real and imaginary parts in separate primitive
 * arrays, node 0 a sink with zero partials, nodes named by {@code int}. A node may be marked
 * <em>real-valued</em> (real variables and constants, re, im, abs, abs2, and real functions of
 * them): the table's non-holomorphic functions (relu, hardtanh, ...) apply only to such nodes, as
 * w = f((u + conj u)/2), so real parameters and split activations mix freely with complex values.
 */
public final class ComplexTape extends AbstractTape {

    private double[] re;
    private double[] im;
    private boolean[] realValued;
    private int[] firstParents;
    private int[] secondParents;
    /** dw/du and dw/d conj(u) for the first parent u, then for the second: real and imaginary parts. */
    private double[] d1re;
    private double[] d1im;
    private double[] c1re;
    private double[] c1im;
    private double[] d2re;
    private double[] d2im;
    private double[] c2re;
    private double[] c2im;

    private double[] aRe = new double[0];
    private double[] aIm = new double[0];
    private double[] bRe = new double[0];
    private double[] bIm = new double[0];
    /** Tangents of the forward sweep, {@link #jacobianVectorProduct}. */
    private double[] tRe = new double[0];
    private double[] tIm = new double[0];

    /** A tape with room for 1024 nodes before it first grows. */
    public ComplexTape() {
        this(1 << 10);
    }

    /** A tape with room for {@code capacity} nodes before it first grows. */
    public ComplexTape(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        allocate(capacity + 1);
    }

    // ---- leaves --------------------------------------------------------------------------------

    /** A complex variable z = re + i im. */
    public int variable(double re, double im) {
        return leaf(re, im, false);
    }

    /** A complex variable z; complex-valued even when z is real (see {@link #realVariable(double)}). */
    public int variable(Complex z) {
        return leaf(z.re(), z.im(), false);
    }

    /** Complex variables, in order. */
    public int[] variables(Complex... zs) {
        int[] nodes = new int[zs.length];
        for (int i = 0; i < zs.length; i++) {
            nodes[i] = variable(zs[i]);
        }
        return nodes;
    }

    /** A real variable: a parameter with no imaginary part (its derivative is d/dx only). */
    public int realVariable(double x) {
        return leaf(x, 0.0, true);
    }

    /**
     * A constant re + i im, taken as complex-valued even when im is 0: {@link #constant(double)} and
     * {@link #constant(Complex)} make a real-valued one.
     */
    public int constant(double re, double im) {
        return leaf(re, im, false);
    }

    /** A constant c, real-valued when c is real. */
    public int constant(Complex c) {
        return leaf(c.re(), c.im(), c.isReal());
    }

    /** A real constant. */
    public int constant(double x) {
        return leaf(x, 0.0, true);
    }

    // ---- values --------------------------------------------------------------------------------

    /** The value of a node. */
    public Complex value(int node) {
        node = checked(node);
        return new Complex(re[node], im[node]);
    }

    /** The real part of a node's value. */
    public double valueRe(int node) {
        return re[checked(node)];
    }

    /** The imaginary part of a node's value. */
    public double valueIm(int node) {
        return im[checked(node)];
    }

    /** Whether the node is real-valued as a function (not only at this point). */
    public boolean isRealValued(int node) {
        return realValued[checked(node)];
    }

    // ---- the table's functions -----------------------------------------------------------------

    /**
     * f(a). Holomorphic entries (exp, log, sin, ...) use their complex extension; the others need a
     * real-valued a (abs is the modulus for complex a).
     */
    public int apply(UnaryFunction f, int a) {
        a = checked(a);
        if (f.holomorphic()) {
            return holomorphic(f, a);
        }
        if (f == UnaryFunction.ABS && !realValued[a]) {
            return modulus(a);
        }
        return ofRealValued(f, a);
    }

    /** f(a, b): complex extension for holomorphic entries, else both arguments must be real-valued. */
    public int apply(BinaryFunction f, int a, int b) {
        a = checked(a);
        b = checked(b);
        return f.holomorphic() ? holomorphic(f, a, b) : ofRealValued(f, a, b);
    }

    // Small methods on purpose: inlined whole, the Complex temporaries are scalar-replaced.
    private int holomorphic(UnaryFunction f, int a) {
        Complex z = new Complex(re[a], im[a]);
        Complex w = f.value(z);
        boolean real = realValued[a] && w.im() == 0;
        if (!recording) {
            return leaf(w.re(), w.im(), real);
        }
        Complex d = f.derivative(z, w);
        return unary(w.re(), w.im(), real, a, d.re(), d.im(), 0, 0);
    }

    private int ofRealValued(UnaryFunction f, int a) {
        requireRealValued(f.symbol(), a);
        double x = re[a];
        double y = f.value(x);
        double half = recording ? f.derivative(x, y) / 2 : 0; // w = f((u + conj u) / 2)
        return unary(y, 0, true, a, half, 0, half, 0);
    }

    private int holomorphic(BinaryFunction f, int a, int b) {
        Complex u = new Complex(re[a], im[a]);
        Complex v = new Complex(re[b], im[b]);
        Complex w = f.value(u, v);
        boolean real = realValued[a] && realValued[b] && w.im() == 0;
        if (!recording) {
            return leaf(w.re(), w.im(), real);
        }
        Complex da = f.partialA(u, v, w);
        Complex db = f.partialB(u, v, w);
        return binary(w.re(), w.im(), real, a, da.re(), da.im(), 0, 0, b, db.re(), db.im(), 0, 0);
    }

    private int ofRealValued(BinaryFunction f, int a, int b) {
        requireRealValued(f.symbol(), a);
        requireRealValued(f.symbol(), b);
        double x = re[a];
        double z = re[b];
        double y = f.value(x, z);
        if (!recording) {
            return leaf(y, 0, true);
        }
        double ha = f.partialA(x, z, y) / 2;
        double hb = f.partialB(x, z, y) / 2;
        return binary(y, 0, true, a, ha, 0, ha, 0, b, hb, 0, hb, 0);
    }

    /** f(a, c) for a complex constant c. */
    public int apply(BinaryFunction f, int a, Complex c) {
        return apply(f, a, constant(c));
    }

    /** f(c, b) for a complex constant c. */
    public int apply(BinaryFunction f, Complex c, int b) {
        return apply(f, constant(c), b);
    }

    // Arithmetic is most of any computation, so it is written out on primitives: the generic
    // apply path builds Complex temporaries that C2 does not always scalar-replace.

    /** a + b: d/da = d/db = 1. */
    public int add(int a, int b) {
        a = checked(a);
        b = checked(b);
        return binary(re[a] + re[b], im[a] + im[b], realValued[a] && realValued[b], a, 1, 0, 0, 0, b, 1, 0, 0, 0);
    }

    /** a - b: d/da = 1, d/db = -1. */
    public int sub(int a, int b) {
        a = checked(a);
        b = checked(b);
        return binary(re[a] - re[b], im[a] - im[b], realValued[a] && realValued[b], a, 1, 0, 0, 0, b, -1, 0, 0, 0);
    }

    /** d(uv)/du = v, d(uv)/dv = u. */
    public int mul(int a, int b) {
        a = checked(a);
        b = checked(b);
        double ur = re[a];
        double ui = im[a];
        double vr = re[b];
        double vi = im[b];
        return binary(ur * vr - ui * vi, ur * vi + ui * vr, realValued[a] && realValued[b],
                a, vr, vi, 0, 0, b, ur, ui, 0, 0);
    }

    /** d(u/v)/du = 1/v, d(u/v)/dv = -(u/v)/v. */
    public int div(int a, int b) {
        a = checked(a);
        b = checked(b);
        Complex q = new Complex(re[a], im[a]).dividedBy(new Complex(re[b], im[b]));
        Complex inverse = new Complex(re[b], im[b]).reciprocal();
        Complex dv = q.times(inverse).negate();
        return binary(q.re(), q.im(), realValued[a] && realValued[b],
                a, inverse.re(), inverse.im(), 0, 0, b, dv.re(), dv.im(), 0, 0);
    }

    /** a + c for a complex constant c. */
    public int add(int a, Complex c) { return add(a, constant(c)); }
    /** a - c for a complex constant c. */
    public int sub(int a, Complex c) { return sub(a, constant(c)); }
    /** c - b for a complex constant c. */
    public int sub(Complex c, int b) { return sub(constant(c), b); }
    /** c a for a complex constant c. */
    public int mul(int a, Complex c) { return mul(a, constant(c)); }
    /** c a for a real constant c. */
    public int mul(int a, double c) { return mul(a, constant(c)); }
    /** a / c for a complex constant c. */
    public int div(int a, Complex c) { return div(a, constant(c)); }
    /** c / b for a complex constant c. */
    public int div(Complex c, int b) { return div(constant(c), b); }
    /** -a. */
    public int neg(int a) { return mul(a, -1.0); }
    /** a^b on the principal branch. */
    public int pow(int a, int b) { return apply(BinaryFunction.POW, a, b); }
    /** a^c on the principal branch; integer c by repeated multiplication. */
    public int pow(int a, Complex c) { return apply(BinaryFunction.POW, a, c); }
    /** a^c for a real constant c, on the principal branch; integer c by repeated multiplication. */
    public int pow(int a, double c) { return apply(BinaryFunction.POW, a, Complex.real(c)); }

    /** e^a. */
    public int exp(int a) { return apply(UnaryFunction.EXP, a); }
    /** The principal logarithm (branch cut on the negative real axis). */
    public int log(int a) { return apply(UnaryFunction.LOG, a); }
    /** sin a. */
    public int sin(int a) { return apply(UnaryFunction.SIN, a); }
    /** cos a. */
    public int cos(int a) { return apply(UnaryFunction.COS, a); }
    /** tan a (poles at z = pi (k + 1/2)). */
    public int tan(int a) { return apply(UnaryFunction.TAN, a); }
    /** tanh a (poles at z = i pi (k + 1/2)). */
    public int tanh(int a) { return apply(UnaryFunction.TANH, a); }
    /** The holomorphic sigmoid 1/(1 + e^-z) (poles at z = i pi (2k+1)). */
    public int sigmoid(int a) { return apply(UnaryFunction.SIGMOID, a); }
    /** The principal square root. */
    public int sqrt(int a) { return apply(UnaryFunction.SQRT, a); }

    // ---- the non-holomorphic operations --------------------------------------------------------

    /** conj(z): d/dz = 0, d/dzbar = 1. */
    public int conj(int a) {
        a = checked(a);
        return unary(re[a], -im[a], realValued[a], a, 0, 0, 1, 0);
    }

    /** Re z = (z + conj z)/2: d/dz = d/dzbar = 1/2. Real-valued. */
    public int re(int a) {
        a = checked(a);
        return unary(re[a], 0, true, a, 0.5, 0, 0.5, 0);
    }

    /** Im z = (z - conj z)/(2i): d/dz = -i/2, d/dzbar = i/2. Real-valued. */
    public int im(int a) {
        a = checked(a);
        return unary(im[a], 0, true, a, 0, -0.5, 0, 0.5);
    }

    /** |z|^2 = z conj(z): d/dz = conj(z), d/dzbar = z. Real-valued. */
    public int abs2(int a) {
        a = checked(a);
        double x = re[a];
        double y = im[a];
        return unary(x * x + y * y, 0, true, a, x, -y, x, y);
    }

    /**
     * |z|: d/dz = conj(z)/(2|z|), d/dzbar = z/(2|z|); at z = 0 both are 0, the convention of
     * abs'(0) = 0 on the reals. Real-valued.
     */
    public int abs(int a) {
        return modulus(checked(a));
    }

    private int modulus(int a) {
        double x = re[a];
        double y = im[a];
        double r = Math.hypot(x, y);
        double s = r == 0 ? 0 : 0.5 / r;
        return unary(r, 0, true, a, x * s, -y * s, x * s, y * s);
    }

    // ---- derivatives ---------------------------------------------------------------------------

    /**
     * The backward sweep from {@code output}: afterwards {@link #wirtinger(int, int...)} reads the
     * pairs (d output/d node, d output/d conj(node)) of any earlier node.
     */
    public void backward(int output) {
        output = checked(output);
        if (aRe.length < re.length) {
            aRe = new double[re.length];
            aIm = new double[re.length];
            bRe = new double[re.length];
            bIm = new double[re.length];
        }
        Arrays.fill(aRe, 0, output + 1, 0.0);
        Arrays.fill(aIm, 0, output + 1, 0.0);
        Arrays.fill(bRe, 0, output + 1, 0.0);
        Arrays.fill(bIm, 0, output + 1, 0.0);
        aRe[output] = 1.0;
        boolean zeroTimesNonFinite = false;
        for (int i = output; i > 0; i--) {
            double ar = aRe[i];
            double ai = aIm[i];
            double br = bRe[i];
            double bi = bIm[i];
            if (ar == 0 && ai == 0 && br == 0 && bi == 0) {
                // also keeps 0 * NaN of unrelated nodes out of the result
                zeroTimesNonFinite |= !Double.isFinite(d1re[i] + d1im[i] + c1re[i] + c1im[i] + d2re[i] + d2im[i] + c2re[i] + c2im[i]);
                continue;
            }
            propagate(firstParents[i], ar, ai, br, bi, d1re[i], d1im[i], c1re[i], c1im[i]);
            propagate(secondParents[i], ar, ai, br, bi, d2re[i], d2im[i], c2re[i], c2im[i]);
        }
        if (zeroTimesNonFinite) {
            sweepReachable(output);
        }
        sweptOutput = output;
    }

    /**
     * The sweep again, through every node the output depends on, zero adjoints included: there a
     * zero adjoint times an infinite or NaN partial is NaN, not a silent 0 (the rule of
     * {@link dev.gradus.autodiff.Tape#backward}). Taken only when the fast sweep skipped such a product.
     */
    private void sweepReachable(int output) {
        boolean[] reached = new boolean[output + 1];
        Arrays.fill(aRe, 0, output + 1, 0.0);
        Arrays.fill(aIm, 0, output + 1, 0.0);
        Arrays.fill(bRe, 0, output + 1, 0.0);
        Arrays.fill(bIm, 0, output + 1, 0.0);
        aRe[output] = 1.0;
        reached[output] = true;
        for (int i = output; i > 0; i--) {
            if (reached[i]) {
                double ar = aRe[i];
                double ai = aIm[i];
                double br = bRe[i];
                double bi = bIm[i];
                propagate(firstParents[i], ar, ai, br, bi, d1re[i], d1im[i], c1re[i], c1im[i]);
                propagate(secondParents[i], ar, ai, br, bi, d2re[i], d2im[i], c2re[i], c2im[i]);
                reached[firstParents[i]] = true;
                reached[secondParents[i]] = true;
            }
        }
    }

    /** A_u += A d + B conj(c); B_u += A c + B conj(d), with d = dw/du and c = dw/d conj(u). */
    private void propagate(int u, double ar, double ai, double br, double bi,
                           double dr, double di, double cr, double ci) {
        aRe[u] += ar * dr - ai * di + br * cr + bi * ci;
        aIm[u] += ar * di + ai * dr + bi * cr - br * ci;
        bRe[u] += ar * cr - ai * ci + br * dr + bi * di;
        bIm[u] += ar * ci + ai * cr + bi * dr - br * di;
    }

    /**
     * Forward mode over the recorded nodes: the change of each output when the inputs move by
     * {@code dz} (J dz, the Jacobian-vector product), without a backward sweep. Each node's tangent
     * is dw = dw/du du + dw/d conj(u) conj(du) summed over its parents, with the Wirtinger partials
     * already on the tape, so non-holomorphic steps (conj, re, abs, ...) are exact. The direction of
     * a real variable should be real.
     */
    public Complex[] jacobianVectorProduct(int[] outputs, int[] inputs, Complex[] dz) {
        if (dz.length != inputs.length) {
            throw new IllegalArgumentException("dz has " + dz.length + " entries for " + inputs.length + " inputs");
        }
        int last = 0;
        for (int output : outputs) {
            last = Math.max(last, checked(output));
        }
        if (tRe.length < re.length) {
            tRe = new double[re.length];
            tIm = new double[re.length];
        }
        Arrays.fill(tRe, 0, last + 1, 0.0);
        Arrays.fill(tIm, 0, last + 1, 0.0);
        for (int k = 0; k < inputs.length; k++) {
            int input = checked(inputs[k]);
            tRe[input] += dz[k].re();
            tIm[input] += dz[k].im();
        }
        for (int i = 1; i <= last; i++) {
            pushForward(i, firstParents[i], d1re[i], d1im[i], c1re[i], c1im[i]);
            pushForward(i, secondParents[i], d2re[i], d2im[i], c2re[i], c2im[i]);
        }
        Complex[] jv = new Complex[outputs.length];
        for (int k = 0; k < outputs.length; k++) {
            int output = checked(outputs[k]);
            jv[k] = new Complex(tRe[output], tIm[output]);
        }
        return jv;
    }

    /** t_w += d t_u + c conj(t_u); nothing for a zero tangent, so a NaN partial of a constant stays out. */
    private void pushForward(int w, int u, double dr, double di, double cr, double ci) {
        double tr = tRe[u];
        double ti = tIm[u];
        if (tr == 0 && ti == 0) {
            return;
        }
        tRe[w] += dr * tr - di * ti + cr * tr + ci * ti;
        tIm[w] += dr * ti + di * tr + ci * tr - cr * ti;
    }

    /** (d output/d node, d output/d conj(node)) for each node. */
    public Wirtinger[] wirtinger(int output, int... nodes) {
        backward(output);
        Wirtinger[] pairs = new Wirtinger[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            pairs[k] = adjoint(nodes[k]);
        }
        return pairs;
    }

    /**
     * The gradient of a real-valued {@code output} (a loss) for each node: dL/dx + i dL/dy =
     * 2 dL/dzbar, PyTorch's {@code .grad}; descend with z - eta * gradient. For a real-valued node
     * (a real parameter) it is the real number dL/dx = dL/dz + dL/dzbar.
     */
    public Complex[] gradient(int output, int... nodes) {
        if (!realValued[checked(output)]) {
            throw new IllegalArgumentException("gradient needs a real-valued output such as abs2(...), abs(...) or re(...); "
                    + "for a complex-valued one use wirtinger(output, nodes)");
        }
        backward(output);
        Complex[] g = new Complex[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            Wirtinger pair = adjoint(nodes[k]);
            // A real-valued node has no y direction, and only the sum of its two adjoints means
            // anything (its pair depends on how its operations extend to complex arguments).
            g[k] = realValued[checked(nodes[k])] ? Complex.real(pair.dx().re()) : pair.gradient();
        }
        return g;
    }

    private Wirtinger adjoint(int node) {
        node = checked(node);
        requireSwept();
        if (node > sweptOutput) {
            return new Wirtinger(Complex.ZERO, Complex.ZERO);
        }
        return new Wirtinger(new Complex(aRe[node], aIm[node]), new Complex(bRe[node], bIm[node]));
    }

    // ---- storage -------------------------------------------------------------------------------

    private int leaf(double vr, double vi, boolean real) {
        return binary(vr, vi, real, SINK, 0, 0, 0, 0, SINK, 0, 0, 0, 0);
    }

    private int unary(double vr, double vi, boolean real, int a, double dr, double di, double cr, double ci) {
        return binary(vr, vi, real, a, dr, di, cr, ci, SINK, 0, 0, 0, 0);
    }

    private int binary(double vr, double vi, boolean real,
                       int a, double dar, double dai, double car, double cai,
                       int b, double dbr, double dbi, double cbr, double cbi) {
        int i = size;
        if (i == re.length) {
            allocate(re.length + (re.length >> 1) + 16);
        }
        if (i > MAX_NODES) {
            throw new IllegalStateException("a tape holds at most " + MAX_NODES + " nodes");
        }
        if (!recording) { // a constant: conj, re, im, abs and abs2 come here with their partials
            a = SINK;
            b = SINK;
            dar = dai = car = cai = dbr = dbi = cbr = cbi = 0;
            real = vi == 0; // a constant is real-valued when its value is real
        }
        re[i] = vr;
        im[i] = vi;
        realValued[i] = real;
        firstParents[i] = a;
        d1re[i] = dar;
        d1im[i] = dai;
        c1re[i] = car;
        c1im[i] = cai;
        secondParents[i] = b;
        d2re[i] = dbr;
        d2im[i] = dbi;
        c2re[i] = cbr;
        c2im[i] = cbi;
        size = i + 1;
        return handle(i);
    }

    private void allocate(int n) {
        if (re != null && n <= re.length) {
            throw new IllegalStateException("complex tape is full: " + re.length + " nodes");
        }
        re = grow(re, n);
        im = grow(im, n);
        realValued = realValued == null ? new boolean[n] : Arrays.copyOf(realValued, n);
        firstParents = firstParents == null ? new int[n] : Arrays.copyOf(firstParents, n);
        secondParents = secondParents == null ? new int[n] : Arrays.copyOf(secondParents, n);
        d1re = grow(d1re, n);
        d1im = grow(d1im, n);
        c1re = grow(c1re, n);
        c1im = grow(c1im, n);
        d2re = grow(d2re, n);
        d2im = grow(d2im, n);
        c2re = grow(c2re, n);
        c2im = grow(c2im, n);
    }

    private static double[] grow(double[] a, int n) {
        return a == null ? new double[n] : Arrays.copyOf(a, n);
    }

    private void requireRealValued(String function, int node) {
        if (!realValued[node]) {
            throw new IllegalArgumentException(function + " is not holomorphic, so it applies only to real-valued nodes "
                    + "(re(z), im(z), abs(z), real variables); node " + node + " is complex");
        }
    }
}

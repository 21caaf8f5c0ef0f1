package dev.gradus.autodiff;

import java.util.Arrays;

/**
 * The second-order half of a {@link Tape} made with {@link Tape#secondOrder()}: for each node k
 * with parents a and b, the local second partials d^2k/da^2, d^2k/da db and d^2k/db^2, and the
 * two sweeps of forward-over-reverse that turn them into a Hessian-vector product H v.
 *
 * <p>Differentiating the reverse sweep {@code adj[a] += adj[k] dk/da} in the direction v gives,
 * with t the forward tangent (dnode/dx . v) and s the tangent of the adjoint,
 * <pre>
 *   s[a] += s[k] dk/da + adj[k] (d^2k/da^2 t[a] + d^2k/da db t[b])
 *   s[b] += s[k] dk/db + adj[k] (d^2k/da db t[a] + d^2k/db^2 t[b])
 * </pre>
 * so one forward sweep of t and one reverse sweep of the pairs (adj, s) leave H v in s at the
 * inputs, and the gradient in adj. It is kept apart from {@link Tape} so that a plain tape stores
 * and computes none of it.
 */
final class SecondOrderPartials {
    private double[] aa;
    private double[] ab;
    private double[] bb;
    private double[] tangents = new double[0];
    private double[] tangentAdjoints = new double[0];

    SecondOrderPartials(int capacity) {
        aa = new double[capacity];
        ab = new double[capacity];
        bb = new double[capacity];
    }

    /** Records node i's second partials (all 0 for leaves and linear operations). */
    void set(int i, double daa, double dab, double dbb) {
        if (i >= aa.length) {
            int grown = Math.max(i + 1, aa.length + (aa.length >> 1) + 16);
            aa = Arrays.copyOf(aa, grown);
            ab = Arrays.copyOf(ab, grown);
            bb = Arrays.copyOf(bb, grown);
        }
        aa[i] = daa;
        ab[i] = dab;
        bb[i] = dbb;
    }

    /**
     * H v for the nodes recorded up to {@code output}, against {@code inputs}, given the tape's
     * first-order storage; {@code adjoints} (at least output + 1 long) is left holding the
     * gradient, as after {@link Tape#backward(int)}.
     */
    double[] hessianVectorProduct(int output, int[] inputs, double[] v, int[] p1, int[] p2, double[] d1, double[] d2,
                                  double[] adjoints) {
        if (tangents.length < output + 1) {
            tangents = new double[adjoints.length];
            tangentAdjoints = new double[adjoints.length];
        }
        double[] t = tangents;
        double[] s = tangentAdjoints;
        double[] adj = adjoints;
        Arrays.fill(t, 0, output + 1, 0.0);
        for (int k = 0; k < inputs.length; k++) {
            t[inputs[k]] += v[k];
        }
        // Forward: t[i] = dt/da t[a] + dt/db t[b] on top of the seed (inputs are usually leaves).
        for (int i = 1; i <= output; i++) {
            t[i] += times(d1[i], t[p1[i]]) + times(d2[i], t[p2[i]]);
        }
        Arrays.fill(adj, 0, output + 1, 0.0);
        Arrays.fill(s, 0, output + 1, 0.0);
        adj[output] = 1.0;
        for (int i = output; i > 0; i--) {
            double g = adj[i];
            double sg = s[i];
            if (g == 0.0 && sg == 0.0) {
                continue; // as in the first-order sweep: a node the output does not depend on adds nothing, not NaN
            }
            int a = p1[i];
            int b = p2[i];
            double ta = t[a];
            double tb = t[b];
            adj[a] += g * d1[i];
            adj[b] += g * d2[i];
            double curvatureA = times(aa[i], ta) + times(ab[i], tb);
            double curvatureB = times(ab[i], ta) + times(bb[i], tb);
            s[a] += sg * d1[i] + g * curvatureA;
            s[b] += sg * d2[i] + g * curvatureB;
        }
        double[] hv = new double[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            hv[k] = s[inputs[k]];
        }
        return hv;
    }

    /**
     * h t, but 0 when t is 0: a partial towards a constant may be NaN (d/db a^b at a < 0) and
     * must not reach the result through a tangent that is exactly 0.
     */
    private static double times(double h, double t) {
        return t == 0.0 ? 0.0 : h * t;
    }
}

package dev.gradus.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import org.junit.jupiter.api.Test;

/**
 * Second derivatives on the tape: known Hessians, every table entry against differences of its
 * first derivative, symmetry, the second-order Taylor expansion, and Newton's method.
 */
class HessianTest {
    /** f = x^2 y + sin(x y), the example. */
    private static final ScalarFunction EXAMPLE = (ops, v) -> ops.add(ops.mul(ops.pow(v[0], 2.0), v[1]),
            ops.sin(ops.mul(v[0], v[1])));

    @Test
    void theExampleHasItsHandComputedHessian() {
        double x = 0.5;
        double y = 1.5;
        Hessian h = Hessians.of(EXAMPLE).at(x, y);
        double s = Math.sin(x * y);
        double c = Math.cos(x * y);
        assertEquals(x * x * y + s, h.value(), 1e-15);
        assertEquals(2 * x * y + y * c, h.gradient()[0], 1e-15);
        assertEquals(x * x + x * c, h.gradient()[1], 1e-15);
        assertEquals(2 * y - y * y * s, h.get(0, 0), 1e-14);
        assertEquals(2 * x + c - x * y * s, h.get(0, 1), 1e-14);
        assertEquals(2 * x + c - x * y * s, h.get(1, 0), 1e-14);
        assertEquals(-x * x * s, h.get(1, 1), 1e-14);
    }

    @Test
    void everyUnaryEntrysSecondDerivativeIsTheSlopeOfItsFirst() {
        double[] points = {-2.3, -0.7, -0.2, 0.3, 0.6, 1.4, 2.9};
        for (UnaryFunction f : UnaryFunction.values()) {
            for (double x : points) {
                if ((f == UnaryFunction.LOG || f == UnaryFunction.SQRT) && x <= 0) {
                    continue;
                }
                Hessian h = Hessians.of((ops, v) -> ops.apply(f, v[0])).at(x);
                double e = 1e-5;
                double slope = (f.derivative(x + e, f.value(x + e)) - f.derivative(x - e, f.value(x - e))) / (2 * e);
                assertEquals(slope, h.get(0, 0), 1e-6 * Math.max(1, Math.abs(slope)), f + "'' at " + x);
                assertEquals(f.secondDerivative(x, f.value(x)), h.get(0, 0), 0.0, f + " on the tape");
            }
        }
    }

    @Test
    void everyBinaryEntrysSecondPartialsAreTheSlopesOfItsFirst() {
        double[][] points = {{0.7, 1.3}, {1.9, 0.4}, {-0.6, 0.8}, {-1.7, -0.5}, {2.2, -1.1}};
        for (BinaryFunction f : BinaryFunction.values()) {
            for (double[] p : points) {
                double a = p[0];
                double b = p[1];
                if ((f == BinaryFunction.POW && a <= 0) || f.distanceToKink(a, b) < 1e-3) {
                    continue;
                }
                Hessian h = Hessians.of((ops, v) -> ops.apply(f, v[0], v[1])).at(a, b);
                double e = 1e-5;
                double[][] expected = {
                    {(partialA(f, a + e, b) - partialA(f, a - e, b)) / (2 * e), (partialA(f, a, b + e) - partialA(f, a, b - e)) / (2 * e)},
                    {(partialB(f, a + e, b) - partialB(f, a - e, b)) / (2 * e), (partialB(f, a, b + e) - partialB(f, a, b - e)) / (2 * e)}};
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        double want = expected[i][j];
                        assertEquals(want, h.get(i, j), 1e-6 * Math.max(1, Math.abs(want)), f + " H" + i + j + " at " + a + ", " + b);
                    }
                }
            }
        }
    }

    @Test
    void constantArgumentsUseTheirOwnSecondPartial() {
        // 2^x: the (c, b) form records d^2/db^2 = 2^x log(2)^2 in the first slot.
        double x = 0.8;
        Hessian h = Hessians.of((ops, v) -> ops.apply(BinaryFunction.POW, 2.0, v[0])).at(x);
        assertEquals(Math.pow(2, x) * Math.log(2) * Math.log(2), h.get(0, 0), 1e-14);
        Hessian cube = Hessians.of((ops, v) -> ops.pow(v[0], 3.0)).at(x);
        assertEquals(6 * x, cube.get(0, 0), 1e-14);
    }

    @Test
    void hessiansOfCompositionsAreSymmetric() {
        ScalarFunction f = (ops, v) -> ops.add(ops.mul(ops.tanh(ops.mul(v[0], v[1])), ops.exp(v[2])),
                ops.div(ops.softplus(ops.sub(v[1], v[2])), ops.add(ops.mul(v[0], v[0]), 1.0)));
        Hessian h = Hessians.of(f).at(0.4, -1.1, 0.7);
        assertTrue(h.asymmetry() < 1e-14, h::toString);
        assertTrue(Math.abs(h.get(0, 1)) > 0.01, "the mixed partials are not trivially zero");
    }

    @Test
    void aHessianVectorProductIsTheHessianTimesTheVector() {
        ScalarFunction f = (ops, v) -> ops.mul(ops.sigmoid(ops.add(v[0], ops.mul(v[1], v[2]))), ops.log(ops.add(ops.mul(v[2], v[2]), 2.0)));
        double[] x = {0.3, -0.9, 1.2};
        double[] v = {0.5, 2.0, -1.5};
        double[][] h = Hessians.of(f).at(x).matrix();
        double[] hv = Hessians.of(f).hessianVectorProduct(x, v);
        for (int i = 0; i < 3; i++) {
            double want = h[i][0] * v[0] + h[i][1] * v[1] + h[i][2] * v[2];
            assertEquals(want, hv[i], 1e-14, "row " + i);
        }
    }

    @Test
    void aQuadraticsTaylorExpansionIsExact() {
        // E(w) = 1/2 w^T A w + b^T w, A = [[3, 1], [1, 2]], b = (-1, 0.5)
        ScalarFunction e = (ops, w) -> {
            int quadratic = ops.add(ops.add(ops.mul(ops.mul(w[0], w[0]), 1.5), ops.mul(ops.mul(w[0], w[1]), 1.0)),
                    ops.mul(w[1], w[1]));
            return ops.add(quadratic, ops.add(ops.mul(w[0], -1.0), ops.mul(w[1], 0.5)));
        };
        double[] w = {0.4, -0.3};
        Hessian h = Hessians.of(e).at(w);
        assertEquals(3.0, h.get(0, 0), 0.0);
        assertEquals(1.0, h.get(0, 1), 0.0);
        assertEquals(2.0, h.get(1, 1), 0.0);
        for (double[] dw : new double[][] {{1.0, 0.0}, {-0.7, 2.5}, {10, -30}}) {
            double exact = Gradients.of(e).valueAt(w[0] + dw[0], w[1] + dw[1]);
            assertEquals(exact, taylor(h, dw), 1e-12 * Math.max(1, Math.abs(exact)));
        }
    }

    @Test
    void aNonQuadraticsTaylorErrorShrinksLikeTheCubeOfTheStep() {
        ScalarFunction e = (ops, w) -> ops.add(ops.mul(ops.sigmoid(ops.mul(w[0], w[1])), ops.exp(w[0])), ops.sin(w[1]));
        double[] w = {0.3, 0.8};
        double[] direction = {0.6, -0.8};
        Hessian h = Hessians.of(e).at(w);
        Gradients values = Gradients.of(e);
        double previous = Double.NaN;
        for (double step = 0.1; step > 0.005; step /= 2) {
            double[] dw = {step * direction[0], step * direction[1]};
            double error = Math.abs(values.valueAt(w[0] + dw[0], w[1] + dw[1]) - taylor(h, dw));
            if (!Double.isNaN(previous)) {
                double ratio = previous / error;
                assertTrue(ratio > 7 && ratio < 9, "halving the step divides the error by " + ratio + ", not about 8");
            }
            previous = error;
        }
    }

    @Test
    void newtonsMethodConvergesQuadratically() {
        // A smooth strictly convex E with its minimum off the origin: log(e^w0 + e^-w0 + e^w1) + (w0 - 1)^2 + w1^2.
        ScalarFunction e = (ops, w) -> ops.add(
                ops.logSumExp(w[0], ops.neg(w[0]), w[1]),
                ops.add(ops.pow(ops.sub(w[0], 1.0), 2.0), ops.mul(w[1], w[1])));
        Hessians hessians = Hessians.of(e);
        double[] w = {2.0, -1.0};
        double[] errors = new double[8];
        for (int k = 0; k < errors.length; k++) {
            Hessian h = hessians.at(w);
            double[] g = h.gradient();
            errors[k] = Math.hypot(g[0], g[1]);
            double det = h.get(0, 0) * h.get(1, 1) - h.get(0, 1) * h.get(1, 0);
            w[0] -= (h.get(1, 1) * g[0] - h.get(0, 1) * g[1]) / det;
            w[1] -= (h.get(0, 0) * g[1] - h.get(1, 0) * g[0]) / det;
        }
        assertTrue(errors[5] < 1e-12, "|gradient| after 5 Newton steps: " + errors[5]);
        // Quadratic convergence: |g_k+1| <= C |g_k|^2 once close, with a C that does not grow.
        for (int k = 1; k < 4; k++) {
            if (errors[k + 1] > 1e-13) {
                double c = errors[k + 1] / (errors[k] * errors[k]);
                assertTrue(c < 2, "step " + k + ": |g| " + errors[k] + " -> " + errors[k + 1] + " is not quadratic");
            }
        }
        assertTrue(errors[2] < 1e-2 && errors[3] < 1e-4, java.util.Arrays.toString(errors));
    }

    @Test
    void aPlainTapeRefusesSecondDerivatives() {
        Tape tape = new Tape();
        int x = tape.variable(1.0);
        int y = tape.exp(x);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> tape.hessianVectorProduct(y, new int[] {x}, new double[] {1.0}));
        assertTrue(e.getMessage().contains("Tape.secondOrder()"), e.getMessage());
    }

    @Test
    void aZeroTangentDoesNotCarryANaNPartial() {
        // x^c for x < 0 with c a constant node: d/dc is NaN, but c does not vary.
        Tape tape = Tape.secondOrder();
        int x = tape.variable(-1.5);
        int y = tape.pow(x, tape.constant(3.0));
        double[][] h = tape.hessian(y, x);
        assertEquals(6 * -1.5, h[0][0], 1e-14);
    }

    @Test
    void forwardModeGivesTheJacobianTimesAVector() {
        VectorFunction f = (ops, v) -> new int[] {ops.mul(ops.sin(v[0]), v[1]), ops.swish(ops.sub(v[0], v[1])),
            ops.pow(v[1], v[0])};
        double[] x = {0.9, 1.7};
        double[] v = {-0.4, 1.1};
        Jacobians jacobians = Jacobians.of(f);
        Jacobian j = jacobians.at(x);
        double[] jv = jacobians.timesVector(x, v);
        for (int i = 0; i < 3; i++) {
            assertEquals(j.get(i, 0) * v[0] + j.get(i, 1) * v[1], jv[i], 1e-14, "row " + i);
        }
    }

    @Test
    void forwardModeRecordsNoTangentInsideNoGrad() {
        DualNumbers duals = new DualNumbers();
        int x = duals.variable(2.0, 1.0);
        try (AbstractTape.Scope s = duals.noGrad()) {
            int y = duals.exp(x);
            assertEquals(Math.exp(2.0), duals.value(y), 0.0);
            assertEquals(0.0, duals.tangent(y), 0.0);
        }
        assertEquals(Math.exp(2.0), duals.tangent(duals.exp(x)), 1e-15);
    }

    private static double partialA(BinaryFunction f, double a, double b) {
        return f.partialA(a, b, f.value(a, b));
    }

    private static double partialB(BinaryFunction f, double a, double b) {
        return f.partialB(a, b, f.value(a, b));
    }

    /** E(w) + g . dw + 1/2 dw^T H dw. */
    private static double taylor(Hessian h, double[] dw) {
        double[] g = h.gradient();
        double first = g[0] * dw[0] + g[1] * dw[1];
        double second = dw[0] * (h.get(0, 0) * dw[0] + h.get(0, 1) * dw[1]) + dw[1] * (h.get(1, 0) * dw[0] + h.get(1, 1) * dw[1]);
        return h.value() + first + 0.5 * second;
    }
}

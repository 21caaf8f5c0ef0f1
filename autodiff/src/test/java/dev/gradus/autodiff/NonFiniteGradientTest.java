package dev.gradus.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import org.junit.jupiter.api.Test;

/**
 * The rule for gradients through non-finite values, on every tape: along the paths the output
 * depends on, a zero adjoint times an infinite partial is NaN, as IEEE arithmetic (and PyTorch and
 * JAX) make it; never a silent 0. Nodes the output does not depend on add nothing.
 */
class NonFiniteGradientTest {
    /** log(exp(a) + exp(b) + exp(c)) at 800, 801, 799: exp overflows, the value is Infinity. */
    private static final double[] POINT = {800, 801, 799};

    @Test
    void theNaiveLogSumExpHasANanGradientOnTheTape() {
        Tape t = new Tape();
        int[] v = t.variables(POINT);
        int f = t.log(t.add(t.add(t.exp(v[0]), t.exp(v[1])), t.exp(v[2])));
        assertEquals(Double.POSITIVE_INFINITY, t.value(f));
        for (double g : t.gradient(f, v)) {
            assertTrue(Double.isNaN(g), "a gradient through Infinity is NaN, not 0: " + g);
        }
    }

    @Test
    void theStableFormHasTheTrueGradient() {
        Tape t = new Tape();
        int[] v = t.variables(POINT);
        int f = t.apply(BinaryFunction.LOG_ADD_EXP, t.apply(BinaryFunction.LOG_ADD_EXP, v[0], v[1]), v[2]);
        double lse = 801 + Math.log(Math.exp(-1) + 1 + Math.exp(-2));
        assertEquals(lse, t.value(f), 1e-12);
        double[] softmax = {Math.exp(800 - lse), Math.exp(801 - lse), Math.exp(799 - lse)};
        assertArrayEquals(softmax, t.gradient(f, v), 1e-12);   // 0.24, 0.67, 0.09
    }

    @Test
    void aZeroPartialDoesNotHideAnInfiniteOne() {
        // 0 * exp(x) at x = 800: the product's partial towards exp(x) is 0, exp's partial is Infinity
        Tape t = new Tape();
        int x = t.variable(800);
        int f = t.mul(t.exp(x), 0.0);
        assertTrue(Double.isNaN(t.gradient(f, x)[0]));
    }

    @Test
    void nodesTheOutputDoesNotDependOnStillAddNothing() {
        Tape t = new Tape();
        int x = t.variable(800);
        int unrelated = t.log(t.exp(t.exp(x)));   // Infinity, with infinite partials
        int f = t.mul(x, 3.0);
        assertEquals(Double.POSITIVE_INFINITY, t.value(unrelated));
        assertEquals(3.0, t.gradient(f, x)[0], 0.0);
    }

    @Test
    void theComplexTapeFollowsTheSameRule() {
        ComplexTape t = new ComplexTape();
        int a = t.variable(800, 0);
        int b = t.variable(801, 0);
        int f = t.re(t.log(t.add(t.exp(a), t.exp(b))));
        Complex g = t.gradient(f, a)[0];
        assertTrue(Double.isNaN(g.re()) || Double.isNaN(g.im()), "not a silent 0: " + g);

        ComplexTape u = new ComplexTape();
        int z = u.variable(800, 0);
        int unrelated = u.exp(u.exp(z));
        int h = u.mul(z, u.constant(new Complex(3, 0)));
        assertEquals(new Complex(3, 0), u.wirtinger(h, z)[0].dz());
        assertTrue(Double.isInfinite(u.value(unrelated).re()) || Double.isNaN(u.value(unrelated).re()));
    }

    @Test
    void forwardModeAndTheTensorTapeGiveNanAsTheyAre() {
        DualNumbers d = new DualNumbers();
        int x = d.variable(800, 1.0);
        int f = d.log(d.add(d.exp(x), d.exp(d.variable(801, 0.0))));
        assertTrue(Double.isNaN(d.tangent(f)));

        TensorTape t = new TensorTape(MatrixKernels.best());
        double[] value = {800, 801};
        double[] grad = new double[2];
        int p = t.parameter(value, grad, 0, 1, 2);
        int cost = t.apply(UnaryFunction.LOG, t.sum(t.apply(UnaryFunction.EXP, p)));
        t.backward(cost);
        assertTrue(Double.isNaN(grad[0]) && Double.isNaN(grad[1]), grad[0] + ", " + grad[1]);
    }
}

package example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gradus.autodiff.Gradient;
import dev.gradus.autodiff.Gradients;
import dev.gradus.autodiff.Jacobian;
import dev.gradus.autodiff.Jacobians;
import dev.gradus.autodiff.ScalarFunction;
import dev.gradus.autodiff.Tape;
import dev.gradus.autodiff.check.GradientCheck;
import dev.gradus.autodiff.check.GradientReport;
import dev.gradus.autodiff.check.Outcome;
import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.complex.Wirtinger;
import org.junit.jupiter.api.Test;

/** The tapes from outside: a gradient, a Wirtinger pair, a gradient check that finds a wrong gradient. */
class TapeTest {

    @Test
    void aGradient() {
        Tape t = new Tape();
        int x = t.variable(0.3);
        int y = t.variable(-1.2);
        int f = t.add(t.mul(x, y), t.sin(x));          // f = x y + sin x
        double value = t.value(f);
        double[] grad = t.gradient(f, x, y);           // {y + cos x, x}
        assertArrayEquals(new double[] {-1.2 + Math.cos(0.3), 0.3}, grad, 1e-15);
        assertEquals(0.3 * -1.2 + Math.sin(0.3), value, 1e-15);
    }

    @Test
    void oneFunctionForEveryTape() {
        ScalarFunction f = (ops, v) -> ops.mul(v[0], ops.sin(v[1]));
        Gradient g = Gradients.of(f).at(0.3, -1.2);        // value and gradient, one reused tape
        Jacobian j = Jacobians.of((ops, v) -> new int[] {ops.mul(v[0], v[1]), ops.exp(v[0])}).at(0.3, -1.2);
        assertEquals(0.3 * Math.sin(-1.2), g.value(), 1e-15);
        assertArrayEquals(new double[] {Math.sin(-1.2), 0.3 * Math.cos(-1.2)}, g.gradient(), 1e-15);
        assertEquals(-1.2, j.get(0, 0), 1e-15);
        assertEquals(Math.exp(0.3), j.get(1, 0), 1e-15);
    }

    @Test
    void numbersAreNotNodes() {
        Tape t = new Tape();
        int x = t.variable(3);
        int square = t.pow(x, 2.0);                    // a constant exponent is a double
        assertEquals(9, t.value(square));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.mul(x, 2));
        assertEquals(true, e.getMessage().startsWith("2 is not a node of this tape"), e.getMessage());
    }

    @Test
    void aWirtingerPair() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(0.3, -0.7);
        int loss = t.abs2(z);                          // |z|^2 = z conj(z)
        Wirtinger d = t.wirtinger(loss, z)[0];         // d/dz = conj(z), d/dzbar = z
        assertEquals(new Complex(0.3, 0.7), d.dz());
        assertEquals(new Complex(0.3, -0.7), d.dzbar());
        assertEquals(new Complex(0.6, -1.4), t.gradient(loss, z)[0]);   // 2 dL/dzbar, as PyTorch's .grad
    }

    @Test
    void aGradientCheckFindsAWrongGradient() {
        // f = x^2 y with a hand-written gradient that forgot the factor 2 in df/dx
        GradientReport r = GradientCheck.withDefaults().names("x", "y")
                .check(v -> v[0] * v[0] * v[1], v -> new double[] {v[0] * v[1], v[0] * v[0]}, 1.5, 2.0);
        System.out.println(r);
        assertEquals(Outcome.MISMATCH, r.outcome());
        assertEquals(Outcome.MISMATCH, r.inputs().get(0).outcome());
        assertEquals(Outcome.OK, r.inputs().get(1).outcome());
    }
}

package dev.gradus.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Every tape refuses what is not one of its live nodes, each case with its own message: a number
 * where a node belongs, a node of another tape, a node discarded by reset().
 */
class HandlesTest {
    private static void refused(IntSupplier misuse, String words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, misuse::getAsInt);
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void forwardModeRefusesNumbersStrangersAndDiscardedNodes() {
        DualNumbers d = new DualNumbers();
        int x = d.variable(3.0, 1.0);
        d.constant(5.0);
        refused(() -> d.pow(x, 2), "2 is not a node of this tape");
        assertEquals(6.0, d.tangent(d.pow(x, 2.0)), 0.0);
        DualNumbers other = new DualNumbers();
        other.variable(1.0, 1.0);
        refused(() -> other.sin(x), "belongs to another tape");
        d.reset();
        d.variable(1.0, 0.0);
        refused(() -> d.sin(x), "was discarded by reset()");
    }

    @Test
    void complexTapeRefusesNumbersStrangersAndDiscardedNodes() {
        ComplexTape t = new ComplexTape();
        int z = t.variable(new Complex(1, 2));
        t.variable(new Complex(3, 4));
        refused(() -> t.add(z, 1), "1 is not a node of this tape");
        refused(() -> t.pow(z, 2), "2 is not a node of this tape");
        assertEquals(new Complex(2, 2), t.value(t.add(z, Complex.real(1))));
        ComplexTape other = new ComplexTape();
        other.variable(Complex.ONE);
        refused(() -> other.conj(z), "belongs to another tape");
        t.reset();
        t.variable(Complex.ONE);
        refused(() -> t.abs(z), "was discarded by reset()");
    }
}

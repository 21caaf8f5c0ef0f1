package dev.gradus.autodiff.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import org.junit.jupiter.api.Test;

/** Values, stability, buffer reuse and errors of the tensor tape (gradients: TensorTapeProperties). */
class TensorTapeTest {
    private final TensorTape tape = new TensorTape(new TensorTapeProperties.TripleLoops());

    @Test
    void aLayerComputesXWTransposedPlusBias() {
        double[] x = {1, 2, 3, 4, 5, 6}; // 2 samples of 3
        double[] w = {1, 0, -1, 0.5, 0.5, 0.5}; // 2 outputs x 3 inputs
        double[] b = {10, 20};
        int z = tape.addRow(tape.matmulTransB(tape.input(x, 0, 2, 3), tape.input(w, 0, 2, 3)), tape.input(b, 0, 1, 2));
        assertArrayEquals(new double[] {1 - 3 + 10, 3 + 20, 4 - 6 + 10, 7.5 + 20}, tape.value(z).toArray(), 0.0);
    }

    @Test
    void groupMaxTakesTheLargestOfEachGroupAndGivesATieToTheFirst() {
        double[] x = {1, 5, -2, 3, 3, 0}; // one row, two groups of three
        double[] g = new double[6];
        int m = tape.groupMax(tape.parameter(x, g, 0, 1, 6), 3);
        assertArrayEquals(new double[] {5, 3}, tape.value(m).toArray(), 0.0);
        tape.backward(tape.sum(m));
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 0}, g, 0.0);
        assertThrows(IllegalArgumentException.class, () -> tape.groupMax(tape.input(x, 0, 1, 6), 4));
    }

    @Test
    void aBinaryFunctionTakesItsParameterPerElementPerColumnOrForAll() {
        double[] z = {-1, 2, -3, -4}; // 2 x 2
        int x = tape.input(z, 0, 2, 2);
        double[] perColumn = {0.1, 0.5};
        assertArrayEquals(new double[] {-0.1, 2, -0.3, -2}, tape.value(tape.apply(BinaryFunction.PRELU, x,
                tape.input(perColumn, 0, 1, 2))).toArray(), 1e-15);
        assertArrayEquals(new double[] {-0.25, 2, -0.75, -1}, tape.value(tape.apply(BinaryFunction.PRELU, x,
                tape.input(new double[] {0.25}, 0, 1, 1))).toArray(), 1e-15);
        double[] perElement = {0.1, 0.2, 0.3, 0.4};
        assertArrayEquals(new double[] {-0.1, 2, -0.9, -1.6}, tape.value(tape.apply(BinaryFunction.PRELU, x,
                tape.input(perElement, 0, 2, 2))).toArray(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> tape.apply(BinaryFunction.PRELU, x, tape.input(perElement, 0, 1, 4)));
    }

    @Test
    void costsAreStableForHugeLogits() {
        double[] z = {1000, -1000, 0};
        double[] y = {1, 0, 0};
        int logits = tape.input(z, 0, 1, 3);
        int targets = tape.input(y, 0, 1, 3);
        assertEquals(0.0, tape.scalar(tape.softmaxCrossEntropy(logits, targets)), 1e-12);
        assertEquals(Math.log(2), tape.scalar(tape.sigmoidCrossEntropy(logits, targets)), 1e-9,
                "softplus(1000) - 1000 + softplus(-1000) + softplus(0) = 0 + 0 + log 2: no log(0)");
        Tensor s = tape.value(tape.logSoftmax(logits));
        assertEquals(-2000.0, s.get(0, 1), 1e-9);
    }

    @Test
    void aResetTapeReusesItsBuffersForTheSameOperations() {
        double[] x = {0.5, -0.5};
        double[] w = {1, 2, 3, 4};
        double[] g = new double[4];
        int out = tape.sum(tape.apply(UnaryFunction.TANH, tape.matmulTransB(tape.input(x, 0, 1, 2), tape.parameter(w, g, 0, 2, 2))));
        double[] firstBuffer = tape.value(out).data();
        tape.backward(out);
        double[] firstGradient = g.clone();
        tape.reset();
        java.util.Arrays.fill(g, 0);
        int again = tape.sum(tape.apply(UnaryFunction.TANH, tape.matmulTransB(tape.input(x, 0, 1, 2), tape.parameter(w, g, 0, 2, 2))));
        tape.backward(again);
        assertNotEquals(out, again, "a new generation's handles");
        assertEquals(out & 0xFFFFFF, again & 0xFFFFFF, "the same node's place on the tape");
        assertSame(firstBuffer, tape.value(again).data(), "the same buffer");
        assertArrayEquals(firstGradient, g, 0.0, "and the same gradient: intermediate gradients were zeroed");
    }

    @Test
    void mistakesAreClearErrors() {
        int a = tape.input(new double[6], 0, 2, 3);
        int b = tape.input(new double[6], 0, 2, 3);
        IllegalArgumentException shapes = assertThrows(IllegalArgumentException.class, () -> tape.matmul(a, b));
        assertEquals("matmul: shapes 2 x 3 and 2 x 3 do not fit", shapes.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tape.backward(a), "backward needs a 1 x 1 output");
        IllegalArgumentException view = assertThrows(IllegalArgumentException.class, () -> tape.input(new double[5], 0, 2, 3));
        assertTrue(view.getMessage().contains("does not fit in 5 elements"), view.getMessage());
        tape.reset();
        assertThrows(IllegalArgumentException.class, () -> tape.value(a), "handles die with reset");
    }

    @Test
    void aNumberIsNotANode() {
        int x = tape.input(new double[] {1, 2, 3}, 0, 1, 3);
        for (int literal : new int[] {0, 1, 2, -1, (1 << 24) - 1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tape.sum(literal));
            assertEquals(literal + " is not a node of this tape: a number where a node belongs?", e.getMessage());
        }
        assertEquals(6.0, tape.scalar(tape.sum(x)), 0.0, "a node still is one");
    }

    @Test
    void aNodeOfAnotherTapeIsRejected() {
        double[] data = {1, 2, 3};
        int mine = tape.input(data, 0, 1, 3);
        TensorTape other;
        int foreign;
        do { // tapes made by other tests at the same time may share this one's tag: that one cannot tell
            other = new TensorTape(new TensorTapeProperties.TripleLoops());
            foreign = other.input(data, 0, 1, 3);
        } while (foreign >>> 24 == mine >>> 24);
        int stray = foreign;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tape.sum(stray));
        assertTrue(e.getMessage().startsWith("node " + stray + " "), e.getMessage());
        assertTrue(e.getMessage().endsWith("belongs to another tape"), e.getMessage());
        int node = tape.sum(mine);
        TensorTape theOther = other;
        assertThrows(IllegalArgumentException.class, () -> theOther.scalar(node), "and the other way round");
    }

    @Test
    void aNodeFromBeforeAResetIsRejected() {
        double[] data = {1, 2, 3};
        int before = tape.input(data, 0, 1, 3);
        for (int resets = 1; resets <= 300; resets++) {
            tape.reset();
            int now = tape.input(data, 0, 1, 3); // the same place on the tape, another generation
            if ((now >>> 24) == (before >>> 24)) {
                break; // after 127 resets the tags come round again: a stale handle is a node once more
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tape.adjoint(before));
            assertTrue(e.getMessage().contains("was discarded by reset()"), resets + " resets: " + e.getMessage());
            assertEquals(6.0, tape.scalar(tape.sum(now)), 0.0);
        }
    }

    @Test
    void aNodeBeyondTheTapeIsRejectedAsRewound() {
        int x = tape.input(new double[] {1, 2, 3}, 0, 1, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tape.value(x + 1));
        assertTrue(e.getMessage().contains("was discarded by rewind(mark)"), e.getMessage());
    }

    @Test
    void markAndRewindDiscardWhatCameAfter() {
        int x = tape.input(new double[] {1, 2, 3}, 0, 1, 3);
        int mark = tape.mark();
        int s = tape.sum(x);
        tape.rewind(mark);
        assertEquals(mark, tape.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tape.scalar(s));
        assertTrue(e.getMessage().contains("was discarded by rewind(mark)"), e.getMessage());
        assertEquals(14.0, tape.scalar(tape.sumOfSquares(x)), 0.0);
        assertThrows(IllegalArgumentException.class, () -> tape.rewind(tape.size() + 1));
    }

    @Test
    void insideNoGradNothingNeedsAGradient() {
        double[] w = {2.0};
        double[] g = new double[1];
        try (var scope = tape.noGrad()) {
            assertFalse(tape.isRecording());
            int out = tape.sumOfSquares(tape.parameter(w, g, 0, 1, 1));
            assertEquals(4.0, tape.scalar(out), 0.0);
            tape.backward(out);
        }
        assertTrue(tape.isRecording());
        assertEquals(0.0, g[0], 0.0, "a parameter read in noGrad is an input");
    }

    @Test
    void backwardMeansWhatItMeansOnTheScalarTape() {
        // every sweep computes the tape's own adjoints afresh; parameters' gradients add up in their arrays
        double[] w = {3.0};
        double[] g = new double[1];
        int p = tape.parameter(w, g, 0, 1, 1);
        int z = tape.scale(p, 2.0);
        int out = tape.sumOfSquares(z);
        tape.backward(out);
        tape.backward(out);
        assertEquals(12.0, tape.adjoint(z).toArray()[0], 0.0, "d(z^2)/dz = 2z = 12 after each sweep, not added up");
        assertEquals(48.0, g[0], 0.0, "the parameter's array holds both sweeps: 2 x (12 x 2)");
    }

    @Test
    void validHandlesGiveTheGradientsTheyAlwaysGave() {
        double[] x = {0.5, -0.5, 2.0}; // 1 x 3
        double[] w = {1, 2, 3, -1, 0.5, 0.25}; // 2 outputs x 3 inputs
        double[] g = new double[6];
        for (int step = 0; step < 3; step++) { // the same handles' positions, new tags, each step
            tape.reset();
            java.util.Arrays.fill(g, 0);
            int z = tape.matmulTransB(tape.input(x, 0, 1, 3), tape.parameter(w, g, 0, 2, 3));
            int out = tape.sumOfSquares(z);
            tape.backward(out);
            // z = (0.5 - 1 + 6, -0.5 - 0.25 + 0.5) = (5.5, -0.25); d/dw_ij of sum z^2 = 2 z_i x_j
            assertEquals(5.5 * 5.5 + 0.0625, tape.scalar(out), 1e-15);
            assertArrayEquals(new double[] {5.5, -5.5, 22, -0.25, 0.25, -1}, g, 1e-15);
            assertArrayEquals(new double[] {11, -0.5}, tape.adjoint(z).toArray(), 1e-15);
        }
    }
}

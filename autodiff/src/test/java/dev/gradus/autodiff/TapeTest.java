package dev.gradus.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TapeTest {

    @Test
    void valueAndGradientOfAProductWithASine() {
        Tape t = new Tape();
        int x = t.variable(0.3);
        int y = t.variable(-1.2);
        int f = t.add(t.mul(x, y), t.sin(x));
        assertEquals(0.3 * -1.2 + Math.sin(0.3), t.value(f), 0.0);
        assertArrayEquals(new double[] {-1.2 + Math.cos(0.3), 0.3}, t.gradient(f, x, y), 1e-15);
    }

    @Test
    void gradientWithRespectToAnIntermediateNode() {
        Tape t = new Tape();
        int x = t.variable(2.0);
        int u = t.mul(x, x);          // u = x^2
        int f = t.mul(t.exp(u), 3.0);  // f = 3 e^u
        assertEquals(3 * Math.exp(4.0), t.gradient(f, u)[0], 1e-12);
        assertEquals(3 * Math.exp(4.0) * 4.0, t.gradient(f, x)[0], 1e-11);
    }

    @Test
    void aVariableUsedTwiceAccumulatesBothPaths() {
        Tape t = new Tape();
        int x = t.variable(1.5);
        int f = t.mul(t.sin(x), t.cos(x)); // sin x cos x, derivative cos 2x
        assertEquals(Math.cos(3.0), t.gradient(f, x)[0], 1e-15);
    }

    @Test
    void constantsOnEitherSideOfAnOperation() {
        Tape t = new Tape();
        int x = t.variable(0.5);
        int f = t.add(t.sub(2.0, x), t.div(1.0, x)); // 2 - x + 1/x
        assertEquals(2 - 0.5 + 2, t.value(f), 0.0);
        assertEquals(-1 - 4, t.gradient(f, x)[0], 1e-15);
        int g = t.pow(x, 3.0);
        assertEquals(3 * 0.25, t.gradient(g, x)[0], 1e-15);
    }

    @Test
    void jacobianOfAVectorFunction() {
        Jacobian j = Jacobians.of((ops, v) -> new int[] {
            ops.mul(v[0], v[1]), ops.add(v[0], v[1]), ops.sin(v[0])
        }).at(0.3, -1.2);
        assertArrayEquals(new double[] {-0.36, -0.9, Math.sin(0.3)}, j.values(), 1e-15);
        assertArrayEquals(new double[] {-1.2, 0.3}, j.row(0), 0.0);
        assertArrayEquals(new double[] {1.0, 1.0}, j.row(1), 0.0);
        assertArrayEquals(new double[] {Math.cos(0.3), 0.0}, j.row(2), 0.0);
    }

    @Test
    void functionalApiEvaluatesValueAndGradient() {
        Gradients g = Gradients.of((ops, x) -> ops.mul(x[0], ops.sin(x[1])));
        Gradient r = g.at(0.3, -1.2);
        assertEquals(0.3 * Math.sin(-1.2), r.value(), 0.0);
        assertArrayEquals(new double[] {Math.sin(-1.2), 0.3 * Math.cos(-1.2)}, r.gradient(), 1e-15);
        assertEquals(0.3 * Math.sin(-1.2), g.valueAt(0.3, -1.2), 0.0);
        assertEquals(2 * Math.sin(1.0), g.at(2.0, 1.0).value(), 0.0);
    }

    @Test
    void noGradEvaluatesWithoutRecordingAndRestoresTheMode() {
        Tape t = new Tape();
        int x = t.variable(0.7);
        int detached;
        try (Tape.Scope outer = t.noGrad()) {
            assertFalse(t.isRecording());
            try (Tape.Scope inner = t.noGrad()) {
                detached = t.sin(x);
            }
            assertFalse(t.isRecording(), "closing a nested scope keeps the outer one");
        }
        assertTrue(t.isRecording());
        assertEquals(Math.sin(0.7), t.value(detached), 0.0);
        int f = t.add(detached, t.mul(x, 2.0));
        assertEquals(2.0, t.gradient(f, x)[0], 0.0, "no gradient flows through the no-grad node");
    }

    @Test
    void resetReusesTheStorageAndGivesIdenticalResults() {
        Tape t = new Tape(4);
        double[] first = record(t);
        int capacity = t.capacity();
        for (int i = 0; i < 5; i++) {
            t.reset();
            assertEquals(0, t.size());
            assertArrayEquals(first, record(t), 0.0);
            assertEquals(capacity, t.capacity(), "no reallocation after the first use");
        }
    }

    private static double[] record(Tape t) {
        int[] v = t.variables(0.3, -1.2, 2.5);
        int f = t.sigmoid(t.add(t.mul(v[0], t.tanh(v[1])), t.log(v[2])));
        for (int i = 0; i < 50; i++) {
            f = t.add(t.mul(f, v[0]), t.sin(f));
        }
        double[] g = t.gradient(f, v);
        return new double[] {t.value(f), g[0], g[1], g[2]};
    }

    @Test
    void rewindKeepsWhatCameBeforeTheMark() {
        Tape t = new Tape();
        int w = t.variable(3.0);
        int mark = t.mark();
        for (int step = 0; step < 3; step++) {
            t.rewind(mark);
            int f = t.mul(w, t.constant(step));
            assertEquals(step, t.gradient(f, w)[0], 0.0);
            assertEquals(3, t.size(), "w, the constant and the product");
        }
    }

    @Test
    void nodesOfADiscardedTapeAreRejectedWithAnExplanation() {
        Tape t = new Tape();
        int x = t.variable(1.0);
        int y = t.exp(x);
        t.reset();
        t.variable(2.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.sin(y));
        assertTrue(e.getMessage().endsWith("was discarded by reset(): a reset tape accepts only the nodes recorded since"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.value(0));
        assertThrows(IllegalArgumentException.class, () -> t.rewind(7));
        int z = t.variable(3.0);
        int mark = t.mark();
        int w = t.sin(z);
        t.rewind(mark);
        IllegalArgumentException rewound = assertThrows(IllegalArgumentException.class, () -> t.value(w));
        assertTrue(rewound.getMessage().contains("was discarded by rewind(mark)"), rewound.getMessage());
        assertThrows(IllegalStateException.class, () -> t.adjoint(z));
    }

    /** A literal where a node belongs was read as a node: pow(x, 2) with x = 3 and y = 5 on the tape gave 3^5. */
    @Test
    void numbersWhereNodesBelongAreRefused() {
        Tape t = new Tape();
        int x = t.variable(3.0);
        t.variable(5.0);
        for (java.util.function.IntSupplier misuse : java.util.List.<java.util.function.IntSupplier>of(
                () -> t.pow(x, 2), () -> t.mul(x, 2), () -> t.add(x, 1), () -> t.add(1, x))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, misuse::getAsInt);
            assertTrue(e.getMessage().matches("[12] is not a node of this tape: a number where a node belongs\\? .*"), e.getMessage());
        }
        assertEquals(9.0, t.value(t.pow(x, 2.0)), 0.0, "a constant goes in as a double");
        assertEquals(6.0, t.gradient(t.pow(x, 2.0), x)[0], 0.0);
    }

    @Test
    void nodesOfAnotherTapeAreRefused() {
        Tape first = new Tape();
        Tape second = new Tape();
        int x = first.variable(2.0);
        second.variable(1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> second.exp(x));
        assertTrue(e.getMessage().endsWith("belongs to another tape (or is no node at all)"), e.getMessage());
        assertEquals(Math.exp(2.0), first.value(first.exp(x)), 0.0);
    }

    @Test
    void aNaNTheOutputDoesNotDependOnDoesNotPoisonTheGradient() {
        Tape t = new Tape();
        int x = t.variable(-1.0);
        int unrelated = t.sqrt(x); // NaN, with partial NaN
        int f = t.mul(x, 3.0);
        assertTrue(Double.isNaN(t.value(unrelated)));
        assertEquals(3.0, t.gradient(f, x)[0], 0.0);
    }

    @Test
    void adjointsOfNodesRecordedAfterTheOutputAreZero() {
        Tape t = new Tape();
        int x = t.variable(1.0);
        int f = t.mul(x, x);
        int later = t.exp(x);
        t.backward(f);
        assertEquals(0.0, t.adjoint(later), 0.0);
        assertEquals(2.0, t.adjoint(x), 0.0);
    }

    /**
     * Ten million recorded operations: the backward loop is iterative (no stack to overflow), and
     * the storage stays within the 1.5x growth factor of 32 bytes per node.
     */
    @Test
    void aChainOfTenMillionOperationsDifferentiates() {
        int steps = 5_000_000;
        Tape t = new Tape();
        int x = t.variable(0.5);
        int v = x;
        double value = 0.5;
        double derivative = 1.0;
        for (int k = 0; k < steps; k++) {
            v = t.mul(t.sin(v), 1.0000001);
            derivative *= Math.cos(value) * 1.0000001;
            value = Math.sin(value) * 1.0000001;
        }
        assertEquals(2 * steps + 1, t.size());
        assertEquals(value, t.value(v), 0.0);
        assertEquals(derivative, t.gradient(v, x)[0], Math.abs(derivative) * 1e-12);
        assertTrue(derivative > 0 && derivative < 1e-6, "a meaningful, non-trivial product: " + derivative);
        assertTrue(t.capacity() <= 1.5 * t.size() + 32, "capacity " + t.capacity() + " for " + t.size() + " nodes");
    }
}

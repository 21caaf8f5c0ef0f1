package dev.gradus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.Tape;
import org.junit.jupiter.api.Test;

/**
 * The benchmarked chain computes what the anchors compute: PyTorch's scalar_torch.py and the
 * Python tape print f = 0.74618233633391562 and a gradient sum of 0.22183889052440497 for
 * 200,000 and 1,000,000 nodes (the PyTorch reference program's results).
 */
class ScalarChainTest {
    private static final double ANCHOR_F = 0.74618233633391562;
    private static final double ANCHOR_GRADIENT_SUM = 0.22183889052440497;

    @Test
    void valueAndGradientAgreeWithPyTorch() {
        int blocks = 200_000 / 8;
        double[] inputs = ScalarChain.inputs();
        Tape tape = new Tape();
        int[] x = tape.variables(inputs);
        int out = ScalarChain.record(tape, x, blocks);
        double sum = 0;
        for (double g : tape.gradient(out, x)) {
            sum += g;
        }
        assertEquals(ANCHOR_F, tape.value(out), 1e-15);
        assertEquals(ANCHOR_GRADIENT_SUM, sum, 1e-15);
        assertEquals(ANCHOR_F, ScalarChain.plain(inputs, blocks), 1e-15);
        assertEquals(ANCHOR_F, ScalarChain.plainWithTable(inputs, blocks), 1e-15);
    }
}

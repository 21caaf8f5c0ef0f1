package dev.gradus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.Tape;
import org.junit.jupiter.api.Test;

/**
 * The benchmarked chain computes what the reference programs compute: bench/reference's
 * scalar_chain_torch.py (PyTorch) and scalar_chain_tape.py (a plain Python tape) print value
 * 0.74618233633391562 and gradient_sum 0.22183889052440497 for 100,000, 200,000 and 1,000,000
 * operations.
 */
class ScalarChainTest {
    private static final double PYTORCH_VALUE = 0.74618233633391562;
    private static final double PYTORCH_GRADIENT_SUM = 0.22183889052440497;

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
        assertEquals(PYTORCH_VALUE, tape.value(out), 1e-15);
        assertEquals(PYTORCH_GRADIENT_SUM, sum, 1e-15);
        assertEquals(PYTORCH_VALUE, ScalarChain.plain(inputs, blocks), 1e-15);
        assertEquals(PYTORCH_VALUE, ScalarChain.plainWithTable(inputs, blocks), 1e-15);
    }
}

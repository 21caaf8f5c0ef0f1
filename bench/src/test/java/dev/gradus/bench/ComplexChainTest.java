package dev.gradus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.complex.Wirtinger;
import org.junit.jupiter.api.Test;

/** The benchmarked complex chain: the tape computes what plain complex arithmetic computes, and it is holomorphic. */
class ComplexChainTest {

    @Test
    void tapeAndPlainArithmeticAgreeAndTheChainIsHolomorphic() {
        ComplexChainBenchmark benchmark = new ComplexChainBenchmark();
        Complex plain = benchmark.plain();
        ComplexTape t = new ComplexTape();
        int[] w = t.variables(ComplexChainBenchmark.inputs());
        int out = ComplexChainBenchmark.record(t, w, ComplexChainBenchmark.OPERATIONS / 8);
        assertEquals(plain.re(), t.valueRe(out), 1e-12);
        assertEquals(plain.im(), t.valueIm(out), 1e-12);
        for (Wirtinger pair : t.wirtinger(out, w)) {
            assertEquals(Complex.ZERO, pair.dzbar());
        }
    }
}

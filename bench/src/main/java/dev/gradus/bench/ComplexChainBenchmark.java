package dev.gradus.bench;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.complex.Wirtinger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scalar chain in complex numbers: blocks of v*w, v+w, sin, v*w, tanh, exp, v+w, sigmoid over
 * 16 complex inputs, 1e5 operations; nanoseconds per operation for the function in plain
 * {@link Complex} arithmetic and for value plus the Wirtinger pairs of all 16 inputs on the
 * complex tape (forward and the general two-adjoint backward sweep).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Xmx2g")
public class ComplexChainBenchmark {
    static final int OPERATIONS = 100_000;
    private static final int INPUTS = 16;

    private final Complex[] inputs = inputs();
    private final ComplexTape tape = new ComplexTape(OPERATIONS + 64);

    static Complex[] inputs() {
        Complex[] w = new Complex[INPUTS];
        for (int j = 0; j < INPUTS; j++) {
            w[j] = new Complex(0.9 * Math.cos(1.3 * j + 0.4), 0.3 * Math.sin(0.7 * j));
        }
        return w;
    }

    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public Complex plain() {
        Complex v = inputs[0];
        for (int b = 0; b < OPERATIONS / 8; b++) {
            int r = 4 * (b % (INPUTS / 4));
            v = v.times(inputs[r]).plus(inputs[r + 1]).sin().times(inputs[r + 2]).tanh().exp().plus(inputs[r + 3]);
            v = Complex.ONE.dividedBy(v.negate().exp().plus(1));
        }
        return v;
    }

    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public Wirtinger[] wirtinger() {
        tape.reset();
        int[] w = tape.variables(inputs);
        return tape.wirtinger(record(tape, w, OPERATIONS / 8), w);
    }

    static int record(ComplexTape t, int[] w, int blocks) {
        int v = w[0];
        for (int b = 0; b < blocks; b++) {
            int r = 4 * (b % (INPUTS / 4));
            v = t.mul(v, w[r]);
            v = t.add(v, w[r + 1]);
            v = t.sin(v);
            v = t.mul(v, w[r + 2]);
            v = t.tanh(v);
            v = t.exp(v);
            v = t.add(v, w[r + 3]);
            v = t.sigmoid(v);
        }
        return v;
    }
}

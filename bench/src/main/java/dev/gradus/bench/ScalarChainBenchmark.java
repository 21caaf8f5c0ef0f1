package dev.gradus.bench;

import dev.gradus.autodiff.Tape;
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
 * Cost per recorded operation of the reference programs' scalar chain (bench/reference), at 1e5
 * and 1e6 operations. Every figure is nanoseconds per operation of the chain (JMH divides by
 * {@code @OperationsPerInvocation}):
 *
 * <ul>
 *   <li>{@code plain}: the function in plain doubles with java.lang.Math, as a user writes it;
 *   <li>{@code plainTable}: plain doubles with the table's functions: the same arithmetic as
 *       the tape without the tape, so gradient / plainTable is the cost of the tape itself;
 *   <li>{@code gradient}: reset the tape, record the chain, one backward sweep, read the 16
 *       partials: what a user pays for value and gradient;
 *   <li>{@code record}: recording only (value plus local partials);
 *   <li>{@code noGrad}: the function on the tape without recording derivatives.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Xmx2g")
public class ScalarChainBenchmark {
    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;

    private final double[] inputs = ScalarChain.inputs();
    private final Tape tape = new Tape(LARGE + 64);

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double plain_1e5() {
        return ScalarChain.plain(inputs, SMALL / 8);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public double plain_1e6() {
        return ScalarChain.plain(inputs, LARGE / 8);
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double plainTable_1e5() {
        return ScalarChain.plainWithTable(inputs, SMALL / 8);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public double plainTable_1e6() {
        return ScalarChain.plainWithTable(inputs, LARGE / 8);
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double[] gradient_1e5() {
        return gradient(SMALL);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public double[] gradient_1e6() {
        return gradient(LARGE);
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public int record_1e5() {
        return record(SMALL);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public int record_1e6() {
        return record(LARGE);
    }

    @Benchmark
    @OperationsPerInvocation(SMALL)
    public double noGrad_1e5() {
        return noGrad(SMALL);
    }

    @Benchmark
    @OperationsPerInvocation(LARGE)
    public double noGrad_1e6() {
        return noGrad(LARGE);
    }

    private double[] gradient(int operations) {
        return ScalarChain.gradient(tape, inputs, operations);
    }

    private int record(int operations) {
        tape.reset();
        int[] x = tape.variables(inputs);
        return ScalarChain.record(tape, x, operations / 8);
    }

    private double noGrad(int operations) {
        tape.reset();
        int[] x = tape.variables(inputs);
        try (Tape.Scope s = tape.noGrad()) {
            return tape.value(ScalarChain.record(tape, x, operations / 8));
        }
    }
}

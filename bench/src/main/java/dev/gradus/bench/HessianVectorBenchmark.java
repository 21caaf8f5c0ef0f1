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
 * A Hessian-vector product against a gradient of the same function, the scalar chain of
 * {@link ScalarChain} at 1e5 operations over its 16 inputs, in nanoseconds per operation of the
 * chain. Each figure includes resetting the tape and recording the chain, as a user pays it:
 *
 * <ul>
 *   <li>{@code gradient}: the plain tape, record and one backward sweep;
 *   <li>{@code gradientOnSecondOrderTape}: the same on a {@link Tape#secondOrder()} tape, which
 *       also records the second partials (what the option costs a gradient);
 *   <li>{@code hessianVectorProduct}: the second-order tape, record, then the forward tangent
 *       sweep and the reverse sweep of (adjoint, tangent adjoint) pairs: H v and the gradient.
 * </ul>
 * The issue asks hessianVectorProduct / gradient to be at most 5.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Xmx2g")
public class HessianVectorBenchmark {
    private static final int OPERATIONS = 100_000;

    private final double[] inputs = ScalarChain.inputs();
    private final double[] direction = direction();
    private final Tape plain = new Tape(OPERATIONS + 64);
    private final Tape secondOrder = Tape.secondOrder();

    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public double[] gradient() {
        return ScalarChain.gradient(plain, inputs, OPERATIONS);
    }

    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public double[] gradientOnSecondOrderTape() {
        return ScalarChain.gradient(secondOrder, inputs, OPERATIONS);
    }

    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public double[] hessianVectorProduct() {
        secondOrder.reset();
        int[] x = secondOrder.variables(inputs);
        int out = ScalarChain.record(secondOrder, x, OPERATIONS / 8);
        return secondOrder.hessianVectorProduct(out, x, direction);
    }

    /** A fixed direction with no zero entry, so that every input's tangent is live. */
    private static double[] direction() {
        double[] v = new double[ScalarChain.INPUTS];
        for (int j = 0; j < v.length; j++) {
            v[j] = 0.5 + 0.25 * Math.sin(2.1 * j);
        }
        return v;
    }
}

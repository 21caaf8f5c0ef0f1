package dev.gradus.bench;

import dev.gradus.autodiff.tensor.MatrixKernels;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The five matrix products of one training step of a [784,30,10] network (weights stored out x
 * in, as nn does), at mini-batches of 10 and 100, with the Vector API kernels and the plain Java
 * ones, in microseconds per product. The shapes are those of notes/KERNELS.md, so the figures
 * compare with its table:
 *
 * <ul>
 *   <li>{@code fwd1}: Z1 = X W1^T, (B x 784)(784 x 30);
 *   <li>{@code fwd2}: Z2 = A1 W2^T, (B x 30)(30 x 10);
 *   <li>{@code dW2}: delta2^T A1, (10 x B)(B x 30);
 *   <li>{@code d1}: delta2 W2, (B x 10)(10 x 30);
 *   <li>{@code dW1}: delta1^T X, (30 x B)(B x 784);
 *   <li>{@code step}: the five in a row.
 * </ul>
 *
 * Each fork runs one kernel, chosen with the system property {@code gradus.kernels} before the
 * first call of {@link MatrixKernels#best()}, as a user would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
public class MatrixKernelsBenchmark {
    private static final int IN = 784;
    private static final int HIDDEN = 30;
    private static final int OUT = 10;

    @Param({"10", "100"})
    public int batch;

    @Param({"vector", "scalar"})
    public String kernels;

    private MatrixKernels k;
    private double[] x;
    private double[] w1;
    private double[] z1;
    private double[] a1;
    private double[] w2;
    private double[] z2;
    private double[] delta2;
    private double[] delta1;
    private double[] dW2;
    private double[] dW1;

    @Setup
    public void setUp() {
        System.setProperty("gradus.kernels", kernels);
        k = MatrixKernels.best();
        if (!k.toString().startsWith(kernels)) {
            throw new IllegalStateException("asked for " + kernels + " kernels, got " + k);
        }
        SplittableRandom random = new SplittableRandom(7);
        x = uniform(random, batch * IN);
        w1 = uniform(random, HIDDEN * IN);
        z1 = new double[batch * HIDDEN];
        a1 = uniform(random, batch * HIDDEN);
        w2 = uniform(random, OUT * HIDDEN);
        z2 = new double[batch * OUT];
        delta2 = uniform(random, batch * OUT);
        delta1 = uniform(random, batch * HIDDEN);
        dW2 = new double[OUT * HIDDEN];
        dW1 = new double[HIDDEN * IN];
    }

    private static double[] uniform(SplittableRandom random, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextDouble(-0.5, 0.5);
        }
        return values;
    }

    @Benchmark
    public double[] fwd1() {
        k.multTransB(x, 0, w1, 0, z1, 0, batch, IN, HIDDEN, false);
        return z1;
    }

    @Benchmark
    public double[] fwd2() {
        k.multTransB(a1, 0, w2, 0, z2, 0, batch, HIDDEN, OUT, false);
        return z2;
    }

    @Benchmark
    public double[] dW2() {
        k.multTransA(delta2, 0, a1, 0, dW2, 0, OUT, batch, HIDDEN, false);
        return dW2;
    }

    @Benchmark
    public double[] d1() {
        k.mult(delta2, 0, w2, 0, delta1, 0, batch, OUT, HIDDEN, false);
        return delta1;
    }

    @Benchmark
    public double[] dW1() {
        k.multTransA(delta1, 0, x, 0, dW1, 0, HIDDEN, batch, IN, false);
        return dW1;
    }

    @Benchmark
    public double[] step() {
        fwd1();
        fwd2();
        dW2();
        d1();
        return dW1();
    }
}

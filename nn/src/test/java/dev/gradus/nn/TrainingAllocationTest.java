package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.data.DataSet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Once compiled, a training step allocates nothing that grows with the network, with every
 * learning rule: no buffer per node, no vector boxed in the kernels. Here a step allocates 0
 * bytes. Whether C2 also removes a step's last few small objects (a tensor view, a vector it could
 * not keep in a register) depends on its inlining, and that on what the JVM ran before: in the
 * test JVM, after other test classes, one rule was seen to allocate 64 bytes a step and, on the CI
 * machine, every rule 128 (two small objects). So each rule is measured in a child JVM that only
 * trains, as {@code gradus train} does, with {@code -Xbatch} so that each compilation finishes
 * before the code goes on, and the bound is 256 bytes a step: what this test is for, boxed vectors
 * or per-node buffers, is kilobytes a step (22,656 to 36,760 bytes with the C1 compiler alone,
 * which boxes every vector).
 */
class TrainingAllocationTest {
    private static final double MAX_BYTES_PER_STEP = 256;

    @ParameterizedTest
    @CsvSource({"SGD, 1", "SGD, 2", "MOMENTUM, 2", "VARIO_ETA, 2", "ADAM, 2"})
    void stepsAllocateNothingThatGrowsWithTheNetworkOnceCompiled(LearningRule rule, int batch) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector", "-Xbatch",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), rule.name(), Integer.toString(batch))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), out);
        double perStep = Double.parseDouble(out);
        assertTrue(perStep < MAX_BYTES_PER_STEP, rule + ", batches of " + batch + ": " + perStep + " bytes allocated per step");
    }

    /**
     * The child JVM: an epoch to compile the step, then the bytes this thread allocates over
     * 180,000 steps of the next. The thread's counter moves a TLAB at a time (up to megabytes), so
     * the window must be long for a few bytes a step to stand out.
     */
    static final class Probe {
        private static final int FROM = 10_000;
        private static final int TO = 190_000;

        public static void main(String[] args) throws TrainingDiverged {
            LearningRule rule = LearningRule.valueOf(args[0]);
            int batch = Integer.parseInt(args[1]);
            DataSet data = Blobs.of(TO * batch + 1_000, 0.3, 4);
            Network net = new Network(new int[] {10, 6, 10}, new UnaryFunction[] {UnaryFunction.SIGMOID}, Cost.CROSS_ENTROPY,
                    Initializer.NETWORK2_DEFAULT, 5);
            Sgd sgd = new Sgd(new Sgd.Settings(0.01, 0.1, batch, 1, 1), rule.create(), MatrixKernels.best());
            Sgd.Monitoring none = new Sgd.Monitoring(false, false, false, false);
            sgd.train(net, data, null, none, r -> { }, i -> { });
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long[] bytes = new long[2];
            sgd.train(net, data, null, none, r -> { }, i -> {
                if (i == FROM) {
                    bytes[0] = threads.getCurrentThreadAllocatedBytes();
                } else if (i == TO) {
                    bytes[1] = threads.getCurrentThreadAllocatedBytes();
                }
            });
            System.out.println((bytes[1] - bytes[0]) / (double) (TO - FROM));
        }
    }
}

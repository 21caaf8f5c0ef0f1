package dev.gradus.autodiff.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Once compiled, the vector kernels allocate nothing. A DoubleVector that C2 cannot keep in a
 * register becomes an object, one per operation, and the training loop then allocates megabytes a
 * second; it happened once already (see {@code VectorKernels.put}), and only after the kernels had
 * seen several shapes, so this runs every form on a mix of shapes. It runs in a child JVM with
 * {@code -Xbatch}, where each compilation finishes before the code goes on, so that the measured
 * round does not depend on how busy the compiler threads are.
 */
class VectorKernelsAllocationTest {
    private static final int[][] SHAPES = {{1, 4, 6}, {3, 5, 7}, {2, 9, 17}, {10, 784, 30}, {30, 10, 784}, {100, 30, 10}};

    @Test
    void allocateNothingOnceCompiled() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector", "-Xbatch",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), out);
        assertEquals("allocated 0 bytes", out);
    }

    /** The child JVM: three rounds over every shape, form and mode; the bytes allocated in the last. */
    static final class Probe {
        public static void main(String[] args) {
            MatrixKernels kernels = KernelSelection.vector();
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            SplittableRandom random = new SplittableRandom(3);
            double[] a = random.doubles(30_000, -1, 1).toArray();
            double[] b = random.doubles(30_000, -1, 1).toArray();
            double[] c = new double[30_000];
            long allocated = 0;
            for (int round = 0; round < 3; round++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                for (int[] s : SHAPES) {
                    int m = s[0], k = s[1], n = s[2];
                    for (int i = 0, reps = 2_000_000 / (m * k * n + 100) + 2; i < reps; i++) {
                        boolean accumulate = i % 2 == 0;
                        kernels.mult(a, 0, b, 0, c, 0, m, k, n, accumulate);
                        kernels.multTransA(a, 0, b, 0, c, 0, m, k, n, accumulate);
                        kernels.multTransB(a, 0, b, 0, c, 0, m, k, n, accumulate);
                    }
                }
                allocated = threads.getCurrentThreadAllocatedBytes() - before;
            }
            System.out.println("allocated " + allocated + " bytes");
        }
    }
}

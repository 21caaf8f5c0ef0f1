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
 * round does not depend on how busy the compiler threads are. The same holds for the products
 * shared with the helper thread, counted on both threads.
 */
class VectorKernelsAllocationTest {
    private static final int[][] SHAPES = {{1, 4, 6}, {3, 5, 7}, {2, 9, 17}, {10, 784, 30}, {30, 10, 784}, {100, 30, 10}, {100, 784, 30}};

    @Test
    void allocateNothingOnceCompiled() throws IOException, InterruptedException {
        assertEquals("allocated 0 bytes", probe("one-thread"));
    }

    @Test
    void sharedProductsAllocateNothingOnEitherThread() throws IOException, InterruptedException {
        assertEquals("allocated 0 bytes", probe("two-core"));
    }

    private static String probe(String kernels) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector", "-Xbatch",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), kernels)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), out);
        return out;
    }

    /**
     * The child JVM: three rounds over every shape, form and mode; the bytes allocated in the last,
     * by this thread and (with {@code two-core}) the helper.
     */
    static final class Probe {
        public static void main(String[] args) {
            MatrixKernels kernels = args[0].equals("two-core")
                    ? new TwoCoreKernels(KernelSelection.vector(), HelperCore.SHARED) : KernelSelection.vector();
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            SplittableRandom random = new SplittableRandom(3);
            double[] a = random.doubles(100_000, -1, 1).toArray();
            double[] b = random.doubles(100_000, -1, 1).toArray();
            double[] c = new double[100_000];
            long allocated = 0;
            kernels.multTransB(a, 0, b, 0, c, 0, 100, 100, 30, false); // starts the helper, if shared
            long helper = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("gradus-kernels-helper"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
            for (int round = 0; round < 3; round++) {
                long before = allocated(threads, helper);
                for (int[] s : SHAPES) {
                    int m = s[0], k = s[1], n = s[2];
                    for (int i = 0, reps = 2_000_000 / (m * k * n + 100) + 2; i < reps; i++) {
                        boolean accumulate = i % 2 == 0;
                        kernels.mult(a, 0, b, 0, c, 0, m, k, n, accumulate);
                        kernels.multTransA(a, 0, b, 0, c, 0, m, k, n, accumulate);
                        kernels.multTransB(a, 0, b, 0, c, 0, m, k, n, accumulate);
                    }
                }
                allocated = allocated(threads, helper) - before;
            }
            System.out.println("allocated " + allocated + " bytes");
        }

        private static long allocated(com.sun.management.ThreadMXBean threads, long helper) {
            return threads.getCurrentThreadAllocatedBytes() + (helper < 0 ? 0 : threads.getThreadAllocatedBytes(helper));
        }
    }
}

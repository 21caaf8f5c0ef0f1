package dev.gradus.autodiff.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which kernels {@link MatrixKernels#best()} picks. The build runs tests with the Vector API
 * (surefire's argLine in the parent pom); a child JVM started without it checks the fallback.
 */
class KernelSelectionTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(KernelSelection.PROPERTY);
        System.clearProperty(KernelSelection.THREADS_PROPERTY);
    }

    @Test
    void picksTheVectorKernelsWhenTheModuleIsPresent() {
        assertTrue(KernelSelection.vectorModulePresent(), "the tests run with --add-modules jdk.incubator.vector");
        MatrixKernels best = MatrixKernels.best();
        boolean twoCores = Runtime.getRuntime().availableProcessors() >= 2;
        assertEquals(twoCores ? "TwoCoreKernels" : "VectorKernels", best.getClass().getSimpleName());
        assertTrue(best.toString().startsWith("vector ("), best.toString());
        System.setProperty(KernelSelection.THREADS_PROPERTY, "1");
        assertSame(KernelSelection.vector(), MatrixKernels.best());
        System.setProperty(KernelSelection.THREADS_PROPERTY, "2");
        assertEquals("TwoCoreKernels", MatrixKernels.best().getClass().getSimpleName());
        System.setProperty(KernelSelection.THREADS_PROPERTY, "many");
        assertThrows(IllegalArgumentException.class, MatrixKernels::best);
    }

    @Test
    void thePropertyForcesAChoice() {
        System.setProperty(KernelSelection.THREADS_PROPERTY, "1");
        System.setProperty(KernelSelection.PROPERTY, "scalar");
        assertSame(KernelSelection.scalar(), MatrixKernels.best());
        System.setProperty(KernelSelection.PROPERTY, "vector");
        assertSame(KernelSelection.vector(), MatrixKernels.best());
        System.setProperty(KernelSelection.PROPERTY, "blas");
        assertThrows(IllegalArgumentException.class, MatrixKernels::best);
    }

    /**
     * Without the module: the scalar kernels, forcing the vector ones fails with a message that
     * names the option, and {@code VectorKernels} is never even loaded (it could not be).
     */
    @Test
    void fallsBackWithoutLoadingTheVectorKernels() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                WithoutVectorModule.class.getName())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, process.waitFor(), () -> String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.matches("best: scalar( on 2 cores)?")), () -> String.join("\n", lines));
        assertTrue(lines.contains("forced: the vector kernels need the JVM option --add-modules jdk.incubator.vector"),
                () -> String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(line -> line.contains("VectorKernels")), () -> String.join("\n", lines));
    }

    /** The child JVM of {@link #fallsBackWithoutLoadingTheVectorKernels}. */
    static final class WithoutVectorModule {
        public static void main(String[] args) {
            MatrixKernels best = MatrixKernels.best();
            double[] c = new double[1];
            best.mult(new double[] {2}, 0, new double[] {3}, 0, c, 0, 1, 1, 1, false);
            System.out.println("best: " + best + (c[0] == 6 ? "" : " (wrong product)"));
            try {
                KernelSelection.vector();
            } catch (IllegalStateException e) {
                System.out.println("forced: " + e.getMessage());
            }
        }
    }
}

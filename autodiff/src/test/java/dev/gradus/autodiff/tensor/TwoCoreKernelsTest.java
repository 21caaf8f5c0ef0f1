package dev.gradus.autodiff.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gradus.autodiff.tensor.ProductCase.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Products shared with the helper thread are exactly those of the kernels underneath (every
 * element is the same sum), also when several threads share the helper, and a failure on either
 * thread reaches the caller and leaves the helper usable.
 */
class TwoCoreKernelsTest {
    private static final int[][] SHAPES = {
        {100, 784, 30}, {30, 100, 784}, {10, 784, 30}, {30, 10, 784}, {100, 30, 10}, {37, 211, 71}, {2, 999, 301},
        {301, 999, 2}, {64, 64, 64}, {3, 5, 7},
    };

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 100;
        for (String kernels : List.of("scalar", "vector")) {
            for (int[] s : SHAPES) {
                for (Form form : Form.values()) {
                    for (boolean accumulate : new boolean[] {false, true}) {
                        cases.add(Arguments.of(kernels, ProductCase.random(form, s[0], s[1], s[2], (int) (seed % 3), accumulate, seed++)));
                    }
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void giveExactlyTheUnderlyingKernelsResult(String name, ProductCase product) {
        MatrixKernels one = name.equals("vector") ? KernelSelection.vector() : KernelSelection.scalar();
        assertArrayEquals(run(one, product), run(new TwoCoreKernels(one, HelperCore.SHARED), product), product.toString());
    }

    @Test
    void transposedProductOfSomeColumnsOfAWiderMatrix() {
        // A is 50 x 40 as stored; C = A(:, 7..19)^T B, B 50 x 300.
        SplittableRandom random = new SplittableRandom(5);
        double[] a = random.doubles(50 * 40, -1, 1).toArray();
        double[] b = random.doubles(50 * 300, -1, 1).toArray();
        for (MatrixKernels kernels : List.of(KernelSelection.scalar(), KernelSelection.vector(),
                new TwoCoreKernels(KernelSelection.vector(), HelperCore.SHARED))) {
            double[] c = new double[13 * 300];
            kernels.multTransA(a, 7, 40, b, 0, c, 0, 13, 50, 300, false);
            for (int i = 0; i < 13; i++) {
                for (int j = 0; j < 300; j++) {
                    double sum = 0;
                    for (int p = 0; p < 50; p++) {
                        sum += a[p * 40 + 7 + i] * b[p * 300 + j];
                    }
                    assertEquals(sum, c[i * 300 + j], 1e-12, kernels + " C(" + i + ", " + j + ")");
                }
            }
        }
    }

    @Test
    void threadsThatShareTheHelperEachGetTheirOwnProduct() throws Exception {
        MatrixKernels one = KernelSelection.vector();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                ProductCase product = ProductCase.random(Form.values()[t % 3], 100, 300 + t, 60, 1, t % 2 == 0, 40 + t);
                double[] expected = run(one, product);
                MatrixKernels two = new TwoCoreKernels(one, HelperCore.SHARED);
                results.add(pool.submit(() -> {
                    start.await();
                    boolean same = true;
                    for (int r = 0; r < 200; r++) {
                        same &= java.util.Arrays.equals(expected, run(two, product));
                    }
                    return same;
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedProductThrowsToTheCallerAndTheHelperCarriesOn() {
        MatrixKernels two = new TwoCoreKernels(KernelSelection.vector(), HelperCore.SHARED);
        double[] tooShort = new double[100 * 784 - 1];
        assertThrows(IndexOutOfBoundsException.class,
                () -> two.multTransB(tooShort, 0, new double[30 * 784], 0, new double[100 * 30], 0, 100, 784, 30, false));
        ProductCase product = ProductCase.random(Form.ABT, 100, 784, 30, 0, false, 9);
        assertArrayEquals(run(KernelSelection.vector(), product), run(two, product));
    }

    private static double[] run(MatrixKernels kernels, ProductCase p) {
        double[] c = p.c().clone();
        switch (p.form()) {
            case AB -> kernels.mult(p.a(), p.aOff(), p.b(), p.bOff(), c, p.cOff(), p.m(), p.k(), p.n(), p.accumulate());
            case ATB -> kernels.multTransA(p.a(), p.aOff(), p.b(), p.bOff(), c, p.cOff(), p.m(), p.k(), p.n(), p.accumulate());
            case ABT -> kernels.multTransB(p.a(), p.aOff(), p.b(), p.bOff(), c, p.cOff(), p.m(), p.k(), p.n(), p.accumulate());
        }
        return c;
    }
}

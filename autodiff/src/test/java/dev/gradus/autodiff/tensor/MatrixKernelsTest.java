package dev.gradus.autodiff.tensor;

import dev.gradus.autodiff.tensor.ProductCase.Form;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both kinds of kernels against the naive triple loop, in every form, overwriting and
 * accumulating, with operands inside larger arrays: the edge shapes that exercise each partial
 * block (1, 2, 3, 5 and odd sizes against blocks of 2 and 4 rows and vectors of 4 or 8), and the
 * products of a [784,30,10] network at mini-batches of 10 and 100.
 */
class MatrixKernelsTest {
    private static final int[][] SHAPES = {
        {1, 1, 1}, {1, 1, 9}, {1, 9, 1}, {9, 1, 1}, {1, 17, 33}, {2, 3, 4}, {3, 5, 7}, {4, 4, 4}, {5, 8, 16},
        {7, 33, 9}, {8, 3, 23}, {13, 1, 40}, {6, 0, 5},
        {10, 784, 30}, {10, 30, 10}, {10, 10, 30}, {30, 10, 784},
        {100, 784, 30}, {100, 30, 10}, {10, 100, 30}, {100, 10, 30}, {30, 100, 784},
    };

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 1;
        for (String kernels : List.of("scalar", "vector")) {
            for (int[] shape : SHAPES) {
                for (Form form : Form.values()) {
                    for (boolean accumulate : new boolean[] {false, true}) {
                        int pad = (int) (seed % 4);
                        cases.add(Arguments.of(kernels, ProductCase.random(form, shape[0], shape[1], shape[2], pad, accumulate, seed++)));
                    }
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void agreesWithTheNaiveLoop(String kernels, ProductCase product) {
        product.check(kernels.equals("vector") ? KernelSelection.vector() : KernelSelection.scalar());
    }

    /** Every kernel's apply: the sigmoid is the table's to 2 ulps, from -800 to 800 (0 and 1 in the limits, no NaN), at offsets. */
    @org.junit.jupiter.api.Test
    void sigmoidIsTheTables() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[] x = new double[1003];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < 8 ? new double[] {0, -0.0, 800, -800, 36, -36, 1e-300, -745}[i] : random.nextDouble(-40, 40);
        }
        for (MatrixKernels kernels : List.of(KernelSelection.scalar(), KernelSelection.vector(),
                new TwoCoreKernels(KernelSelection.vector(), HelperCore.SHARED))) {
            double[] y = new double[x.length + 5];
            kernels.apply(dev.gradus.autodiff.functions.UnaryFunction.SIGMOID, x, 2, y, 5, x.length - 2);
            for (int i = 2; i < x.length; i++) {
                double expected = dev.gradus.autodiff.functions.UnaryFunction.SIGMOID.value(x[i]);
                double got = y[i + 3];
                if (!(Math.abs(got - expected) <= 2 * Math.ulp(expected))) {
                    org.junit.jupiter.api.Assertions.fail(kernels + ": sigmoid(" + x[i] + ") = " + got + ", the table's is " + expected);
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals(0, y[0] + y[1] + y[2] + y[3] + y[4], "nothing written before the offset");
            kernels.apply(dev.gradus.autodiff.functions.UnaryFunction.TANH, x, 0, y, 0, x.length);
            for (int i = 0; i < x.length; i++) {
                org.junit.jupiter.api.Assertions.assertEquals(dev.gradus.autodiff.functions.UnaryFunction.TANH.value(x[i]), y[i],
                        kernels + ": other functions are the table's, element by element");
            }
        }
    }
}

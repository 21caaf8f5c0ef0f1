package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import org.junit.jupiter.api.Test;

/** The sheet's chain with a skip connection, its derivative by hand, and the vanishing gradients it rescues. */
class SkipConnectionTest {
    private static double sig(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double sigPrime(double z) {
        return sig(z) * (1 - sig(z));
    }

    /**
     * N = 3, one unit per layer, s_3 = w_3 o_2 + b_3 + o_1, C = (o_3 - y)^2 / 2: the sheet's
     * d o_N/d w_1 = f'(s_N) (w_N d o_(N-1)/d w_1 + x f'(s_1)), with d o_2/d w_1 = f'(s_2) w_2 f'(s_1) x.
     */
    @Test
    void theChainsDerivativeIsTheSheets() {
        Network net = new Network(new int[] {1, 1, 1, 1}, new UnaryFunction[] {UnaryFunction.SIGMOID}, Cost.QUADRATIC,
                Initializer.NETWORK2_LARGE, 7).skip(1, 3);
        double x = 0.7;
        double y = 0.2;
        double w1 = net.weights(0)[0], w2 = net.weights(1)[0], w3 = net.weights(2)[0];
        double b1 = net.biases(0)[0], b2 = net.biases(1)[0], b3 = net.biases(2)[0];
        double s1 = w1 * x + b1, o1 = sig(s1);
        double s2 = w2 * o1 + b2, o2 = sig(s2);
        double s3 = w3 * o2 + b3 + o1, o3 = sig(s3);
        double do2dw1 = sigPrime(s2) * w2 * sigPrime(s1) * x;
        double do3dw1 = sigPrime(s3) * (w3 * do2dw1 + x * sigPrime(s1));

        TensorTape tape = new TensorTape(MatrixKernels.best());
        int cost = net.cost(tape, net.logits(tape, tape.input(new double[] {x}, 0, 1, 1), true), tape.input(new double[] {y}, 0, 1, 1));
        tape.backward(cost);
        assertEquals(0.5 * (o3 - y) * (o3 - y), tape.scalar(cost), 1e-15);
        assertEquals((o3 - y) * do3dw1, net.weightGradients(0)[0], 1e-15);
        assertEquals((o3 - y) * sigPrime(s3) * o2, net.weightGradients(2)[0], 1e-15);
    }

    @Test
    void theSkipConnectionRaisesTheFirstLayersGradientByOrdersOfMagnitude() {
        VanishingGradients.Result r = VanishingGradients.measure(10, 1, 200, 50, 3);
        assertTrue(r.firstLayerGain() > 1e4, "gain " + r.firstLayerGain());
        for (int l = 1; l < 10; l++) {
            assertTrue(r.withoutSkip()[l] > 3 * r.withoutSkip()[l - 1], "without the skip, layer " + (l + 1) + " gets more than layer " + l);
            double ratio = r.withSkip()[l] / r.withoutSkip()[l];
            assertTrue(ratio > 0.5 && ratio < 2, "layers 2..N hardly change: layer " + (l + 1) + " ratio " + ratio);
        }
    }

    @Test
    void aSkipJoinsLaterLayersOfTheSameWidth() {
        Network net = new Network(new int[] {5, 5, 3, 5}, new UnaryFunction[] {UnaryFunction.SIGMOID}, Cost.QUADRATIC,
                Initializer.NETWORK2_DEFAULT, 1);
        assertThrows(IllegalArgumentException.class, () -> net.skip(0, 1), "to the next layer");
        assertThrows(IllegalArgumentException.class, () -> net.skip(0, 4), "beyond the last layer");
        assertThrows(IllegalArgumentException.class, () -> net.skip(1, 0), "backwards");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.skip(0, 2));
        assertTrue(e.getMessage().contains("same width"), e.getMessage());
        net.skip(1, 3);
    }
}

package dev.gradus.nn.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The network's gradients are the sheet's BP1-BP4 written out by hand ({@link SheetBackprop}) for
 * a two-layer network 3 -> 4 -> 2: the gradient kept for each parameter p is
 * 2 dC/d conj(p) = 2 conj(dC/dp), with dC/dp from BP3 and BP4.
 */
class ComplexNetworkBackpropTest {
    private static final double TOL = 1e-13;

    private final SplittableRandom random = new SplittableRandom(2026);
    private final Complex[] input = randomVector(3);
    private final Complex[] target = randomVector(2);

    @ParameterizedTest
    @EnumSource(value = UnaryFunction.class, names = {"SIGMOID", "TANH"})
    void gradientsAreTwiceTheConjugatesOfBp3AndBp4(UnaryFunction activation) {
        ComplexNetwork net = randomNetwork(activation);
        SheetBackprop sheet = new SheetBackprop(net, input, target, false);
        double cost = net.accumulateGradient(new ComplexTape(), input, target);
        assertEquals(sheet.cost(target), cost, TOL);
        for (int l = 0; l < 2; l++) {
            for (int j = 0; j < net.sizes()[l + 1]; j++) {
                assertClose(sheet.dCdb(l, j).conjugate().times(2), net.biasGradient(l, j), "BP3, layer " + l + ", neuron " + j);
                for (int k = 0; k < net.sizes()[l]; k++) {
                    assertClose(sheet.dCdw(l, j, k).conjugate().times(2), net.weightGradient(l, j, k),
                            "BP4, layer " + l + ", w_" + j + k);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = UnaryFunction.class, names = {"SIGMOID", "TANH"})
    void bp1IsTheOutputDeltaAndBp2UsesThePlainTranspose(UnaryFunction activation) {
        ComplexNetwork net = randomNetwork(activation);
        SheetBackprop sheet = new SheetBackprop(net, input, target, false);
        net.accumulateGradient(new ComplexTape(), input, target);
        // BP1 by itself: delta^L_j = -1/2 conj(y_j - a_j) sigma'(z_j), against the output biases' gradients
        for (int j = 0; j < 2; j++) {
            Complex a = sheet.a[2][j];
            Complex s = sheet.z[1][j];
            Complex sigmaPrime = activation == UnaryFunction.SIGMOID ? a.times(Complex.ONE.minus(a)) : Complex.ONE.minus(a.times(a));
            Complex bp1 = target[j].minus(a).conjugate().times(-0.5).times(sigmaPrime);
            assertClose(bp1, sheet.delta[1][j], "BP1 written out, neuron " + j + " at z = " + s);
            assertClose(bp1.conjugate().times(2), net.biasGradient(1, j), "the tape's output delta, neuron " + j);
        }
        // Sending delta back through conj(w) (w^H) instead of w^T gives other hidden deltas, which the tape does not have
        SheetBackprop hermitian = new SheetBackprop(net, input, target, true);
        double largest = 0;
        for (int k = 0; k < 4; k++) {
            largest = Math.max(largest, hermitian.dCdb(0, k).conjugate().times(2).minus(net.biasGradient(0, k)).abs());
        }
        assertTrue(largest > 1e-3, "w^H would be indistinguishable here: " + largest);
    }

    @ParameterizedTest
    @EnumSource(value = UnaryFunction.class, names = {"SIGMOID", "TANH"})
    void gradientsOfTwoSamplesAddUpAndDescentStepsAgainstThem(UnaryFunction activation) {
        ComplexNetwork net = randomNetwork(activation);
        Complex[] input2 = randomVector(3);
        Complex[] target2 = randomVector(2);
        Complex expected = new SheetBackprop(net, input, target, false).dCdw(0, 2, 1)
                .plus(new SheetBackprop(net, input2, target2, false).dCdw(0, 2, 1)).conjugate().times(2);
        ComplexTape tape = new ComplexTape();
        net.accumulateGradient(tape, input, target);
        net.accumulateGradient(tape, input2, target2);
        assertClose(expected, net.weightGradient(0, 2, 1), "the sum over two samples");
        Complex before = net.weight(0, 2, 1);
        net.descend(0.25);
        assertClose(before.minus(expected.times(0.25)), net.weight(0, 2, 1), "w <- w - eta * 2 dC/d conj(w)");
        net.zeroGradients();
        assertEquals(Complex.ZERO, net.weightGradient(0, 2, 1));
    }

    private ComplexNetwork randomNetwork(UnaryFunction activation) {
        ComplexNetwork net = new ComplexNetwork(new int[] {3, 4, 2}, activation, 7);
        for (int l = 0; l < 2; l++) {
            for (int j = 0; j < net.sizes()[l + 1]; j++) {
                net.setBias(l, j, randomComplex());
                for (int k = 0; k < net.sizes()[l]; k++) {
                    net.setWeight(l, j, k, randomComplex().times(0.6));
                }
            }
        }
        return net;
    }

    private Complex[] randomVector(int n) {
        Complex[] v = new Complex[n];
        for (int i = 0; i < n; i++) {
            v[i] = randomComplex();
        }
        return v;
    }

    private Complex randomComplex() {
        return new Complex(random.nextDouble(-1, 1), random.nextDouble(-1, 1));
    }

    private static void assertClose(Complex expected, Complex actual, String what) {
        assertTrue(expected.minus(actual).abs() <= TOL * Math.max(1, expected.abs()), () -> what + ": " + actual + ", expected " + expected);
    }
}

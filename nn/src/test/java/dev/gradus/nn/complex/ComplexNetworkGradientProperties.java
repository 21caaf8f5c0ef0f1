package dev.gradus.nn.complex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The Wirtinger gradient 2 dC/d conj(p) the network keeps for each weight and bias against central
 * differences of the cost in Re p and Im p: its real part is dC/d(Re p), its imaginary part
 * dC/d(Im p). Pre-activations within 0.3 of a pole of the activation are assumed away.
 */
class ComplexNetworkGradientProperties {
    private static final double H = 1e-6;

    @Property(tries = 80)
    void everyGradientIsTheDerivativeInReAndIm(@ForAll @IntRange(min = 1, max = 3) int inputs,
                                               @ForAll @IntRange(min = 1, max = 3) int hidden,
                                               @ForAll @IntRange(min = 1, max = 2) int outputs,
                                               @ForAll boolean tanh,
                                               @ForAll("parts") List<Double> parts) {
        ComplexNetwork net = new ComplexNetwork(new int[] {inputs, hidden, outputs}, tanh ? UnaryFunction.TANH : UnaryFunction.SIGMOID, 1);
        Supplier<Complex> next = new Supplier<>() {
            int i;

            @Override
            public Complex get() {
                Complex c = new Complex(parts.get(i), parts.get(i + 1));
                i += 2;
                return c;
            }
        };
        int[] sizes = net.sizes();
        for (int l = 0; l < 2; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                net.setBias(l, j, next.get());
                for (int k = 0; k < sizes[l]; k++) {
                    net.setWeight(l, j, k, next.get());
                }
            }
        }
        Complex[] input = new Complex[inputs];
        for (int k = 0; k < inputs; k++) {
            input[k] = next.get();
        }
        Complex[] target = new Complex[outputs];
        for (int j = 0; j < outputs; j++) {
            target[j] = next.get();
        }
        Assume.that(new SheetBackprop(net, input, target, false).poleDistance() > 0.3);

        ComplexTape tape = new ComplexTape();
        net.accumulateGradient(tape, input, target);
        for (int l = 0; l < 2; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                int lj = l;
                int jj = j;
                check(net, tape, input, target, net.biasGradient(l, j), () -> net.bias(lj, jj), v -> net.setBias(lj, jj, v),
                        "b" + (l + 1) + "_" + j);
                for (int k = 0; k < sizes[l]; k++) {
                    int kk = k;
                    check(net, tape, input, target, net.weightGradient(l, j, k), () -> net.weight(lj, jj, kk),
                            v -> net.setWeight(lj, jj, kk, v), "w" + (l + 1) + "_" + j + k);
                }
            }
        }
    }

    /** 3-decimal parts in [-1, 1]: enough for every parameter, input and target of the largest network. */
    @Provide
    Arbitrary<List<Double>> parts() {
        return Arbitraries.doubles().between(-1, 1).ofScale(3).list().ofSize(2 * (3 * 3 + 3 + 2 * 3 + 2 + 3 + 2));
    }

    private static void check(ComplexNetwork net, ComplexTape tape, Complex[] input, Complex[] target, Complex gradient,
                              Supplier<Complex> get, Consumer<Complex> set, String what) {
        Complex saved = get.get();
        double[] partials = new double[2];
        Complex[] steps = {Complex.real(H), new Complex(0, H)};
        for (int d = 0; d < 2; d++) {
            set.accept(saved.plus(steps[d]));
            double up = net.cost(tape, input, target);
            set.accept(saved.minus(steps[d]));
            double down = net.cost(tape, input, target);
            partials[d] = (up - down) / (2 * H);
        }
        set.accept(saved);
        assertEquals(partials[0], gradient.re(), 1e-6 * Math.max(1, Math.abs(partials[0])), what + ": dC/d(Re p)");
        assertEquals(partials[1], gradient.im(), 1e-6 * Math.max(1, Math.abs(partials[1])), what + ": dC/d(Im p)");
    }
}

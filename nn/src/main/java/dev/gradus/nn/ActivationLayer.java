package dev.gradus.nn;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.tensor.TensorTape;
import java.util.Arrays;
import java.util.Random;

/**
 * An {@link Activation} at work in one hidden layer of {@code units} units, with what it keeps:
 * prelu's learned slopes and their gradient, rrelu's random source and its buffer of slopes (grown
 * to the largest batch seen, then reused: a training step allocates nothing), the fixed parameter
 * of leaky relu, elu and swish as a 1 x 1 array the tape can read.
 */
final class ActivationLayer {
    private final Activation activation;
    private final int units;
    private final double[] slopes;
    private final double[] slopeGradients;
    private final double[] constant;
    private final long seed;
    private Random random;
    private double[] drawn = new double[0];

    ActivationLayer(Activation activation, int units, long seed) {
        this.activation = activation;
        this.units = units;
        this.seed = seed;
        this.random = new Random(seed);
        if (activation instanceof Activation.PRelu p) {
            slopes = new double[units];
            Arrays.fill(slopes, p.initialSlope());
            slopeGradients = new double[units];
        } else {
            slopes = new double[0];
            slopeGradients = new double[0];
        }
        if (activation instanceof Activation.Fixed f) {
            constant = new double[] {f.parameter()};
        } else if (activation instanceof Activation.RandomizedLeakyRelu r) {
            constant = new double[] {(r.lower() + r.upper()) / 2};
        } else {
            constant = new double[0];
        }
    }

    Activation activation() {
        return activation;
    }

    /** Whether the layer learns something besides its weights and biases (prelu's slopes). */
    boolean learns() {
        return slopes.length > 0;
    }

    /** The learned values (prelu's slope per unit), live; empty for the other activations. */
    double[] values() {
        return slopes;
    }

    double[] gradients() {
        return slopeGradients;
    }

    /**
     * Records the activation of the pre-activations z (rows x units pieces) and returns the
     * layer's output (rows x units). With {@code training}, prelu's slopes get a gradient and
     * rrelu draws new slopes; without, the slopes are constants and rrelu uses the mean slope.
     */
    int record(TensorTape tape, int z, int rows, boolean training) {
        if (activation instanceof Activation.Table t) {
            return tape.apply(t.function(), z);
        }
        if (activation instanceof Activation.Fixed f) {
            return tape.apply(f.function(), z, tape.input(constant, 0, 1, 1));
        }
        if (activation instanceof Activation.PRelu) {
            int a = training ? tape.parameter(slopes, slopeGradients, 0, 1, units) : tape.input(slopes, 0, 1, units);
            return tape.apply(BinaryFunction.PRELU, z, a);
        }
        if (activation instanceof Activation.RandomizedLeakyRelu r) {
            if (!training) {
                return tape.apply(BinaryFunction.PRELU, z, tape.input(constant, 0, 1, 1));
            }
            if (drawn.length < rows * units) {
                drawn = new double[rows * units];
            }
            double width = r.upper() - r.lower();
            for (int i = 0; i < rows * units; i++) {
                drawn[i] = r.lower() + width * random.nextDouble();
            }
            return tape.apply(BinaryFunction.PRELU, z, tape.input(drawn, 0, rows, units));
        }
        return tape.groupMax(z, ((Activation.Maxout) activation).pieces());
    }

    /** Starts rrelu's random slopes again from the beginning, so that a pass can be repeated exactly. */
    void restartNoise() {
        random = new Random(seed);
    }
}

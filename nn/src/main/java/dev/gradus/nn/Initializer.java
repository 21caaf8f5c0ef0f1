package dev.gradus.nn;

import java.util.Random;

/**
 * How weights (out x in) and biases start. network2's default and "large" initialisers draw the
 * biases from N(0, 1) as network2 does; the others start the biases at 0.
 */
public enum Initializer {
    /** network2's default: weights N(0, 1/sqrt(n_in)), biases N(0, 1). */
    NETWORK2_DEFAULT,
    /** network2's large_weight_initializer: weights and biases N(0, 1). */
    NETWORK2_LARGE,
    /** The learning-rules lecture: uniform in (-3/sqrt(n_in), 3/sqrt(n_in)). */
    UNIFORM_3_OVER_SQRT_N,
    /** The lecture's "standard programme": uniform in (-0.3, 0.3). */
    UNIFORM_0_3,
    /** Xavier/Glorot: uniform in +-sqrt(6/(n_in + n_out)). */
    XAVIER,
    /** He: N(0, sqrt(2/n_in)), for relu layers. */
    HE,
    /** LeCun: N(0, sqrt(1/n_in)). */
    LECUN;

    void initialize(double[] weights, double[] biases, int in, int out, Random random) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(in, out, random);
        }
        boolean gaussianBiases = this == NETWORK2_DEFAULT || this == NETWORK2_LARGE;
        for (int i = 0; i < biases.length; i++) {
            biases[i] = gaussianBiases ? random.nextGaussian() : 0.0;
        }
    }

    private double weight(int in, int out, Random random) {
        return switch (this) {
            case NETWORK2_DEFAULT, LECUN -> random.nextGaussian() / Math.sqrt(in);
            case NETWORK2_LARGE -> random.nextGaussian();
            case UNIFORM_3_OVER_SQRT_N -> uniform(random, 3 / Math.sqrt(in));
            case UNIFORM_0_3 -> uniform(random, 0.3);
            case XAVIER -> uniform(random, Math.sqrt(6.0 / (in + out)));
            case HE -> random.nextGaussian() * Math.sqrt(2.0 / in);
        };
    }

    private static double uniform(Random random, double r) {
        return (2 * random.nextDouble() - 1) * r;
    }

    /** Reads "default", "large", "xavier", "he", "lecun", "uniform-3-over-sqrt-n", "uniform-0.3". */
    public static Initializer parse(String text) {
        String key = text.strip().toLowerCase(java.util.Locale.ROOT).replace("-", "_").replace(".", "_");
        return switch (key) {
            case "default", "network2", "network2_default" -> NETWORK2_DEFAULT;
            case "large", "network2_large" -> NETWORK2_LARGE;
            case "uniform_3_over_sqrt_n", "lecture" -> UNIFORM_3_OVER_SQRT_N;
            case "uniform_0_3" -> UNIFORM_0_3;
            case "xavier", "glorot" -> XAVIER;
            case "he" -> HE;
            case "lecun" -> LECUN;
            default -> throw new IllegalArgumentException("unknown initialiser '" + text
                    + "': default, large, uniform-3-over-sqrt-n, uniform-0.3, xavier, he or lecun");
        };
    }
}

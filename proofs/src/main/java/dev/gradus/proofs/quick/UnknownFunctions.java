package dev.gradus.proofs.quick;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Concrete stand-ins for a claim's unknown functions: f(u) = sin(a u + b) + c u with a, b, c drawn
 * per name, and its derivatives, so that a claim about f that fails for this f is not an identity.
 */
final class UnknownFunctions {
    private final Random random;
    private final Map<String, double[]> drawn = new HashMap<>();

    UnknownFunctions(long seed) {
        this.random = new Random(seed);
    }

    double value(String name, int order, double u) {
        double[] abc = drawn.computeIfAbsent(name, n -> new double[] {
                0.5 + random.nextDouble(), random.nextDouble() * 2 * Math.PI, random.nextDouble() - 0.5});
        double a = abc[0];
        double phase = a * u + abc[1];
        double sine = switch (order % 4) {
            case 0 -> Math.sin(phase);
            case 1 -> Math.cos(phase);
            case 2 -> -Math.sin(phase);
            default -> -Math.cos(phase);
        };
        double linear = order == 0 ? abc[2] * u : order == 1 ? abc[2] : 0;
        return Math.pow(a, order) * sine + linear;
    }
}

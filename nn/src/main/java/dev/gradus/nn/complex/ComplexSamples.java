package dev.gradus.nn.complex;

import dev.gradus.autodiff.complex.Complex;
import java.util.Random;

/**
 * Complex inputs with complex targets, sample i being {@code inputs[i]} -> {@code targets[i]}.
 */
public record ComplexSamples(Complex[][] inputs, Complex[][] targets) {
    public ComplexSamples {
        if (inputs.length != targets.length || inputs.length == 0) {
            throw new IllegalArgumentException("need as many targets as inputs, at least one: " + inputs.length + " inputs, "
                    + targets.length + " targets");
        }
    }

    public int size() {
        return inputs.length;
    }

    /**
     * Points z drawn uniformly from the disc |z| &lt;= radius, each mapped to centre + factor z: a
     * rotation by arg(factor) and a scaling by |factor| about the centre. One complex input, one
     * complex output. The map is holomorphic, as it must be for a network of holomorphic layers
     * to learn it (such a network is a holomorphic function of its input: it could not learn
     * conj(z), for example).
     */
    public static ComplexSamples rotation(Complex factor, Complex centre, double radius, int n, long seed) {
        if (n < 1 || !(radius > 0)) {
            throw new IllegalArgumentException("need n >= 1 and radius > 0, got n " + n + ", radius " + radius);
        }
        Random random = new Random(seed);
        Complex[][] inputs = new Complex[n][];
        Complex[][] targets = new Complex[n][];
        for (int i = 0; i < n; i++) {
            double r = radius * Math.sqrt(random.nextDouble()); // uniform in area
            double phi = 2 * Math.PI * random.nextDouble();
            Complex z = new Complex(r * Math.cos(phi), r * Math.sin(phi));
            inputs[i] = new Complex[] {z};
            targets[i] = new Complex[] {centre.plus(factor.times(z))};
        }
        return new ComplexSamples(inputs, targets);
    }
}

package dev.gradus.cli;

import dev.gradus.autodiff.Gradient;
import dev.gradus.autodiff.Gradients;
import dev.gradus.autodiff.ScalarFunction;
import dev.gradus.autodiff.Tape;
import dev.gradus.autodiff.check.GradientCheck;
import java.util.Locale;

/**
 * For now a demonstration of the tape on built-in examples: a gradient, its two checks, and the
 * cost of a long chain against plain doubles. The full {@code gradus} command replaces it.
 */
public final class Main {
    private static final int CHAIN = 1_000_000;

    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("usage: java -jar gradus.jar   (no arguments yet: the subcommands arrive with the gradus command)");
            System.exit(2);
        }
        ScalarFunction f = (ops, x) -> ops.sub(ops.add(ops.sigmoid(ops.mul(x[0], x[1])), ops.softplus(x[0])),
                ops.tanh(ops.div(x[1], 2.0)));
        System.out.println("f(x, y) = sigmoid(x*y) + softplus(x) - tanh(y/2) at x = 0.3, y = -1.2");
        Gradient g = Gradients.of(f).at(0.3, -1.2);
        System.out.printf(Locale.ROOT, "  value %.17g%n  df/dx %.17g%n  df/dy %.17g%n%n", g.value(), g.get(0), g.get(1));
        GradientCheck check = GradientCheck.withDefaults().names("x", "y");
        System.out.println(check.check(f, 0.3, -1.2));
        System.out.println();
        System.out.println(check.checkComplexStep(f, 0.3, -1.2));
        System.out.println();
        chainTiming();
    }

    /** The chain of bench/: blocks of v*x, v+x, sin, v*x, tanh, exp, v+x, sigmoid over 16 inputs. */
    private static void chainTiming() {
        double[] inputs = new double[16];
        for (int j = 0; j < inputs.length; j++) {
            inputs[j] = 0.9 * Math.cos(1.3 * j + 0.4);
        }
        Tape tape = new Tape(CHAIN + 64);
        double plain = 0;
        double taped = 0;
        long plainNanos = Long.MAX_VALUE;
        long tapeNanos = Long.MAX_VALUE;
        double gradientSum = 0;
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            plain = plainChain(inputs);
            long t1 = System.nanoTime();
            tape.reset();
            int[] x = tape.variables(inputs);
            int out = tapeChain(tape, x);
            double[] grad = tape.gradient(out, x);
            long t2 = System.nanoTime();
            taped = tape.value(out);
            gradientSum = 0;
            for (double d : grad) {
                gradientSum += d;
            }
            plainNanos = Math.min(plainNanos, t1 - t0);
            tapeNanos = Math.min(tapeNanos, t2 - t1);
        }
        System.out.printf(Locale.ROOT, "a chain of %,d operations (+, *, sin, exp, tanh, sigmoid), best of 5 runs:%n", CHAIN);
        System.out.printf(Locale.ROOT, "  plain doubles     %6.1f ns per operation (f = %.17g)%n", (double) plainNanos / CHAIN, plain);
        System.out.printf(Locale.ROOT, "  tape f + gradient %6.1f ns per operation (f = %.17g, sum of gradient %.17g)%n",
                (double) tapeNanos / CHAIN, taped, gradientSum);
        System.out.printf(Locale.ROOT, "  gradient / function = %.2f (quick timing; bench/ has the JMH figures)%n",
                (double) tapeNanos / plainNanos);
    }

    private static double plainChain(double[] x) {
        double v = x[0];
        for (int b = 0; b < CHAIN / 8; b++) {
            int r = 4 * (b % 4);
            v = Math.sin(v * x[r] + x[r + 1]) * x[r + 2];
            v = Math.exp(Math.tanh(v)) + x[r + 3];
            v = 1 / (1 + Math.exp(-v));
        }
        return v;
    }

    private static int tapeChain(Tape t, int[] x) {
        int v = x[0];
        for (int b = 0; b < CHAIN / 8; b++) {
            int r = 4 * (b % 4);
            v = t.mul(t.sin(t.add(t.mul(v, x[r]), x[r + 1])), x[r + 2]);
            v = t.add(t.exp(t.tanh(v)), x[r + 3]);
            v = t.sigmoid(v);
        }
        return v;
    }
}

package dev.gradus.cli;

import dev.gradus.autodiff.Gradient;
import dev.gradus.autodiff.Gradients;
import dev.gradus.autodiff.ScalarFunction;
import dev.gradus.autodiff.check.GradientCheck;
import java.util.Locale;

/**
 * For now a demonstration of the tape on built-in examples: a gradient and its checks against
 * central differences and the complex step, a wrong hand-written gradient, and a kink. The full
 * {@code gradus} command replaces it.
 */
public final class Main {
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

        System.out.println("A hand-written gradient with a slip: d/dx (x^2 y) written as x*y instead of 2*x*y");
        System.out.println(check.check(x -> x[0] * x[0] * x[1], x -> new double[] {x[0] * x[1], x[0] * x[0]}, 1.5, 2.0));
        System.out.println();

        System.out.println("relu at its kink: the tape says relu'(0) = 0, the convention; the check recognises the kink");
        System.out.println(GradientCheck.withDefaults().names("x").check((ops, x) -> ops.relu(x[0]), 0.0));
    }
}

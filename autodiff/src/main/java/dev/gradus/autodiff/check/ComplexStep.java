package dev.gradus.autodiff.check;

import dev.gradus.autodiff.ScalarFunction;
import dev.gradus.autodiff.ScalarOps;
import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a {@link ScalarFunction} in complex arithmetic, for the complex-step derivative
 * f'(x) = Im f(x + ih) / h (Squire and Trapp 1998; Martins, Sturdza and Alonso 2003). With no
 * subtraction there is no cancellation, so h can be 1e-20 and the result is exact to rounding for
 * real-analytic f. Piecewise functions take the analytic piece selected by the real part.
 *
 * <p>This is a checking tool, not a fast path: it allocates one small object per operation.
 */
final class ComplexStep implements ScalarOps {
    static final double STEP = 1e-20;

    private final List<Complex> values = new ArrayList<>();

    /** d f / d x_i at x. */
    static double derivative(ScalarFunction f, double[] x, int i) {
        ComplexStep evaluator = new ComplexStep();
        int[] vars = new int[x.length];
        for (int j = 0; j < x.length; j++) {
            vars[j] = evaluator.push(new Complex(x[j], j == i ? STEP : 0.0));
        }
        return evaluator.values.get(f.apply(evaluator, vars)).im() / STEP;
    }

    private int push(Complex z) {
        values.add(z);
        return values.size() - 1;
    }

    private Complex at(int node) {
        if (node < 0 || node >= values.size()) {
            throw new IllegalArgumentException("node " + node + " was not made by this evaluation");
        }
        return values.get(node);
    }

    @Override
    public int constant(double c) {
        return push(Complex.real(c));
    }

    @Override
    public double value(int node) {
        return at(node).re();
    }

    @Override
    public int apply(UnaryFunction f, int a) {
        return push(f.value(at(a)));
    }

    @Override
    public int apply(BinaryFunction f, int a, int b) {
        return push(f.value(at(a), at(b)));
    }

    @Override
    public int apply(BinaryFunction f, int a, double c) {
        return push(f.value(at(a), Complex.real(c)));
    }

    @Override
    public int apply(BinaryFunction f, double c, int b) {
        return push(f.value(Complex.real(c), at(b)));
    }
}

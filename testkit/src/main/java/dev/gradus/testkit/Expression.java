package dev.gradus.testkit;

import dev.gradus.autodiff.ScalarFunction;
import dev.gradus.autodiff.ScalarOps;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;

/**
 * An expression tree over the table of elementary functions. It is a {@link ScalarFunction}, so it
 * runs on the tape and in every gradient check; its {@code toString()} is the formula, so a shrunk
 * counterexample reads like mathematics.
 */
public sealed interface Expression extends ScalarFunction {

    /** Variable names used in formulas: x0, x1, ... */
    static String variableName(int index) {
        return "x" + index;
    }

    /** The number of nested function applications (a leaf has depth 0). */
    int depth();

    /** The value at x, in plain doubles. */
    double valueAt(double[] x);

    /**
     * How close the evaluation at x passes to a kink: the smallest distance, over every kinked
     * function in the tree, from its arguments to its kink (infinite if the tree has none). At a
     * kink of an inner function the tape applies that function's convention, and conventions need
     * not compose to the derivative of the whole (max(hardtanh(x), 1) at x = 1 is one example);
     * properties that compare with finite differences should keep away from them.
     */
    double distanceToKink(double[] x);

    /**
     * The variable x_index.
     *
     * @param index the variable's position in the argument array
     */
    record Variable(int index) implements Expression {
        @Override public int apply(ScalarOps ops, int[] x) { return x[index]; }
        @Override public int depth() { return 0; }
        @Override public double valueAt(double[] x) { return x[index]; }
        @Override public double distanceToKink(double[] x) { return Double.POSITIVE_INFINITY; }
        @Override public String toString() { return variableName(index); }
    }

    /**
     * A constant.
     *
     * @param value the constant
     */
    record Constant(double value) implements Expression {
        @Override public int apply(ScalarOps ops, int[] x) { return ops.constant(value); }
        @Override public int depth() { return 0; }
        @Override public double valueAt(double[] x) { return value; }
        @Override public double distanceToKink(double[] x) { return Double.POSITIVE_INFINITY; }
        @Override public String toString() { return value < 0 ? "(" + value + ")" : Double.toString(value); }
    }

    /**
     * f(argument).
     *
     * @param f        the function
     * @param argument its argument
     */
    record Unary(UnaryFunction f, Expression argument) implements Expression {
        @Override public int apply(ScalarOps ops, int[] x) { return ops.apply(f, argument.apply(ops, x)); }
        @Override public int depth() { return 1 + argument.depth(); }
        @Override public double valueAt(double[] x) { return f.value(argument.valueAt(x)); }
        @Override public double distanceToKink(double[] x) {
            return Math.min(argument.distanceToKink(x), f.distanceToKink(argument.valueAt(x)));
        }
        @Override public String toString() { return f.symbol() + "(" + argument + ")"; }
    }

    /**
     * f(left, right); the arithmetic and powers print infix.
     *
     * @param f     the function
     * @param left  its first argument
     * @param right its second argument
     */
    record Binary(BinaryFunction f, Expression left, Expression right) implements Expression {
        @Override public int apply(ScalarOps ops, int[] x) {
            int a = left.apply(ops, x);
            return ops.apply(f, a, right.apply(ops, x));
        }

        @Override public int depth() { return 1 + Math.max(left.depth(), right.depth()); }
        @Override public double valueAt(double[] x) { return f.value(left.valueAt(x), right.valueAt(x)); }
        @Override public double distanceToKink(double[] x) {
            double inner = Math.min(left.distanceToKink(x), right.distanceToKink(x));
            return Math.min(inner, f.distanceToKink(left.valueAt(x), right.valueAt(x)));
        }

        @Override public String toString() {
            return switch (f) {
                case ADD -> "(" + left + " + " + right + ")";
                case SUB -> "(" + left + " - " + right + ")";
                case MUL -> "(" + left + " * " + right + ")";
                case DIV -> "(" + left + " / " + right + ")";
                case POW -> "(" + left + ")^(" + right + ")";
                default -> f.symbol() + "(" + left + ", " + right + ")";
            };
        }
    }
}

package dev.gradus.testkit;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexFunction;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;

/**
 * An expression tree over complex variables: the holomorphic entries of the table, the
 * non-holomorphic primitives (conj, re, im, abs, abs2), and the table's real functions applied to
 * real parts (split activations). It runs on the complex tape, evaluates in plain complex
 * arithmetic, prints as a formula, and measures how close an evaluation passes to a point where it
 * is not differentiable: a branch cut (log, sqrt, non-integer powers), a pole (sigmoid, tanh, tan,
 * a quotient), or a kink (abs at 0, relu, ...).
 */
public sealed interface ComplexExpression extends ComplexFunction {

    /** The value at z, in plain complex arithmetic. */
    Complex valueAt(Complex[] z);

    /** The smallest distance, over the tree's nodes, from a node's arguments at z to a singularity. */
    double distanceToSingularity(Complex[] z);

    /** The number of nested operations (a leaf has depth 0; f(re(u)) counts two). */
    int depth();

    /**
     * The variable z_index (printed z0, z1, ...).
     *
     * @param index the variable's position in the argument array
     */
    record Variable(int index) implements ComplexExpression {
        @Override public int apply(ComplexTape t, int[] z) { return z[index]; }
        @Override public Complex valueAt(Complex[] z) { return z[index]; }
        @Override public double distanceToSingularity(Complex[] z) { return Double.POSITIVE_INFINITY; }
        @Override public int depth() { return 0; }
        @Override public String toString() { return "z" + index; }
    }

    /**
     * A complex constant.
     *
     * @param value the constant
     */
    record Constant(Complex value) implements ComplexExpression {
        @Override public int apply(ComplexTape t, int[] z) { return t.constant(value); }
        @Override public Complex valueAt(Complex[] z) { return value; }
        @Override public double distanceToSingularity(Complex[] z) { return Double.POSITIVE_INFINITY; }
        @Override public int depth() { return 0; }
        @Override public String toString() { return "(" + value + ")"; }
    }

    /**
     * A holomorphic entry of the table applied to a complex argument.
     *
     * @param f        the function, holomorphic
     * @param argument its argument
     */
    record Holomorphic(UnaryFunction f, ComplexExpression argument) implements ComplexExpression {
        /** Refuses a function that is not holomorphic. */
        public Holomorphic {
            if (!f.holomorphic()) {
                throw new IllegalArgumentException(f.symbol() + " is not holomorphic");
            }
        }
        @Override public int apply(ComplexTape t, int[] z) { return t.apply(f, argument.apply(t, z)); }
        @Override public Complex valueAt(Complex[] z) { return f.value(argument.valueAt(z)); }
        @Override public double distanceToSingularity(Complex[] z) {
            return Math.min(argument.distanceToSingularity(z), f.distanceToSingularity(argument.valueAt(z)));
        }
        @Override public int depth() { return 1 + argument.depth(); }
        @Override public String toString() { return f.symbol() + "(" + argument + ")"; }
    }

    /**
     * conj, re, im, abs or abs2 of the argument.
     *
     * @param part     which of them
     * @param argument its argument
     */
    record Part(ComplexPart part, ComplexExpression argument) implements ComplexExpression {
        @Override public int apply(ComplexTape t, int[] z) { return part.apply(t, argument.apply(t, z)); }
        @Override public Complex valueAt(Complex[] z) { return part.value(argument.valueAt(z)); }
        @Override public double distanceToSingularity(Complex[] z) {
            double own = part == ComplexPart.ABS ? argument.valueAt(z).abs() : Double.POSITIVE_INFINITY;
            return Math.min(argument.distanceToSingularity(z), own);
        }
        @Override public int depth() { return 1 + argument.depth(); }
        @Override public String toString() { return part.symbol() + "(" + argument + ")"; }
    }

    /**
     * A real function of the table applied to the real part of the argument: f(re(u)).
     *
     * @param f        the function
     * @param argument u
     */
    record OfRealPart(UnaryFunction f, ComplexExpression argument) implements ComplexExpression {
        @Override public int apply(ComplexTape t, int[] z) { return t.apply(f, t.re(argument.apply(t, z))); }
        @Override public Complex valueAt(Complex[] z) { return Complex.real(f.value(argument.valueAt(z).re())); }
        @Override public double distanceToSingularity(Complex[] z) {
            return Math.min(argument.distanceToSingularity(z), f.distanceToKink(argument.valueAt(z).re()));
        }
        @Override public int depth() { return 2 + argument.depth(); }
        @Override public String toString() { return f.symbol() + "(re(" + argument + "))"; }
    }

    /**
     * A holomorphic binary entry of the table.
     *
     * @param f     the function, holomorphic
     * @param left  its first argument
     * @param right its second argument
     */
    record Binary(BinaryFunction f, ComplexExpression left, ComplexExpression right) implements ComplexExpression {
        /** Refuses a function that is not holomorphic. */
        public Binary {
            if (!f.holomorphic()) {
                throw new IllegalArgumentException(f.symbol() + " is not holomorphic");
            }
        }
        @Override public int apply(ComplexTape t, int[] z) {
            int a = left.apply(t, z);
            return t.apply(f, a, right.apply(t, z));
        }
        @Override public Complex valueAt(Complex[] z) { return f.value(left.valueAt(z), right.valueAt(z)); }
        @Override public double distanceToSingularity(Complex[] z) {
            double inner = Math.min(left.distanceToSingularity(z), right.distanceToSingularity(z));
            return Math.min(inner, f.distanceToSingularity(left.valueAt(z), right.valueAt(z), right instanceof Constant));
        }
        @Override public int depth() { return 1 + Math.max(left.depth(), right.depth()); }
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

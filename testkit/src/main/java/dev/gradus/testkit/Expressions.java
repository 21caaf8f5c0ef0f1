package dev.gradus.testkit;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.testkit.Expression.Binary;
import dev.gradus.testkit.Expression.Constant;
import dev.gradus.testkit.Expression.Unary;
import dev.gradus.testkit.Expression.Variable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random expression trees over every entry of the table, for properties such as "the tape's
 * gradient of any composition matches finite differences"; real ones for the real tape and
 * complex ones for the complex tape.
 *
 * <p>Functions with a restricted domain get an argument that stays inside it, so that most trees
 * are defined everywhere: log and sqrt see 1 + u*u, tan sees tanh(u), a quotient's denominator is
 * 1 + v*v and a power is (1 + u*u)^tanh(v). Everything else is composed as is; exp of exp can still
 * overflow, so properties should discard points where the check is inconclusive.
 */
public final class Expressions {
    private Expressions() {}

    /** Trees over x0 .. x(variables-1) with at most {@code maxDepth} nested operations of the table. */
    public static Arbitrary<Expression> trees(int variables, int maxDepth) {
        if (variables < 1 || maxDepth < 0) {
            throw new IllegalArgumentException("need at least one variable and a depth >= 0");
        }
        return tree(variables, maxDepth);
    }

    private static Arbitrary<Expression> tree(int variables, int depth) {
        Arbitrary<Expression> leaf = leaves(variables);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Expression> sub = Arbitraries.lazy(() -> tree(variables, depth - 1));
        Arbitrary<Expression> unary = Combinators.combine(Arbitraries.of(UnaryFunction.class), sub).as(Expressions::unary);
        Arbitrary<Expression> binary = Combinators.combine(Arbitraries.of(BinaryFunction.class), sub, sub)
                .as(Expressions::binary);
        return Arbitraries.frequencyOf(Tuple.of(1, leaf), Tuple.of(3, unary), Tuple.of(3, binary));
    }

    private static Arbitrary<Expression> leaves(int variables) {
        Arbitrary<Expression> variable = Arbitraries.integers().between(0, variables - 1).map(Variable::new);
        Arbitrary<Expression> constant = Arbitraries.doubles().between(-2, 2).ofScale(2).map(Constant::new);
        return Arbitraries.frequencyOf(Tuple.of(4, variable), Tuple.of(1, constant));
    }

    /** f applied so that its argument stays in the interval where the table says f is defined and smooth. */
    static Expression unary(UnaryFunction f, Expression u) {
        return new Unary(f, into(f.principalInterval(), u));
    }

    /**
     * f applied so that its arguments stay where the table says f is defined and smooth; a
     * power's exponent is also kept in (-1, 1), so that no tree overflows.
     */
    static Expression binary(BinaryFunction f, Expression u, Expression v) {
        Expression exponentKeptSmall = f == BinaryFunction.POW ? new Unary(UnaryFunction.TANH, v) : v;
        return new Binary(f, into(f.principalIntervalA(), u), into(f.principalIntervalB(), exponentKeptSmall));
    }

    /**
     * u mapped into the open interval {low, high}: unchanged on the whole line, low + 1 + u^2
     * above a lower bound, and for a bounded interval its middle plus tanh(u) times at most 1 (at
     * most 90% of the half-width).
     */
    private static Expression into(double[] interval, Expression u) {
        double low = interval[0];
        double high = interval[1];
        if (low == Double.NEGATIVE_INFINITY && high == Double.POSITIVE_INFINITY) {
            return u;
        }
        if (high == Double.POSITIVE_INFINITY) {
            Expression square = new Binary(BinaryFunction.ADD, new Constant(1), new Binary(BinaryFunction.MUL, u, u));
            return low == 0 ? square : new Binary(BinaryFunction.ADD, new Constant(low), square);
        }
        if (low == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("an interval bounded only above: add its case here");
        }
        double middle = (low + high) / 2;
        double scale = Math.min(1, 0.9 * (high - low) / 2);
        Expression bounded = new Unary(UnaryFunction.TANH, u);
        if (scale != 1) {
            bounded = new Binary(BinaryFunction.MUL, new Constant(scale), bounded);
        }
        return middle == 0 ? bounded : new Binary(BinaryFunction.ADD, new Constant(middle), bounded);
    }

    /**
     * Trees over complex variables z0 .. z(variables-1): the holomorphic entries of the table
     * (unary and binary), conj, re, im, abs, abs2, and real functions of real parts. No domain
     * guards: properties should discard points near singularities with
     * {@link ComplexExpression#distanceToSingularity}.
     */
    public static Arbitrary<ComplexExpression> complexTrees(int variables, int maxDepth) {
        if (variables < 1 || maxDepth < 0) {
            throw new IllegalArgumentException("need at least one variable and a depth >= 0");
        }
        return complexTree(variables, maxDepth);
    }

    private static Arbitrary<ComplexExpression> complexTree(int variables, int depth) {
        Arbitrary<ComplexExpression> leaf = complexLeaves(variables);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<ComplexExpression> sub = Arbitraries.lazy(() -> complexTree(variables, depth - 1));
        Arbitrary<UnaryFunction> holomorphic = Arbitraries.of(UnaryFunction.class).filter(UnaryFunction::holomorphic);
        Arbitrary<UnaryFunction> real = Arbitraries.of(UnaryFunction.class).filter(f -> !f.holomorphic());
        Arbitrary<BinaryFunction> binary = Arbitraries.of(BinaryFunction.class).filter(BinaryFunction::holomorphic);
        return Arbitraries.frequencyOf(
                Tuple.of(1, leaf),
                Tuple.of(3, Combinators.combine(holomorphic, sub).as(ComplexExpression.Holomorphic::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(ComplexPart.class), sub).as(ComplexExpression.Part::new)),
                Tuple.of(1, Combinators.combine(real, sub).as(ComplexExpression.OfRealPart::new)),
                Tuple.of(3, Combinators.combine(binary, sub, sub).as(ComplexExpression.Binary::new)));
    }

    private static Arbitrary<ComplexExpression> complexLeaves(int variables) {
        Arbitrary<ComplexExpression> variable = Arbitraries.integers().between(0, variables - 1)
                .map(ComplexExpression.Variable::new);
        Arbitrary<Double> part = Arbitraries.doubles().between(-2, 2).ofScale(2);
        Arbitrary<ComplexExpression> constant = Combinators.combine(part, part)
                .as((re, im) -> new ComplexExpression.Constant(new Complex(re, im)));
        return Arbitraries.frequencyOf(Tuple.of(4, variable), Tuple.of(1, constant));
    }
}

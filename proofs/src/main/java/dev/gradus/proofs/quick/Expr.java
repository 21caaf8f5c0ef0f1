package dev.gradus.proofs.quick;

import java.util.ArrayList;
import java.util.List;

/**
 * An expression of the in-process checker: the part of the expression language it decides without
 * Symja. The factories fold numbers and drop neutral elements, nothing more: equal expressions
 * need not be equal trees (the {@link NormalForm} decides that).
 */
sealed interface Expr {
    Expr ZERO = new Num(Rational.ZERO);
    Expr ONE = new Num(Rational.ONE);

    /** An exact rational number. */
    record Num(Rational value) implements Expr {}

    /** A real variable. */
    record Var(String name) implements Expr {}

    /** E or Pi. */
    record Constant(String name) implements Expr {}

    record Sum(List<Expr> terms) implements Expr {}

    record Product(List<Expr> factors) implements Expr {}

    record Power(Expr base, Expr exponent) implements Expr {}

    /** A known function (exp, log, sin, ..., the table's sigmoid, relu, ...) applied to its arguments. */
    record Call(String name, List<Expr> args) implements Expr {}

    /** The order-th derivative of an unknown real function of one argument, f(u), f'(u), f''(u). */
    record Unknown(String name, int order, Expr arg) implements Expr {}

    /** The first case whose condition holds, else {@code otherwise}. */
    record Piecewise(List<Case> cases, Expr otherwise) implements Expr {}

    record Case(Expr value, Condition when) {}

    /** A derivative as written, D(of, variable): {@link Differentiator} takes it. */
    record Derivative(Expr of, String variable) implements Expr {}

    /**
     * A Wirtinger derivative as written, Dz(of, z) or (conjugate) Dzbar(of, z): (d/dx -+ i d/dy)/2
     * for z = x + i y, taken by {@link Differentiator} once z is written so.
     */
    record Wirtinger(Expr of, String variable, boolean conjugate) implements Expr {}

    /** ReplaceAll(of, {x -> value, ...}): the values put in after the derivatives inside are taken. */
    record Substituted(Expr of, java.util.Map<String, Expr> values) implements Expr {}

    /** A condition of a Piecewise: comparisons joined by "and". */
    record Condition(List<Comparison> all) {}

    /** left op right, op one of {@code < <= > >= ==}. */
    record Comparison(Expr left, String op, Expr right) {
        /** Whether it holds where left - right has this sign (-1, 0 or 1). */
        boolean holdsForSign(int sign) {
            return switch (op) {
                case "<" -> sign < 0;
                case "<=" -> sign <= 0;
                case ">" -> sign > 0;
                case ">=" -> sign >= 0;
                default -> sign == 0;
            };
        }
    }

    static Expr num(long n) {
        return new Num(Rational.of(n));
    }

    static Expr num(Rational r) {
        return new Num(r);
    }

    static Expr call(String name, Expr... args) {
        return new Call(name, List.of(args));
    }

    static Expr sum(List<Expr> terms) {
        List<Expr> flat = new ArrayList<>();
        Rational constant = Rational.ZERO;
        for (Expr t : terms) {
            if (t instanceof Num n) {
                constant = constant.plus(n.value());
            } else if (t instanceof Sum s) {
                for (Expr inner : s.terms()) {
                    if (inner instanceof Num n) {
                        constant = constant.plus(n.value());
                    } else {
                        flat.add(inner);
                    }
                }
            } else {
                flat.add(t);
            }
        }
        if (!constant.isZero()) {
            flat.add(0, new Num(constant));
        }
        return flat.isEmpty() ? ZERO : flat.size() == 1 ? flat.get(0) : new Sum(List.copyOf(flat));
    }

    static Expr sum(Expr... terms) {
        return sum(List.of(terms));
    }

    static Expr product(List<Expr> factors) {
        List<Expr> flat = new ArrayList<>();
        Rational constant = Rational.ONE;
        for (Expr f : factors) {
            List<Expr> parts = f instanceof Product p ? p.factors() : List.of(f);
            for (Expr part : parts) {
                if (part instanceof Num n) {
                    constant = constant.times(n.value());
                } else {
                    flat.add(part);
                }
            }
        }
        if (constant.isZero()) {
            return ZERO;
        }
        if (!constant.isOne()) {
            flat.add(0, new Num(constant));
        }
        return flat.isEmpty() ? ONE : flat.size() == 1 ? flat.get(0) : new Product(List.copyOf(flat));
    }

    static Expr product(Expr... factors) {
        return product(List.of(factors));
    }

    static Expr negate(Expr e) {
        return product(num(-1), e);
    }

    static Expr difference(Expr a, Expr b) {
        return sum(a, negate(b));
    }

    static Expr power(Expr base, Expr exponent) {
        if (exponent instanceof Num n && n.value().isOne()) {
            return base;
        }
        if (exponent instanceof Num n && n.value().isZero()) {
            return ONE;
        }
        if (base instanceof Power inner && inner.exponent() instanceof Num m && m.value().isInteger()
                && exponent instanceof Num n && n.value().isInteger() && (m.value().signum() > 0 || n.value().signum() > 0)) {
            // (b^m)^n = b^(m n) for integers m, n, one of them positive: at b = 0 both sides are defined or neither
            return power(inner.base(), new Num(m.value().times(n.value())));
        }
        if (base instanceof Num b && exponent instanceof Num n && n.value().isInteger()
                && n.value().num().bitLength() < 16 && !(b.value().isZero() && n.value().signum() < 0)) {
            return new Num(b.value().pow(n.value().num().intValue()));
        }
        return new Power(base, exponent);
    }

    static Expr quotient(Expr a, Expr b) {
        return product(a, power(b, num(-1)));
    }

    /** Whether {@code name} occurs in this expression as a variable. */
    default boolean has(String name) {
        return Trees.variables(this).contains(name);
    }
}

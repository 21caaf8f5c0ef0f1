package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Case;
import dev.gradus.proofs.quick.Expr.Comparison;
import dev.gradus.proofs.quick.Expr.Constant;
import dev.gradus.proofs.quick.Expr.Num;
import dev.gradus.proofs.quick.Expr.Piecewise;
import dev.gradus.proofs.quick.Expr.Power;
import dev.gradus.proofs.quick.Expr.Product;
import dev.gradus.proofs.quick.Expr.Sum;
import dev.gradus.proofs.quick.Expr.Var;
import java.util.Map;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.Apint;
import org.apfloat.Aprational;

/**
 * The value of an expanded expression (exp, log, sin, cos, tan, sqrt, powers, Piecewise) at a
 * rational point in {@link #DIGITS} digits, or exactly where it is rational: what confirms a
 * counterexample the double screen found. Null where the value is not real or not defined.
 */
final class PreciseValue {
    static final int DIGITS = 60;

    private final Map<String, Rational> point;
    private final UnknownFunctions unknowns;

    PreciseValue(Map<String, Rational> point, UnknownFunctions unknowns) {
        this.point = point;
        this.unknowns = unknowns;
    }

    /** The exact value, or null when it is not rational (an exponential, a root) or undefined. */
    Rational exact(Expr e) {
        if (e instanceof Num n) {
            return n.value();
        }
        if (e instanceof Var v) {
            return point.get(v.name());
        }
        if (e instanceof Constant c) {
            return Names.exactConstant(c.name());
        }
        if (e instanceof Sum s) {
            Rational sum = Rational.ZERO;
            for (Expr t : s.terms()) {
                Rational r = exact(t);
                if (r == null) {
                    return null;
                }
                sum = sum.plus(r);
            }
            return sum;
        }
        if (e instanceof Product p) {
            Rational product = Rational.ONE;
            for (Expr f : p.factors()) {
                Rational r = exact(f);
                if (r == null) {
                    return null;
                }
                product = product.times(r);
            }
            return product;
        }
        if (e instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger() && n.value().num().bitLength() < 12) {
            Rational b = exact(p.base());
            return b == null || b.isZero() && n.value().signum() < 0 ? null : b.pow(n.value().num().intValue());
        }
        if (e instanceof Piecewise p) {
            for (Case c : p.cases()) {
                Boolean holds = Boolean.TRUE;
                for (Comparison cmp : c.when().all()) {
                    Rational l = exact(cmp.left());
                    Rational r = exact(cmp.right());
                    if (l == null || r == null) {
                        return null;
                    }
                    holds &= cmp.holdsForSign(l.compareTo(r));
                }
                if (holds) {
                    return exact(c.value());
                }
            }
            return exact(p.otherwise());
        }
        return null;
    }

    /** The value in {@link #DIGITS} digits, or null where it is not real or not defined. */
    Apfloat approximate(Expr e) {
        try {
            return value(e);
        } catch (ArithmeticException outside) {
            return null;
        }
    }

    private Apfloat value(Expr e) {
        if (e instanceof Num n) {
            return of(n.value());
        }
        if (e instanceof Var v) {
            return of(point.get(v.name()));
        }
        if (e instanceof Constant c) {
            return switch (c.name()) {
                case "E" -> ApfloatMath.exp(new Apfloat(1, DIGITS));
                case "Pi" -> ApfloatMath.pi(DIGITS);
                default -> of(Names.exactConstant(c.name()));   // I never reaches here: complex claims are not refuted
            };
        }
        if (e instanceof Sum s) {
            Apfloat sum = new Apfloat(0, DIGITS);
            for (Expr t : s.terms()) {
                sum = sum.add(value(t));
            }
            return sum;
        }
        if (e instanceof Product p) {
            Apfloat product = new Apfloat(1, DIGITS);
            for (Expr f : p.factors()) {
                product = product.multiply(value(f));
            }
            return product;
        }
        if (e instanceof Power p) {
            Apfloat b = value(p.base());
            if (p.exponent() instanceof Num n && n.value().isInteger() && n.value().num().bitLength() < 31) {
                return ApfloatMath.pow(b, n.value().num().longValue());
            }
            if (b.signum() <= 0) {
                throw new ArithmeticException("a power of a number that is not positive");
            }
            return ApfloatMath.pow(b, value(p.exponent()));
        }
        if (e instanceof Expr.Unknown u) {
            return unknowns.precise(u.name(), u.order(), value(u.arg()), DIGITS);
        }
        if (e instanceof Piecewise p) {
            for (Case c : p.cases()) {
                boolean holds = true;
                for (Comparison cmp : c.when().all()) {
                    holds &= cmp.holdsForSign(value(cmp.left()).compareTo(value(cmp.right())));
                }
                if (holds) {
                    return value(c.value());
                }
            }
            return value(p.otherwise());
        }
        if (e instanceof Call c) {
            Apfloat u = value(c.args().get(0));
            switch (c.name()) {
                case "exp":
                    return ApfloatMath.exp(u);
                case "log":
                    if (u.signum() <= 0) {
                        throw new ArithmeticException("log of a number that is not positive");
                    }
                    return ApfloatMath.log(u);
                case "sin":
                    return ApfloatMath.sin(u);
                case "cos":
                    return ApfloatMath.cos(u);
                case "tan":
                    return ApfloatMath.tan(u);
                case "sqrt":
                    if (u.signum() < 0) {
                        throw new ArithmeticException("root of a negative number");
                    }
                    return ApfloatMath.sqrt(u);
                default:
                    break;
            }
        }
        throw new ArithmeticException("no precise value for " + e);
    }

    private static Apfloat of(Rational r) {
        return new Aprational(new Apint(r.num()), new Apint(r.den())).precision(DIGITS);
    }
}

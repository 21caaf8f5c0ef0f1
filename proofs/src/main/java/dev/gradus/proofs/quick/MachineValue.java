package dev.gradus.proofs.quick;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Case;
import dev.gradus.proofs.quick.Expr.Comparison;
import dev.gradus.proofs.quick.Expr.Constant;
import dev.gradus.proofs.quick.Expr.Num;
import dev.gradus.proofs.quick.Expr.Piecewise;
import dev.gradus.proofs.quick.Expr.Power;
import dev.gradus.proofs.quick.Expr.Product;
import dev.gradus.proofs.quick.Expr.Sum;
import dev.gradus.proofs.quick.Expr.Unknown;
import dev.gradus.proofs.quick.Expr.Var;
import java.util.Map;

/**
 * The value of an expression in double at a point: the screen that finds where two sides differ.
 * Values are complex; in a real claim every step must be real, as the verifier reads a real claim,
 * so a step that is not (log of a negative, a root of one, 1/0) makes the value NaN: outside the
 * domain. The table's functions are computed by the table's own code (the tape's). An unknown
 * function f is one concrete function of its {@link UnknownFunctions}, so that f and f' agree.
 */
final class MachineValue {
    private static final Complex NAN = new Complex(Double.NaN, Double.NaN);

    private final Map<String, Double> point;
    private final UnknownFunctions unknowns;
    private final boolean real;

    MachineValue(Map<String, Double> point, UnknownFunctions unknowns, boolean real) {
        this.point = point;
        this.unknowns = unknowns;
        this.real = real;
    }

    /** The real value of a real claim's side, NaN outside its domain. */
    double of(Expr e) {
        Complex z = value(e);
        return z.im() == 0 ? z.re() : Double.NaN;
    }

    Complex value(Expr e) {
        Complex z = node(e);
        if (!Double.isFinite(z.re()) || !Double.isFinite(z.im()) || real && z.im() != 0) {
            return NAN;
        }
        return z;
    }

    private Complex node(Expr e) {
        if (e instanceof Num n) {
            return Complex.real(n.value().toDouble());
        }
        if (e instanceof Var v) {
            return Complex.real(point.get(v.name()));
        }
        if (e instanceof Constant c) {
            return switch (c.name()) {
                case "E" -> Complex.real(Math.E);
                case "Pi" -> Complex.real(Math.PI);
                case "I" -> Complex.I;
                default -> Complex.real(Names.exactConstant(c.name()).toDouble());
            };
        }
        if (e instanceof Sum s) {
            Complex sum = Complex.ZERO;
            for (Expr t : s.terms()) {
                sum = sum.plus(value(t));
            }
            return sum;
        }
        if (e instanceof Product p) {
            Complex product = Complex.ONE;
            for (Expr f : p.factors()) {
                product = product.times(value(f));
            }
            return product;
        }
        if (e instanceof Power p) {
            Complex b = value(p.base());
            Complex x = value(p.exponent());
            if (b.equals(Complex.ZERO) && x.re() <= 0) {
                return NAN;
            }
            if (x.im() == 0 && x.re() == Math.rint(x.re()) && Math.abs(x.re()) < 1e6) {
                return b.pow((int) x.re());
            }
            if (real) {
                double r = Math.pow(b.re(), x.re());   // NaN for a negative base and a fractional exponent: not real
                return Complex.real(r);
            }
            return b.pow(x);
        }
        if (e instanceof Unknown u) {
            Complex at = value(u.arg());
            return at.im() == 0 ? Complex.real(unknowns.value(u.name(), u.order(), at.re())) : NAN;
        }
        if (e instanceof Piecewise p) {
            for (Case c : p.cases()) {
                boolean holds = true;
                for (Comparison cmp : c.when().all()) {
                    holds &= holds(cmp);
                }
                if (holds) {
                    return value(c.value());
                }
            }
            return value(p.otherwise());
        }
        if (e instanceof Call c) {
            return call(c);
        }
        return NAN;
    }

    private boolean holds(Comparison c) {
        double d = value(c.left()).re() - value(c.right()).re();
        return !Double.isNaN(d) && c.holdsForSign((int) Math.signum(d));
    }

    private Complex call(Call c) {
        Complex u = value(c.args().get(0));
        switch (c.name()) {
            case "sinh":
                return u.exp().minus(u.negate().exp()).times(0.5);
            case "cosh":
                return u.exp().plus(u.negate().exp()).times(0.5);
            case "sech":
                return Complex.real(2).dividedBy(u.exp().plus(u.negate().exp()));
            case "sign":
                return Complex.real(Math.signum(u.re()));
            default:
                break;
        }
        ElementaryFunction f = ElementaryFunctions.byName(c.name()).orElseThrow();
        if (f instanceof UnaryFunction unary) {
            return real ? Complex.real(unary.value(u.re())) : unary.value(u);
        }
        Complex v = value(c.args().get(1));
        BinaryFunction binary = (BinaryFunction) f;
        return real ? Complex.real(binary.value(u.re(), v.re())) : binary.value(u, v);
    }
}

package dev.gradus.proofs.quick;

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
 * The table's functions are computed by the table's own code (the tape's). An unknown function
 * f is one concrete function of its {@link UnknownFunctions}, so that f and f' agree. NaN means
 * outside the real domain (log of a negative, a root of one, 1/0).
 */
final class MachineValue {
    private final Map<String, Double> point;
    private final UnknownFunctions unknowns;

    MachineValue(Map<String, Double> point, UnknownFunctions unknowns) {
        this.point = point;
        this.unknowns = unknowns;
    }

    double of(Expr e) {
        if (e instanceof Num n) {
            return n.value().toDouble();
        }
        if (e instanceof Var v) {
            return point.get(v.name());
        }
        if (e instanceof Constant c) {
            return c.name().equals("E") ? Math.E : Math.PI;
        }
        if (e instanceof Sum s) {
            double sum = 0;
            for (Expr t : s.terms()) {
                sum += of(t);
            }
            return sum;
        }
        if (e instanceof Product p) {
            double product = 1;
            for (Expr f : p.factors()) {
                product *= of(f);
            }
            return product;
        }
        if (e instanceof Power p) {
            double b = of(p.base());
            double x = of(p.exponent());
            if (b == 0 && x < 0) {
                return Double.NaN;
            }
            return Math.pow(b, x);   // NaN for a negative base and a fractional exponent: not real
        }
        if (e instanceof Unknown u) {
            return unknowns.value(u.name(), u.order(), of(u.arg()));
        }
        if (e instanceof Piecewise p) {
            for (Case c : p.cases()) {
                boolean holds = true;
                for (Comparison cmp : c.when().all()) {
                    holds &= holds(cmp);
                }
                if (holds) {
                    return of(c.value());
                }
            }
            return of(p.otherwise());
        }
        if (e instanceof Call c) {
            return call(c);
        }
        return Double.NaN;
    }

    private boolean holds(Comparison c) {
        double d = of(c.left()) - of(c.right());
        return switch (c.op()) {
            case "<" -> d < 0;
            case "<=" -> d <= 0;
            case ">" -> d > 0;
            case ">=" -> d >= 0;
            default -> d == 0;
        };
    }

    private double call(Call c) {
        double u = of(c.args().get(0));
        switch (c.name()) {
            case "sinh":
                return Math.sinh(u);
            case "cosh":
                return Math.cosh(u);
            case "sech":
                return 1 / Math.cosh(u);
            case "sign":
                return Math.signum(u);
            case "log":
                return u > 0 ? Math.log(u) : Double.NaN;
            case "sqrt":
                return u >= 0 ? Math.sqrt(u) : Double.NaN;
            default:
                break;
        }
        ElementaryFunction f = ElementaryFunctions.byName(c.name()).orElseThrow();
        if (f instanceof UnaryFunction unary) {
            return unary.value(u);
        }
        return ((BinaryFunction) f).value(u, of(c.args().get(1)));
    }
}

package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Case;
import dev.gradus.proofs.quick.Expr.Comparison;
import dev.gradus.proofs.quick.Expr.Condition;
import dev.gradus.proofs.quick.Expr.Piecewise;
import java.util.List;

/**
 * The functions written out in what {@link NormalForm} knows: the table's functions by their
 * definitions (sigmoid(u) = 1/(1+Exp(-u)), relu as a Piecewise), abs and sign as Piecewise, the
 * hyperbolic functions by exponentials. Each is the same function at every real point, kinks included.
 */
final class Expansion {
    private Expansion() {}

    static Expr expand(Expr e) throws Unsupported {
        try {
            return Trees.rebuild(e, n -> n instanceof Call c ? written(c) : n);
        } catch (Failed f) {
            throw f.cause;
        }
    }

    private static Expr written(Call c) {
        Expr u = c.args().get(0);
        try {
            return switch (c.name()) {
                case "exp", "log", "sin", "cos", "tan", "sqrt" -> c;
                case "abs" -> new Piecewise(List.of(new Case(Expr.negate(u), below(u))), u);
                case "sign" -> new Piecewise(List.of(new Case(Expr.num(-1), below(u)),
                        new Case(Expr.ZERO, new Condition(List.of(new Comparison(u, "==", Expr.ZERO))))), Expr.ONE);
                case "tanh" -> Expr.quotient(Expr.sum(exp(2, u), Expr.num(-1)), Expr.sum(exp(2, u), Expr.ONE));
                case "sinh" -> Expr.product(Expr.num(new Rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO)),
                        Expr.sum(exp(1, u), Expr.negate(exp(-1, u))));
                case "cosh" -> Expr.product(Expr.num(new Rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO)),
                        Expr.sum(exp(1, u), exp(-1, u)));
                case "sech" -> Expr.quotient(Expr.num(2), Expr.sum(exp(1, u), exp(-1, u)));
                default -> expand(TableForms.definition(c));
            };
        } catch (Unsupported x) {
            throw new Failed(x);
        }
    }

    private static Condition below(Expr u) {
        return new Condition(List.of(new Comparison(u, "<", Expr.ZERO)));
    }

    private static Expr exp(int k, Expr u) {
        return Expr.call("exp", Expr.product(Expr.num(k), u));
    }

    private static final class Failed extends RuntimeException {
        final Unsupported cause;

        Failed(Unsupported cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }
}

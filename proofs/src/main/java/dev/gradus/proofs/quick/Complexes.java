package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Constant;
import dev.gradus.proofs.quick.Expr.Num;
import dev.gradus.proofs.quick.Expr.Power;
import dev.gradus.proofs.quick.Expr.Product;
import dev.gradus.proofs.quick.Expr.Sum;
import dev.gradus.proofs.quick.Expr.Var;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A claim about complex numbers made one about real ones, as the verifier makes it: each complex
 * variable z is x + I y with real x, y (named {@code z$re}, {@code z$im}, which no written name can
 * be), conj, Re and Im are worked out, so that D by x and y, and the Wirtinger derivatives, are
 * derivatives of real variables. conj(f(u)) = f(conj u) only for the functions with real
 * coefficients that are holomorphic everywhere ({@link #ENTIRE}); a claim with a logarithm, a root
 * or a kink of a complex number (branch cuts, where the verifier compares principal values) is
 * {@link Unsupported}.
 */
final class Complexes {
    /** Functions whose complex extension is holomorphic on their domain, with real Taylor coefficients. */
    static final Set<String> ENTIRE = Set.of("exp", "sin", "cos", "tanh", "sinh", "cosh", "sech", "sigmoid", "swish");

    private Complexes() {}

    static String realPart(String z) {
        return z + "$re";
    }

    static String imaginaryPart(String z) {
        return z + "$im";
    }

    /** e with each complex variable written x + I y and every conj, Re and Im worked out. */
    static Expr real(Expr e, Set<String> complex) throws Unsupported {
        Map<String, Expr> parts = new LinkedHashMap<>();
        for (String z : complex) {
            parts.put(z, Expr.sum(new Var(realPart(z)), Expr.product(new Constant("I"), new Var(imaginaryPart(z)))));
        }
        try {
            return Trees.rebuild(Trees.substitute(e, parts), n -> {
                if (!(n instanceof Call c) || !Set.of("conj", "re", "im").contains(c.name())) {
                    return n;
                }
                Expr u = c.args().get(0);
                Expr bar = conjugate(u);
                return switch (c.name()) {
                    case "conj" -> bar;
                    case "re" -> Expr.product(Expr.num(half()), Expr.sum(u, bar));
                    default -> Expr.product(Expr.num(half().negate()), new Constant("I"), Expr.difference(u, bar));
                };
            });
        } catch (Failed f) {
            throw f.cause;
        }
    }

    /** Whether e is one the in-process checker decides as a complex claim: entire functions, integer powers, no kinks. */
    static void requireEntire(Expr e) throws Unsupported {
        String[] bad = {null};
        Trees.visit(e, n -> {
            if (n instanceof Call c && !ENTIRE.contains(c.name()) || n instanceof Expr.Piecewise || n instanceof Expr.Unknown
                    || n instanceof Power p && !(p.exponent() instanceof Num k && k.value().isInteger())) {
                bad[0] = n.getClass().getSimpleName();
            }
        });
        if (bad[0] != null) {
            throw new Unsupported("a complex claim with a " + bad[0] + " that may have a branch cut or a kink");
        }
    }

    private static Expr conjugate(Expr e) {
        if (e instanceof Num || e instanceof Var) {
            return e;
        }
        if (e instanceof Constant c) {
            return c.name().equals("I") ? Expr.negate(c) : c;
        }
        if (e instanceof Sum s) {
            return Expr.sum(s.terms().stream().map(Complexes::conjugate).toList());
        }
        if (e instanceof Product p) {
            return Expr.product(p.factors().stream().map(Complexes::conjugate).toList());
        }
        if (e instanceof Power p && p.exponent() instanceof Num) {
            return Expr.power(conjugate(p.base()), p.exponent());
        }
        if (e instanceof Call c && ENTIRE.contains(c.name())) {
            return new Call(c.name(), c.args().stream().map(Complexes::conjugate).toList());
        }
        throw new Failed(new Unsupported("the conjugate of " + e));
    }

    private static Rational half() {
        return new Rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO);
    }

    private static final class Failed extends RuntimeException {
        final Unsupported cause;

        Failed(Unsupported cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }
}

package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Constant;
import dev.gradus.proofs.quick.Expr.Derivative;
import dev.gradus.proofs.quick.Expr.Num;
import dev.gradus.proofs.quick.Expr.Piecewise;
import dev.gradus.proofs.quick.Expr.Power;
import dev.gradus.proofs.quick.Expr.Product;
import dev.gradus.proofs.quick.Expr.Sum;
import dev.gradus.proofs.quick.Expr.Unknown;
import dev.gradus.proofs.quick.Expr.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Symbolic derivatives by the sum, product, power and chain rules, with each function's own
 * derivative taken from the table of elementary functions ({@link TableForms#partial}), as Symja is
 * given it: so the table's conventions at kinks (relu'(0) = 0, abs'(0) = sign(0) = 0) hold here
 * too. Unknown functions get primes (d/dx f(u) = f'(u) u'). What Symja would answer differently or
 * not at all (a derivative of a Piecewise written by hand, of sign, of u^v with x in both) is
 * {@link Unsupported}.
 */
final class Differentiator {
    private Differentiator() {}

    /** The most nodes a derivative may have: D of a product of n factors has n^2, nested ones more. */
    static final int MAX_NODES = 200_000;

    /** e with every D(..., x) in it taken, innermost first, and every ReplaceAll's values put in after. */
    static Expr evaluate(Expr e) throws Unsupported {
        try {
            return Trees.rebuild(e, n -> {
                if (n instanceof Derivative d) {
                    try {
                        // a product of n factors has a derivative of n^2 nodes: what could grow past the bound is Symja's
                        if (Trees.size(d.of()) > MAX_NODES / 20) {
                            throw new Unsupported("a derivative of more than " + MAX_NODES / 20 + " nodes");
                        }
                        return derivative(d.of(), d.variable());
                    } catch (Unsupported u) {
                        throw new Wrapped(u);
                    }
                }
                if (n instanceof Expr.Wirtinger w) {
                    try {
                        return wirtinger(w);
                    } catch (Unsupported u) {
                        throw new Wrapped(u);
                    }
                }
                if (n instanceof Expr.Substituted s) {
                    return Trees.substitute(s.of(), s.values());
                }
                return n;
            });
        } catch (Wrapped w) {
            throw w.cause;
        }
    }

    /**
     * (d/dx - I d/dy)/2, or + for d/dz-bar, with z = x + I y written in real parts by
     * {@link Complexes}, as the project defines Dz and Dzbar for Symja ({@link QuickCheck} makes sure z is complex).
     */
    private static Expr wirtinger(Expr.Wirtinger w) throws Unsupported {
        String x = Complexes.realPart(w.variable());
        String y = Complexes.imaginaryPart(w.variable());
        Expr byY = Expr.product(new Constant("I"), derivative(w.of(), y));
        return Expr.product(Expr.num(new Rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO)),
                Expr.sum(derivative(w.of(), x), w.conjugate() ? byY : Expr.negate(byY)));
    }

    /** d e / d x, e free of unevaluated derivatives. */
    static Expr derivative(Expr e, String x) throws Unsupported {
        if (e instanceof Num || e instanceof Constant) {
            return Expr.ZERO;
        }
        if (e instanceof Var v) {
            return v.name().equals(x) ? Expr.ONE : Expr.ZERO;
        }
        if (!e.has(x)) {
            return Expr.ZERO;
        }
        if (e instanceof Sum s) {
            List<Expr> terms = new ArrayList<>();
            for (Expr t : s.terms()) {
                terms.add(derivative(t, x));
            }
            return Expr.sum(terms);
        }
        if (e instanceof Product p) {
            if (p.factors().size() > 100) {
                throw new Unsupported("a derivative of a product of more than 100 factors");
            }
            List<Expr> terms = new ArrayList<>();
            for (int i = 0; i < p.factors().size(); i++) {
                Expr d = derivative(p.factors().get(i), x);
                if (d instanceof Num n && n.value().isZero()) {
                    continue;
                }
                List<Expr> factors = new ArrayList<>(p.factors());
                factors.set(i, d);
                terms.add(Expr.product(factors));
            }
            return Expr.sum(terms);
        }
        if (e instanceof Power p) {
            if (p.exponent().has(x)) {
                throw new Unsupported("a power with the variable in its exponent");
            }
            Expr n = p.exponent();
            return Expr.product(n, Expr.power(p.base(), Expr.sum(n, Expr.num(-1))), derivative(p.base(), x));
        }
        if (e instanceof Unknown u) {
            return Expr.product(new Unknown(u.name(), u.order() + 1, u.arg()), derivative(u.arg(), x));
        }
        if (e instanceof Call c) {
            List<Expr> terms = new ArrayList<>();
            for (int i = 0; i < c.args().size(); i++) {
                Expr inner = derivative(c.args().get(i), x);
                if (!(inner instanceof Num n && n.value().isZero())) {
                    terms.add(Expr.product(partial(c, i), inner));
                }
            }
            return Expr.sum(terms);
        }
        if (e instanceof Piecewise || e instanceof Expr.Substituted) {
            throw new Unsupported("a derivative of " + e.getClass().getSimpleName());
        }
        throw new Unsupported("a derivative of " + e);
    }

    /** f'(u) for a call f(u) of a function of one argument (sigmoid'(z) as written). */
    static Expr derivativeOfFunction(Expr call) throws Unsupported {
        if (!(call instanceof Call c) || c.args().size() != 1) {
            throw new Unsupported("a prime on " + call);
        }
        return partial(c, 0);
    }

    /** The partial derivative of a call by its argument i: the hyperbolic ones Symja has and the table lacks, else the table's. */
    private static Expr partial(Call c, int i) throws Unsupported {
        Expr u = c.args().get(0);
        return switch (c.name()) {
            case "sinh" -> Expr.call("cosh", u);
            case "cosh" -> Expr.call("sinh", u);
            case "sech" -> Expr.negate(Expr.product(Expr.call("sech", u), Expr.call("tanh", u)));
            case "sign" -> throw new Unsupported("a derivative of sign");
            default -> TableForms.partial(c, i);
        };
    }

    /** Carries an {@link Unsupported} out of a tree rebuild. */
    private static final class Wrapped extends RuntimeException {
        final Unsupported cause;

        Wrapped(Unsupported cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }
}

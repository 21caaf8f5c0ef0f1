package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Num;
import dev.gradus.proofs.quick.Expr.Product;
import dev.gradus.proofs.quick.Expr.Sum;
import dev.gradus.proofs.quick.Expr.Var;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** c + a_1 x_1 + ... + a_n x_n with rational c and a_i: where a kink of a Piecewise lies, or an assumption's bound. */
record Linear(Map<String, Rational> coefficients, Rational constant) {
    /** e as a linear form, or empty when it is not one. */
    static Optional<Linear> of(Expr e) {
        if (e instanceof Num n) {
            return Optional.of(new Linear(Map.of(), n.value()));
        }
        if (e instanceof Var v) {
            return Optional.of(new Linear(Map.of(v.name(), Rational.ONE), Rational.ZERO));
        }
        if (e instanceof Sum s) {
            Map<String, Rational> sum = new LinkedHashMap<>();
            Rational c = Rational.ZERO;
            for (Expr t : s.terms()) {
                Optional<Linear> l = of(t);
                if (l.isEmpty()) {
                    return Optional.empty();
                }
                c = c.plus(l.get().constant);
                l.get().coefficients.forEach((x, a) -> sum.merge(x, a, Rational::plus));
            }
            sum.values().removeIf(Rational::isZero);
            return Optional.of(new Linear(sum, c));
        }
        if (e instanceof Product p && p.factors().size() == 2 && p.factors().get(0) instanceof Num n) {
            return of(p.factors().get(1)).map(l -> l.times(n.value()));
        }
        return Optional.empty();
    }

    Linear times(Rational k) {
        Map<String, Rational> scaled = new LinkedHashMap<>();
        coefficients.forEach((x, a) -> scaled.put(x, a.times(k)));
        return new Linear(k.isZero() ? Map.of() : scaled, constant.times(k));
    }

    Linear minus(Linear o) {
        Map<String, Rational> d = new LinkedHashMap<>(coefficients);
        o.coefficients.forEach((x, a) -> d.merge(x, a.negate(), Rational::plus));
        d.values().removeIf(Rational::isZero);
        return new Linear(d, constant.plus(o.constant.negate()));
    }

    /** The value at {@code values}, which must give every variable of this form. */
    Rational at(Map<String, Rational> values) {
        Rational v = constant;
        for (Map.Entry<String, Rational> t : coefficients.entrySet()) {
            v = v.plus(t.getValue().times(values.get(t.getKey())));
        }
        return v;
    }
}

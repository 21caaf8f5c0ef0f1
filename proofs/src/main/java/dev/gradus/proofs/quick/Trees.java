package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Case;
import dev.gradus.proofs.quick.Expr.Comparison;
import dev.gradus.proofs.quick.Expr.Condition;
import dev.gradus.proofs.quick.Expr.Derivative;
import dev.gradus.proofs.quick.Expr.Piecewise;
import dev.gradus.proofs.quick.Expr.Power;
import dev.gradus.proofs.quick.Expr.Product;
import dev.gradus.proofs.quick.Expr.Sum;
import dev.gradus.proofs.quick.Expr.Unknown;
import dev.gradus.proofs.quick.Expr.Var;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Walks over expressions: their variables, and expressions rebuilt bottom-up. */
final class Trees {
    private Trees() {}

    static Set<String> variables(Expr e) {
        Set<String> names = new LinkedHashSet<>();
        visit(e, n -> {
            if (n instanceof Var v) {
                names.add(v.name());
            }
        });
        return names;
    }

    /** Every node of e, parents before children (comparisons' sides included). */
    static void visit(Expr e, Consumer<Expr> each) {
        each.accept(e);
        if (e instanceof Sum s) {
            s.terms().forEach(t -> visit(t, each));
        } else if (e instanceof Product p) {
            p.factors().forEach(f -> visit(f, each));
        } else if (e instanceof Power p) {
            visit(p.base(), each);
            visit(p.exponent(), each);
        } else if (e instanceof Call c) {
            c.args().forEach(a -> visit(a, each));
        } else if (e instanceof Unknown u) {
            visit(u.arg(), each);
        } else if (e instanceof Derivative d) {
            visit(d.of(), each);
        } else if (e instanceof Expr.Wirtinger w) {
            visit(w.of(), each);
        } else if (e instanceof Expr.Substituted s) {
            visit(s.of(), each);
            s.values().values().forEach(v -> visit(v, each));
        } else if (e instanceof Piecewise p) {
            for (Case c : p.cases()) {
                visit(c.value(), each);
                for (Comparison cmp : c.when().all()) {
                    visit(cmp.left(), each);
                    visit(cmp.right(), each);
                }
            }
            visit(p.otherwise(), each);
        }
    }

    /** e with its children rebuilt by {@code f} first, then {@code f} applied to the node. */
    static Expr rebuild(Expr e, UnaryOperator<Expr> f) {
        Expr rebuilt = e;
        if (e instanceof Sum s) {
            rebuilt = Expr.sum(s.terms().stream().map(t -> rebuild(t, f)).toList());
        } else if (e instanceof Product p) {
            rebuilt = Expr.product(p.factors().stream().map(t -> rebuild(t, f)).toList());
        } else if (e instanceof Power p) {
            rebuilt = Expr.power(rebuild(p.base(), f), rebuild(p.exponent(), f));
        } else if (e instanceof Call c) {
            rebuilt = new Call(c.name(), c.args().stream().map(a -> rebuild(a, f)).toList());
        } else if (e instanceof Unknown u) {
            rebuilt = new Unknown(u.name(), u.order(), rebuild(u.arg(), f));
        } else if (e instanceof Derivative d) {
            rebuilt = new Derivative(rebuild(d.of(), f), d.variable());
        } else if (e instanceof Expr.Wirtinger w) {
            rebuilt = new Expr.Wirtinger(rebuild(w.of(), f), w.variable(), w.conjugate());
        } else if (e instanceof Expr.Substituted s) {
            Map<String, Expr> values = new java.util.LinkedHashMap<>();
            s.values().forEach((x, v) -> values.put(x, rebuild(v, f)));
            rebuilt = new Expr.Substituted(rebuild(s.of(), f), values);
        } else if (e instanceof Piecewise p) {
            rebuilt = new Piecewise(p.cases().stream().map(c -> new Case(rebuild(c.value(), f), rebuild(c.when(), f))).toList(),
                    rebuild(p.otherwise(), f));
        }
        return f.apply(rebuilt);
    }

    static Condition rebuild(Condition c, UnaryOperator<Expr> f) {
        return new Condition(c.all().stream().map(cmp -> new Comparison(rebuild(cmp.left(), f), cmp.op(), rebuild(cmp.right(), f))).toList());
    }

    /** e with each variable of {@code values} replaced. */
    static Expr substitute(Expr e, Map<String, Expr> values) {
        return rebuild(e, n -> n instanceof Var v && values.containsKey(v.name()) ? values.get(v.name()) : n);
    }

    static Expr substitute(Expr e, List<String> slots, List<Expr> args) {
        Map<String, Expr> values = new java.util.HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            values.put(slots.get(i), args.get(i));
        }
        return substitute(e, values);
    }

    /** The number of nodes of e, to bound what the checker takes on. */
    static int size(Expr e) {
        int[] n = {0};
        visit(e, x -> n[0]++);
        return n[0];
    }
}

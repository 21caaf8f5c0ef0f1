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
        return f.apply(rebuildChildren(e, child -> rebuild(child, f)));
    }

    /**
     * e with each variable of {@code values} replaced, all at once: a replacement is never looked
     * into again, even where the factories fold it with its siblings into a bare variable
     * (x -> -x in -x gives x, which stays x).
     */
    static Expr substitute(Expr e, Map<String, Expr> values) {
        if (e instanceof Var v) {
            return values.getOrDefault(v.name(), e);
        }
        return rebuildChildren(e, child -> substitute(child, values));
    }

    /** e rebuilt with {@code f} applied to each direct child (and comparison side), not to e itself. */
    private static Expr rebuildChildren(Expr e, UnaryOperator<Expr> f) {
        if (e instanceof Sum s) {
            return Expr.sum(s.terms().stream().map(f).toList());
        }
        if (e instanceof Product p) {
            return Expr.product(p.factors().stream().map(f).toList());
        }
        if (e instanceof Power p) {
            return Expr.power(f.apply(p.base()), f.apply(p.exponent()));
        }
        if (e instanceof Call c) {
            return new Call(c.name(), c.args().stream().map(f).toList());
        }
        if (e instanceof Unknown u) {
            return new Unknown(u.name(), u.order(), f.apply(u.arg()));
        }
        if (e instanceof Derivative d) {
            return new Derivative(f.apply(d.of()), d.variable());
        }
        if (e instanceof Expr.Wirtinger w) {
            return new Expr.Wirtinger(f.apply(w.of()), w.variable(), w.conjugate());
        }
        if (e instanceof Expr.Substituted s) {
            Map<String, Expr> values = new java.util.LinkedHashMap<>();
            s.values().forEach((x, v) -> values.put(x, f.apply(v)));
            return new Expr.Substituted(f.apply(s.of()), values);
        }
        if (e instanceof Piecewise p) {
            return new Piecewise(p.cases().stream().map(c -> new Case(f.apply(c.value()), new Condition(c.when().all().stream()
                    .map(cmp -> new Comparison(f.apply(cmp.left()), cmp.op(), f.apply(cmp.right()))).toList()))).toList(),
                    f.apply(p.otherwise()));
        }
        return e;
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

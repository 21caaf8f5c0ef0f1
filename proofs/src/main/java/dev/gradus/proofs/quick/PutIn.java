package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Derivative;
import dev.gradus.proofs.quick.Expr.Var;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's definitions (z = w x + b, a = sigma(z), sigma(z) = 1/(1 + e^-z)) put into a step, as
 * the verifier puts them in ({@code verify.Definitions}): every defined name by its body, a name met
 * again inside its own expansion left a name; a call of a defined function of one variable by its
 * body at the argument, its derivative sigma'(u) by the body's derivative at u, its name alone by
 * its body; a derivative by a defined name taken with that name as its variable, its definition put
 * into the result afterwards (dL/da with a = sigma(z) is a - y with a then sigma(z), not 0).
 */
final class PutIn {
    /** A definition read: its parameters (none for a name) and body. */
    record Definition(List<String> parameters, Expr body) {}

    private final Map<String, Definition> bodies;
    /** Nodes left to build: forty definitions that each repeat the one before would put in 2^40. */
    private long budget;
    private final Set<String> held = new HashSet<>();
    private final Set<String> expanding = new HashSet<>();
    private final Set<String> used = new LinkedHashSet<>();
    private final Set<String> differentiatedBy = new LinkedHashSet<>();

    PutIn(Map<String, Definition> bodies, long maxNodes) {
        this.bodies = bodies;
        this.budget = maxNodes;
    }

    Expr into(Expr e) throws Unsupported {
        if (--budget < 0) {
            throw new Unsupported("a step that grows beyond its bound with the definitions put in");
        }
        if (e instanceof Var v) {
            Definition d = bodies.get(v.name());
            if (d == null || held.contains(v.name()) || !expanding.add(v.name())) {
                return e;
            }
            used.add(v.name());
            Expr put = into(d.body());
            expanding.remove(v.name());
            return put;
        }
        if (e instanceof Expr.Unknown u && bodies.containsKey(u.name())) {
            return call(u, bodies.get(u.name()));
        }
        if (e instanceof Derivative d && isOwnVariable(d.variable())) {
            held.add(d.variable());
            Expr differentiated = new Derivative(into(d.of()), d.variable());
            held.remove(d.variable());
            differentiatedBy.add(d.variable());
            return new Expr.Substituted(differentiated, Map.of(d.variable(), into(new Var(d.variable()))));
        }
        if (e instanceof Derivative d) {
            return new Derivative(into(d.of()), d.variable());
        }
        return rebuildChildren(e);
    }

    /**
     * f(u), f'(u) for a defined f: its body at u, or the body's derivative by its parameter at u
     * (the parameter the function's own, whatever else the document calls it); L(w) for a defined
     * name L is L.
     */
    private Expr call(Expr.Unknown u, Definition d) throws Unsupported {
        if (d.parameters().isEmpty() && u.order() == 0) {
            return into(new Var(u.name()));
        }
        if (d.parameters().size() != 1 || !expanding.add(u.name())) {
            throw new Unsupported("a call of " + u.name() + " the verifier reads");
        }
        used.add(u.name());
        String parameter = d.parameters().get(0);
        Expr result;
        if (u.order() == 0) {
            result = into(Trees.substitute(d.body(), Map.of(parameter, into(u.arg()))));
        } else {
            boolean shadowed = expanding.add(parameter);
            Expr body = into(d.body());
            if (shadowed) {
                expanding.remove(parameter);
            }
            for (int k = 0; k < u.order(); k++) {
                body = new Derivative(body, parameter);
            }
            result = new Expr.Substituted(body, Map.of(parameter, into(u.arg())));
        }
        expanding.remove(u.name());
        return result;
    }

    /** e with each child put into, its own node kept. */
    private Expr rebuildChildren(Expr e) throws Unsupported {
        if (e instanceof Expr.Sum s) {
            return Expr.sum(all(s.terms()));
        }
        if (e instanceof Expr.Product p) {
            return Expr.product(all(p.factors()));
        }
        if (e instanceof Expr.Power p) {
            return Expr.power(into(p.base()), into(p.exponent()));
        }
        if (e instanceof Expr.Call c) {
            return new Expr.Call(c.name(), all(c.args()));
        }
        if (e instanceof Expr.Unknown u) {
            return new Expr.Unknown(u.name(), u.order(), into(u.arg()));
        }
        if (e instanceof Expr.Substituted s) {
            Map<String, Expr> values = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Expr> v : s.values().entrySet()) {
                values.put(v.getKey(), into(v.getValue()));
            }
            return new Expr.Substituted(into(s.of()), values);
        }
        if (e instanceof Expr.Piecewise || e instanceof Expr.Wirtinger) {
            throw new Unsupported("definitions put into a " + e.getClass().getSimpleName());
        }
        return e;
    }

    private List<Expr> all(List<Expr> es) throws Unsupported {
        List<Expr> out = new java.util.ArrayList<>();
        for (Expr e : es) {
            out.add(into(e));
        }
        return out;
    }

    /** A defined name that no enclosing derivative holds and that is not being put in already. */
    private boolean isOwnVariable(String name) {
        return bodies.containsKey(name) && !held.contains(name) && !expanding.contains(name);
    }

    /** The verifier's notes on what was put in, in the same words. */
    List<String> notes() {
        List<String> notes = new java.util.ArrayList<>();
        if (!used.isEmpty()) {
            notes.add("with the definitions of " + String.join(", ", used) + " put in");
        }
        if (!differentiatedBy.isEmpty()) {
            String names = String.join(", ", differentiatedBy);
            notes.add("a derivative by " + names + " is taken with " + names + " as its variable, then "
                    + (differentiatedBy.size() == 1 ? "its definition" : "their definitions") + " put into the result");
        }
        return notes;
    }
}

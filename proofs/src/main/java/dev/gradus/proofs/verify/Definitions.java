package dev.gradus.proofs.verify;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A document's definitions put into a later step: with {@code z = w x + b}, {@code a = σ(z)} and
 * {@code L = (a - y)^2/2} made, {@code dL/dw} is the derivative of (σ(w x + b) - y)^2/2 by w, not 0.
 * A body uses only names defined before it, so putting them in ends.
 */
final class Definitions {
    /** A definition read: its parameters (none for a name) and its body. */
    record Read(List<ISymbol> parameters, IExpr body) {}

    private final Map<ISymbol, Read> byName = new HashMap<>();
    /** The names put in so far, in the order first met. */
    private final Set<String> used = new LinkedHashSet<>();

    void add(ISymbol name, Read definition) {
        byName.put(name, definition);
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /** {@code e} with every defined name replaced by its body, and every call of a defined function by its body for its arguments. */
    IExpr putIn(IExpr e) {
        if (e.isSymbol()) {
            Read d = byName.get(e);
            if (d == null) {
                return e;
            }
            used.add(e.toString());
            if (d.parameters().isEmpty()) {
                return putIn(d.body());
            }
            // a defined function not applied, as in its derivative f'(x) = Derivative(1)[f][x]: the function itself
            IASTAppendable slots = F.ListAlloc(d.parameters().size());
            for (int i = 0; i < d.parameters().size(); i++) {
                slots.append(F.Rule(d.parameters().get(i), F.Slot(i + 1)));
            }
            return F.Function(putIn(d.body()).replaceAll(slots).orElse(putIn(d.body())));
        }
        if (!e.isAST()) {
            return e;
        }
        IAST ast = (IAST) e;
        Read d = ast.head().isSymbol() ? byName.get(ast.head()) : null;
        if (d != null && d.parameters().size() == ast.argSize()) {
            used.add(ast.head().toString());
            IASTAppendable rules = F.ListAlloc(ast.argSize());
            for (int i = 1; i <= ast.argSize(); i++) {
                rules.append(F.Rule(d.parameters().get(i - 1), putIn(ast.get(i))));
            }
            IExpr body = d.body().replaceAll(rules).orElse(d.body());
            return putIn(body);
        }
        IASTAppendable copy = F.ast(ast.head().isAST() ? putIn(ast.head()) : ast.head(), ast.argSize());
        for (IExpr arg : ast) {
            copy.append(putIn(arg));
        }
        return copy;
    }

    /** The definitions {@link #putIn} used, by name: "z, a, L". */
    String used() {
        return String.join(", ", used);
    }
}

package dev.gradus.proofs.verify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A document's definitions put into a later step: with {@code z = w x + b}, {@code a = σ(z)} and
 * {@code L = (a - y)^2/2} made, {@code dL/dw} is the derivative of (σ(w x + b) - y)^2/2 by w, not 0.
 * A name met again inside its own expansion stays a name, so putting them in ends.
 */
final class Definitions {
    /** A definition read: its parameters (none for a name) and its body. */
    record Read(List<ISymbol> parameters, IExpr body) {}

    private final Map<ISymbol, Read> byName = new HashMap<>();
    /** Defined names a step differentiates by: variables in that step. */
    private final Set<IExpr> held = new HashSet<>();
    /** The names being put in, outermost first. */
    private final Set<IExpr> expanding = new HashSet<>();
    /** The names put in so far, in the order first met. */
    private final Set<String> used = new LinkedHashSet<>();

    /** The most leaves a step may have with its definitions put in: x2 = x1 + x1, x3 = x2 + x2, ... doubles each time. */
    static final long MAX_SIZE = 100_000;

    /**
     * How many leaves {@code e} would have with the definitions put in, counted without putting
     * them in (each name's count once), capped far above {@link #MAX_SIZE}: forty definitions that
     * each repeat the one before would otherwise expand to 2^40 terms and never end.
     */
    long sizePutIn(IExpr e) {
        return size(e, new HashMap<>(), new HashSet<>());
    }

    private long size(IExpr e, Map<IExpr, Long> counted, Set<IExpr> open) {
        if (e.isSymbol()) {
            Read d = byName.get(e);
            if (d == null || held.contains(e) || !open.add(e)) {
                return 1;
            }
            Long known = counted.get(e);
            long n = known != null ? known : size(d.body(), counted, open);
            open.remove(e);
            counted.put(e, n);
            return n;
        }
        if (!e.isAST()) {
            return 1;
        }
        long n = 0;
        IAST ast = (IAST) e;
        Read d = ast.head().isSymbol() ? byName.get(ast.head()) : null;
        if (d != null && open.add(ast.head())) {
            n += size(d.body(), counted, open);   // a call: the body, besides its arguments below (an upper bound)
            open.remove(ast.head());
        } else {
            n += size(ast.head(), counted, open);
        }
        for (IExpr arg : ast) {
            n = Math.min(Long.MAX_VALUE / 4, n + size(arg, counted, open));
        }
        return n;
    }

    void add(ISymbol name, Read definition) {
        byName.put(name, definition);
    }

    /**
     * Keeps the defined names a side differentiates by ({@code D(L, a)}: ∂L/∂a with a = σ(z)) as
     * variables in the whole step: the step then says what it says for every a, σ(z) among them,
     * where putting a in would leave nothing to differentiate by. Returns those names.
     */
    List<String> holdDifferentiationVariables(IExpr... sides) {
        for (IExpr side : sides) {
            collectDerivativeVariables(side);
        }
        return held.stream().map(IExpr::toString).sorted().toList();
    }

    private void collectDerivativeVariables(IExpr e) {
        if (!e.isAST()) {
            return;
        }
        IAST ast = (IAST) e;
        if (ast.head().equals(S.D)) {
            for (int i = 2; i <= ast.argSize(); i++) {
                IExpr by = ast.get(i).isList() && ((IAST) ast.get(i)).argSize() > 0 ? ((IAST) ast.get(i)).arg1() : ast.get(i);
                Read d = by.isSymbol() ? byName.get(by) : null;
                if (d != null && d.parameters().isEmpty()) {
                    held.add(by);
                }
            }
        }
        ast.forEach(this::collectDerivativeVariables);
        if (ast.head().isAST()) {
            collectDerivativeVariables(ast.head());
        }
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /**
     * {@code e} with every defined name replaced by its body, and every call of a defined function
     * by its body for its arguments. A defined function's name alone stands for its body in its
     * own parameters (dσ/dz with σ(z) defined), and under a derivative (σ'(z)) for the function.
     */
    IExpr putIn(IExpr e) {
        if (e.isSymbol()) {
            Read d = byName.get(e);
            if (d == null || held.contains(e) || !expanding.add(e)) {
                return e;   // a name met again inside its own definition ("where" may define in a circle) stays a name
            }
            used.add(e.toString());
            // its parameters are its own, whatever else the document calls by those names
            List<ISymbol> shadowed = d.parameters().stream().filter(expanding::add).toList();
            IExpr body = putIn(d.body());
            shadowed.forEach(expanding::remove);
            expanding.remove(e);
            return body;
        }
        if (!e.isAST()) {
            return e;
        }
        IAST ast = (IAST) e;
        if (isDerivativeOperator(ast)) {
            IASTAppendable copy = F.ast(ast.head(), ast.argSize());
            ast.forEach(f -> copy.append(asFunction(f)));
            return copy;
        }
        Read d = ast.head().isSymbol() ? byName.get(ast.head()) : null;
        if (d != null && d.parameters().isEmpty()) {
            // L(w) for a defined name L: L as a function of w, which its definition already says how
            return putIn(ast.head());
        }
        if (d != null && d.parameters().size() == ast.argSize() && expanding.add(ast.head())) {
            used.add(ast.head().toString());
            IASTAppendable rules = F.ListAlloc(ast.argSize());
            for (int i = 1; i <= ast.argSize(); i++) {
                rules.append(F.Rule(d.parameters().get(i - 1), putIn(ast.get(i))));
            }
            IExpr body = putIn(d.body().replaceAll(rules).orElse(d.body()));
            expanding.remove(ast.head());
            return body;
        }
        IASTAppendable copy = F.ast(ast.head().isAST() ? putIn(ast.head()) : ast.head(), ast.argSize());
        for (IExpr arg : ast) {
            copy.append(putIn(arg));
        }
        return copy;
    }

    /** {@code Derivative(1)[f]}: its argument is a function, not a quantity. */
    private static boolean isDerivativeOperator(IAST ast) {
        return ast.head().isAST() && ((IAST) ast.head()).head().equals(S.Derivative);
    }

    /** A defined function as a pure function of its parameters; anything else put in as usual. */
    private IExpr asFunction(IExpr f) {
        Read d = f.isSymbol() ? byName.get(f) : null;
        if (d == null || d.parameters().isEmpty()) {
            return putIn(f);
        }
        IASTAppendable slots = F.ListAlloc(d.parameters().size());
        for (int i = 0; i < d.parameters().size(); i++) {
            slots.append(F.Rule(d.parameters().get(i), F.Slot(i + 1)));
        }
        IExpr body = putIn(f);
        return F.Function(body.replaceAll(slots).orElse(body));
    }

    /** The definitions {@link #putIn} used, by name: "z, a, L". */
    String used() {
        return String.join(", ", used);
    }
}

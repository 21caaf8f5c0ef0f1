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
    /** The defined names the derivatives being put in differentiate by: variables inside those derivatives. */
    private final Set<IExpr> held = new HashSet<>();
    /** The defined names differentiated by, in the order first met. */
    private final Set<String> differentiatedBy = new LinkedHashSet<>();
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
            if (d == null || !open.add(e)) {
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

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /**
     * {@code e} with every defined name replaced by its body, and every call of a defined function
     * by its body for its arguments. A defined function's name alone stands for its body, its
     * parameters meaning what the document defines them as (∂𝓛/∂b with 𝓛(a, y) and a = σ(w x + b)
     * defined), and under a derivative (σ'(z)) for the function. A derivative by a defined name is
     * taken with that name as its variable, and the name's definition put into the result: with
     * a = σ(z) and L = (a - y)^2, ∂L/∂a is 2(σ(z) - y), while ∂a/∂z beside it is σ'(z).
     */
    IExpr putIn(IExpr e) {
        if (e.isSymbol()) {
            Read d = byName.get(e);
            return d == null || held.contains(e) ? e : body((ISymbol) e, d, false);
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
        if (isDerivative(ast) && ast.argSize() >= 2 && ast.stream().skip(1).anyMatch(v -> isOwnVariable(variable(v)))) {
            // innermost first: D(f, a, z) is D(D(f, a), z)
            IExpr nested = ast.arg1();
            for (int i = 2; i <= ast.argSize(); i++) {
                nested = F.binaryAST2(ast.head(), nested, ast.get(i));
            }
            return derivativeByOne((IAST) nested);
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

    /**
     * A defined name's body put in; a function's parameters are its own ({@code ownParameters}: σ as
     * the function of σ'(z), whatever else the document calls z) or mean what the document defines them as.
     */
    private IExpr body(ISymbol name, Read d, boolean ownParameters) {
        if (!expanding.add(name)) {
            return name;   // a name met again inside its own definition ("where" may define in a circle) stays a name
        }
        used.add(name.toString());
        List<ISymbol> shadowed = ownParameters ? d.parameters().stream().filter(expanding::add).toList() : List.of();
        IExpr body = putIn(d.body());
        shadowed.forEach(expanding::remove);
        expanding.remove(name);
        return body;
    }

    /**
     * D(f, by) with one variable (a symbol, or {a, n}): by a defined name a, f is put in with a held
     * as the variable, and a's definition is put into the derivative afterwards,
     * {@code ReplaceAll(D(f, a), a -> σ(z))}, which is evaluated derivative first.
     */
    private IExpr derivativeByOne(IAST derivative) {
        IExpr by = derivative.arg2();
        IExpr a = variable(by);
        if (!isOwnVariable(a)) {
            return F.binaryAST2(derivative.head(), putIn(derivative.arg1()), by);
        }
        held.add(a);   // in f, also inside the derivatives f holds (∂/∂z of ∂L/∂a), a is this derivative's variable
        IExpr differentiated = F.binaryAST2(derivative.head(), putIn(derivative.arg1()), by);
        held.remove(a);
        differentiatedBy.add(a.toString());
        return F.ReplaceAll(differentiated, F.Rule(a, putIn(a)));
    }

    /** The variable of {@code by}: a, or a in {a, n}. */
    private static IExpr variable(IExpr by) {
        return by.isList() && ((IAST) by).argSize() > 0 ? ((IAST) by).arg1() : by;
    }

    /** A defined name (not a function) that no enclosing derivative holds and that is not being put in already. */
    private boolean isOwnVariable(IExpr a) {
        Read d = a.isSymbol() ? byName.get(a) : null;
        return d != null && d.parameters().isEmpty() && !held.contains(a) && !expanding.contains(a);
    }

    /** D, or a Wirtinger derivative Dz, Dzbar: its second argument is a variable. */
    private static boolean isDerivative(IAST ast) {
        IExpr head = ast.head();
        return head.equals(S.D) || head.isSymbol() && !head.isBuiltInSymbol()
                && (head.toString().equalsIgnoreCase("dz") || head.toString().equalsIgnoreCase("dzbar"));
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
        IExpr body = body((ISymbol) f, d, true);
        return F.Function(body.replaceAll(slots).orElse(body));
    }

    /** The defined names a derivative was taken by, each as its variable there: "a". */
    List<String> differentiatedBy() {
        return List.copyOf(differentiatedBy);
    }

    /** The definitions {@link #putIn} used, by name: "z, a, L". */
    String used() {
        return String.join(", ", used);
    }
}

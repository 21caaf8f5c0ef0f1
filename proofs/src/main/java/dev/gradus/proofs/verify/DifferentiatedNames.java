package dev.gradus.proofs.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import dev.gradus.proofs.symja.SymjaTrees;

/**
 * Names a step differentiates are functions: in {@code D(u/v, x) = (v D(u, x) - u D(v, x))/v^2}
 * the u and v that are differentiated by x are unknown functions of x, everywhere in the step
 * (Symja alone reads D(u, x) as 0, and would prove the quotient rule with a + just as well). A
 * name counts as a function of x where the step differentiates it by x ({@code du/dx}), applies
 * it to x ({@code u(x)}) or applies its derivative ({@code u'(x)}); a prime without an argument
 * ({@code u'}, {@code (u/v)'}) differentiates by the step's one variable (x when it names none).
 * Names with definitions (sigmoid) and the variables of differentiation themselves stay as they are.
 */
final class DifferentiatedNames {
    /** The step as read, or why it cannot be. */
    record Reading(IExpr lhs, IExpr rhs, List<IExpr> assumptions, Optional<String> note, Optional<String> error) {}

    private final Map<ISymbol, List<IExpr>> variablesOf = new LinkedHashMap<>();
    private final Map<ISymbol, List<IExpr>> appliedTo = new LinkedHashMap<>();
    private final Set<ISymbol> conflicting = new LinkedHashSet<>();
    private final Set<ISymbol> differentiationVariables = new LinkedHashSet<>();
    private final Set<ISymbol> primedBare = new LinkedHashSet<>();
    private boolean primedCompound;
    /** The names inside a primed compound, (u/v)' or (x y)'. */
    private final Set<ISymbol> insidePrimes = new LinkedHashSet<>();
    private IExpr stepVariable;
    /** Letters that stand for constants by convention: c in (c u)' is not a function. */
    private static final Set<String> CONSTANT_LETTERS = Set.of("a", "b", "c", "k", "m", "n");

    /** Names the document declares functions (--function v, "% gradus: function v"). */
    private final Set<String> declared;

    private DifferentiatedNames(Set<String> declared) {
        this.declared = declared;
    }

    static Reading read(IExpr lhs, IExpr rhs, List<IExpr> assumptions) {
        return read(lhs, rhs, assumptions, Set.of());
    }

    /** As {@link #read(IExpr, IExpr, List)}; a declared function written bare inside D(1/v, x) is v(x) too. */
    static Reading read(IExpr lhs, IExpr rhs, List<IExpr> assumptions, Set<String> declaredFunctions) {
        DifferentiatedNames names = new DifferentiatedNames(declaredFunctions);
        names.collect(lhs);
        names.collect(rhs);
        return names.rewriteAll(lhs, rhs, assumptions);
    }

    private Reading rewriteAll(IExpr lhs, IExpr rhs, List<IExpr> assumptions) {
        variablesOf.keySet().removeAll(conflicting);
        variablesOf.keySet().removeAll(differentiationVariables);
        if (!primedBare.isEmpty() || primedCompound) {
            Set<IExpr> all = new LinkedHashSet<>(differentiationVariables);
            variablesOf.values().forEach(all::addAll);
            if (all.size() > 1) {
                return new Reading(lhs, rhs, assumptions, Optional.empty(), Optional.of("a prime without a variable in a step about "
                        + all.stream().map(IExpr::toString).collect(Collectors.joining(", ")) + ": write D(..., x) or u'(x)"));
            }
            if (all.isEmpty()) {
                // (x y)' names its variables; (u/v)' and u' with u and v functions name none: x, or t when x is primed
                Set<ISymbol> plain = new LinkedHashSet<>(insidePrimes);
                plain.removeAll(primedBare);
                plain.removeAll(variablesOf.keySet());
                IExpr byDefault = F.symbol(primedBare.stream().anyMatch(s -> s.toString().equals("x")) ? "t" : "x");
                if (plain.size() > 1) {
                    List<ISymbol> functions = functionLetters(plain, byDefault);
                    if (functions.isEmpty()) {
                        return new Reading(lhs, rhs, assumptions, Optional.empty(), Optional.of("a prime on an expression in "
                                + plain.stream().map(IExpr::toString).collect(Collectors.joining(", ")) + ": write D(..., x)"));
                    }
                    functions.forEach(f -> variablesOf.put(f, List.of(byDefault)));
                    plain.clear();
                } else if (!primedBare.isEmpty() && plain.stream().anyMatch(n -> CONSTANT_LETTERS.contains(n.toString()))) {
                    plain.clear();   // (c u)' = c u': c is a constant, u a function of x
                }
                all = plain.isEmpty() ? Set.of(byDefault) : Set.copyOf(plain);
            }
            stepVariable = all.iterator().next();
            for (ISymbol s : primedBare) {
                variablesOf.putIfAbsent(s, List.of(stepVariable));
            }
        }
        if (variablesOf.isEmpty() && stepVariable == null) {
            return new Reading(lhs, rhs, assumptions, Optional.empty(), Optional.empty());
        }
        List<IExpr> conditions = new ArrayList<>();
        assumptions.forEach(a -> conditions.add(rewrite(a)));
        return new Reading(rewrite(lhs), rewrite(rhs), conditions, note(), Optional.empty());
    }

    /**
     * (u/v)' or (u v^-1)' in a step that names no variable: letters other than x under the primes,
     * of which those not conventionally constants (a, b, c, k, m, n) are functions of x (t when x is
     * primed), as u in u'
     * alone. None when a name is longer than a letter or is x ((x y)' names its variables).
     */
    private static List<ISymbol> functionLetters(Set<ISymbol> names, IExpr variable) {
        if (names.stream().anyMatch(n -> n.toString().length() != 1 || n.equals(variable))) {
            return List.of();
        }
        return names.stream().filter(n -> !CONSTANT_LETTERS.contains(n.toString())).toList();
    }

    private Optional<String> note() {
        if (variablesOf.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> byVariables = new LinkedHashMap<>();
        variablesOf.forEach((s, vars) -> byVariables.computeIfAbsent(vars.stream().map(IExpr::toString).collect(Collectors.joining(", ")),
                v -> new ArrayList<>()).add(s.toString()));
        List<String> parts = new ArrayList<>();
        byVariables.forEach((vars, names) -> parts.add(String.join(", ", names) + (names.size() == 1 ? " is" : " are")
                + " read as " + (names.size() == 1 ? "an unknown function" : "unknown functions")
                + (vars.isEmpty() ? "" : " of " + vars)));   // f in f'(g(x)) is applied to an expression, not a variable
        return Optional.of(String.join("; ", parts) + " (the step must hold for every such function)");
    }

    private void collect(IExpr e) {
        if (!e.isAST()) {
            return;
        }
        IAST ast = (IAST) e;
        if (ast.isAST(S.D) && ast.argSize() >= 2) {
            List<IExpr> by = new ArrayList<>();
            for (int i = 2; i <= ast.argSize(); i++) {
                IExpr v = ast.get(i).isList() && ((IAST) ast.get(i)).argSize() >= 1 ? ((IAST) ast.get(i)).arg1() : ast.get(i);
                if (v.isSymbol()) {
                    by.add(v);
                    differentiationVariables.add((ISymbol) v);
                }
            }
            if (isName(ast.arg1())) {
                record((ISymbol) ast.arg1(), by);
            }
            SymjaTrees.contains(ast.arg1(), n -> {
                if (isName(n) && declared.contains(n.toString()) && !by.contains(n)) {
                    record((ISymbol) n, by);
                }
                return false;
            });
        } else if (isUnappliedDerivative(ast)) {
            if (isName(ast.arg1())) {
                primedBare.add((ISymbol) ast.arg1());
            } else {
                primedCompound = true;
                SymjaTrees.contains(ast.arg1(), n -> {
                    if (isName(n)) {
                        insidePrimes.add((ISymbol) n);
                    }
                    return false;
                });
            }
        } else if (ast.head().isAST() && isUnappliedDerivative((IAST) ast.head()) && isName(((IAST) ast.head()).arg1())) {
            applied((ISymbol) ((IAST) ast.head()).arg1(), symbolArguments(ast));
        } else if (isName(ast.head()) && !symbolArguments(ast).isEmpty()) {
            applied((ISymbol) ast.head(), symbolArguments(ast));
        }
        if (ast.head().isAST() && isUnappliedDerivative((IAST) ast.head())) {
            // f'(z) has its argument: a known function's (sigmoid'(z)) is no prime without a variable;
            // a pure function's body (a defined function put in) is looked into
            IExpr function = ((IAST) ast.head()).arg1();
            if (function.isAST(S.Function)) {
                ((IAST) function).forEach(this::collect);
            } else if (!function.isSymbol()) {
                collect(ast.head());
            }
        } else if (!isUnappliedDerivative(ast) && ast.head().isAST()) {
            collect(ast.head());
        }
        for (IExpr arg : ast) {
            collect(arg);
        }
    }

    /** u differentiated by these variables: D(u, x) and D(u, y) make u a function of x and y. */
    private void record(ISymbol name, List<IExpr> variables) {
        List<IExpr> known = variablesOf.computeIfAbsent(name, n -> new ArrayList<>());
        variables.stream().filter(v -> !known.contains(v)).forEach(known::add);
        if (appliedTo.containsKey(name) && !appliedTo.get(name).equals(known)) {
            conflicting.add(name);
        }
    }

    /** u applied to these arguments: its variables, in their order; u(x) beside u(y) has no one reading. */
    private void applied(ISymbol name, List<IExpr> arguments) {
        List<IExpr> before = appliedTo.putIfAbsent(name, arguments);
        List<IExpr> known = variablesOf.get(name);
        if (before != null && !before.equals(arguments) || known != null && !arguments.containsAll(known)) {
            conflicting.add(name);
        }
        variablesOf.put(name, new ArrayList<>(arguments));
    }

    /** The arguments of a call when every one is a symbol (u(x), u(x, y)), else none. */
    private static List<IExpr> symbolArguments(IAST call) {
        List<IExpr> args = new ArrayList<>();
        for (IExpr arg : call) {
            if (!arg.isSymbol() || arg.isBuiltInSymbol()) {
                return List.of();
            }
            args.add(arg);
        }
        return args;
    }

    /** A user's name without a definition: not E or Pi, not sigmoid. */
    private static boolean isName(IExpr e) {
        return e.isSymbol() && !e.isBuiltInSymbol() && !((ISymbol) e).containsRules();
    }

    /** Derivative(n)[f] not applied to anything: f' or (u/v)' as written without an argument. */
    private static boolean isUnappliedDerivative(IAST ast) {
        return ast.head().isAST(S.Derivative) && ast.argSize() == 1;
    }

    private IExpr rewrite(IExpr e) {
        if (e.isSymbol()) {
            List<IExpr> vars = variablesOf.get(e);
            return vars == null ? e : apply(e, vars);
        }
        if (!e.isAST()) {
            return e;
        }
        IAST ast = (IAST) e;
        if (isUnappliedDerivative(ast)) {
            return primed(ast);
        }
        IExpr head = ast.head();
        IExpr newHead = head;
        if (head.isAST() && !isUnappliedDerivative((IAST) head)) {
            newHead = rewrite(head);
        }
        IASTAppendable copy = F.ast(newHead, ast.argSize());
        for (IExpr arg : ast) {
            copy.append(rewrite(arg));
        }
        return copy;
    }

    /** u' as u'(x); (u/v)' as D(u(x)/v(x), x); the order of the prime kept. */
    private IExpr primed(IAST derivative) {
        IExpr order = ((IAST) derivative.head()).arg1();
        IExpr target = derivative.arg1();
        if (isName(target) && variablesOf.containsKey(target)) {
            IASTAppendable applied = F.ast(derivative);
            variablesOf.get(target).forEach(applied::append);
            return applied;
        }
        IExpr by = order.isOne() ? stepVariable : F.List(stepVariable, order);
        return F.D(rewrite(target), by);
    }

    private static IExpr apply(IExpr name, List<IExpr> variables) {
        IASTAppendable call = F.ast(name);
        variables.forEach(call::append);
        return call;
    }
}

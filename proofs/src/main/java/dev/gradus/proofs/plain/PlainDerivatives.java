package dev.gradus.proofs.plain;

import dev.gradus.proofs.ParseError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The derivatives of plain notation, for {@link PlainParser}: {@code d/dx f}, {@code d^2/dx^2 f},
 * {@code dy/dx}, {@code ∂/∂x f}, {@code ∂L/∂w} and {@code (x^2)'}; an operator applies to the whole
 * term after it, up to a '+' or '-' ({@code d/dx 1/x} is the derivative of 1/x). A differentiated name the
 * document defined is its definition; any other is an unknown function of the variable.
 */
final class PlainDerivatives {
    /** A one-letter name with an optional index, or a Greek letter's name: what d and ∂ take in dy/dx. */
    private static final Pattern ONE_LETTER = Pattern.compile(
            "[A-Za-z]_?[0-9]*|alpha|beta|gamma|delta|epsilon|theta|lambda|mu|sigma|tau|phi|psi|omega|rho|eta|xi|zeta|kappa|nu|chi");

    private final PlainParser p;

    PlainDerivatives(PlainParser parser) {
        this.p = parser;
    }

    /** d, or d and a one-letter name (dy, dL, dw1, dsigma for dσ): what may stand above a derivative's bar. */
    static boolean isNumerator(String name) {
        return name.equals("d") || name.startsWith("d") && ONE_LETTER.matcher(name.substring(1)).matches();
    }

    /** Whether the rest of d/dx, d^2/dx^2 or dy/dx follows (the parser stands after the numerator's name). */
    boolean startsHere(String numerator) {
        int k = numerator.equals("d") && p.peek().is("^") && p.peek(1).kind() == PlainToken.Kind.NUMBER ? 2 : 0;
        return p.peek(k).is("/") && denominator(p.peek(k + 1)) != null;
    }

    /** (x^2)' is the derivative by the one variable inside the brackets. */
    PlainNode ofBrackets(PlainNode operand, PlainToken prime) {
        Set<String> inside = new LinkedHashSet<>();
        PlainVariables.collect(operand, inside);
        if (inside.size() != 1) { // (u/v)': by the step's one variable, which the verifier finds
            return new PlainNode.Postfix(operand, prime.text());
        }
        PlainNode variable = new PlainNode.Name(inside.iterator().next());
        return derivative(operand, variable, prime.text().length());
    }

    /**
     * (x^2)'(3) is the derivative by the one variable inside the brackets, taken at the point in
     * the second ones (x -> 3); (uv)'(x) makes the names inside unknown functions of x, as u'(x)
     * does. What could be differentiated by more than one variable is an error, never a product.
     *
     * @param written the text read, for the note
     */
    PlainNode ofBracketsAt(PlainNode operand, PlainToken prime, List<PlainNode> point, PlainToken open, String written)
            throws ParseError {
        if (point.size() != 1) {
            throw new ParseError("a derivative is taken at one point: (x^2)'(3)", open.column());
        }
        PlainNode at = point.get(0);
        int order = prime.text().length();
        Set<String> inside = new LinkedHashSet<>();
        PlainVariables.collect(operand, inside);
        boolean ofFunctions = inside.stream().anyMatch(p::isFunction);
        PlainNode reading;
        if (inside.size() == 1 && !ofFunctions) {
            PlainNode variable = new PlainNode.Name(inside.iterator().next());
            PlainNode d = derivative(operand, variable, order);
            reading = at.print().equals(variable.print()) ? d
                    : new PlainNode.Call(new PlainNode.Name("ReplaceAll"), List.of(d, new PlainNode.Binary("->", variable, at)));
        } else if (at instanceof PlainNode.Name by && !inside.contains(by.name()) && inside.stream().noneMatch(p::isDefined)
                && !primed(operand)) {
            reading = derivative(applied(operand, inside, by), by, order);
        } else {
            throw new ParseError("'" + written + "': by which variable? write the derivative as D(f, x), "
                    + "and at a point as ReplaceAll(D(f, x), x -> 3)", prime.column());
        }
        p.note("'" + written + "' is read as " + reading.print());
        return reading;
    }

    /** The operand with each of {@code names} an unknown function of {@code by}: u*v as u(x)*v(x). */
    private static PlainNode applied(PlainNode node, Set<String> names, PlainNode by) {
        if (node instanceof PlainNode.Name n && names.contains(n.name())) {
            return new PlainNode.Call(n, List.of(by));
        } else if (node instanceof PlainNode.Call c) {
            return new PlainNode.Call(c.head(), c.arguments().stream().map(a -> applied(a, names, by)).toList());
        } else if (node instanceof PlainNode.ListOf l) {
            return new PlainNode.ListOf(l.elements().stream().map(e -> applied(e, names, by)).toList());
        } else if (node instanceof PlainNode.Negation n) {
            return new PlainNode.Negation(applied(n.operand(), names, by));
        } else if (node instanceof PlainNode.Binary b) {
            return new PlainNode.Binary(b.operator(), applied(b.left(), names, by), applied(b.right(), names, by));
        }
        return node;
    }

    /** Whether a prime or a factorial is inside: (u'v)'(x) is not read by making u a function of x again. */
    private static boolean primed(PlainNode node) {
        if (node instanceof PlainNode.Postfix) {
            return true;
        } else if (node instanceof PlainNode.Call c) {
            return primed(c.head()) || c.arguments().stream().anyMatch(PlainDerivatives::primed);
        } else if (node instanceof PlainNode.ListOf l) {
            return l.elements().stream().anyMatch(PlainDerivatives::primed);
        } else if (node instanceof PlainNode.Negation n) {
            return primed(n.operand());
        } else if (node instanceof PlainNode.Binary b) {
            return primed(b.left()) || primed(b.right());
        }
        return false;
    }

    /** d/dx f, d^2/dx^2 f, dy/dx, ∂/∂x f, ∂L/∂w, starting at {@code start}. */
    PlainNode operator(PlainToken start) throws ParseError {
        if (start.is("∂")) {
            p.next();
            String function = null;
            if (p.peek().kind() == PlainToken.Kind.NAME && p.peek(1).is("/")) {
                function = p.next().text();
            }
            p.expect("/", start, "∂ (write ∂/∂x f or ∂f/∂x)");
            p.expect("∂", start, "∂ (write ∂/∂x f or ∂f/∂x)");
            PlainToken variable = p.next();
            if (variable.kind() != PlainToken.Kind.NAME) {
                throw new ParseError("∂ needs a variable after the second ∂: ∂/∂x", variable.column());
            }
            return apply(function, variable.text(), 1);
        }
        PlainToken numerator = p.next();
        String function = numerator.text().equals("d") ? null : numerator.text().substring(1);
        int order = 1;
        if (p.peek().is("^")) {
            p.next();
            order = Integer.parseInt(p.next().text());
        }
        p.next(); // the '/'
        String variable = denominator(p.next());
        if (p.peek().is("^")) {
            p.next();
            PlainToken n = p.next();
            if (n.kind() != PlainToken.Kind.NUMBER || Integer.parseInt(n.text()) != order) {
                throw new ParseError("the orders of d^" + order + "/d" + variable + "^n must agree", n.column());
            }
        }
        return apply(function, variable, order);
    }

    private PlainNode apply(String function, String variable, int order) throws ParseError {
        PlainNode by = new PlainNode.Name(PlainNames.variable(variable));
        if (function != null && p.isDefined(function)) {
            return derivative(new PlainNode.Name(PlainNames.variable(function)), by, order);
        }
        if (function != null) {
            p.note("d" + function + "/d" + variable + " is the derivative of " + function + ", taken as an unknown function of "
                    + variable);
            PlainNode unknown = new PlainNode.Call(new PlainNode.Name(PlainNames.variable(function)), List.of(by));
            return derivative(unknown, by, order);
        }
        if (!p.startsFactor(p.peek()) && !p.peek().is("-")) {
            throw new ParseError("d/d" + variable + " needs something after it to differentiate", p.peek().column());
        }
        return derivative(p.operatorTerm(), by, order);
    }

    static PlainNode derivative(PlainNode operand, PlainNode variable, int order) {
        PlainNode by = order == 1 ? variable : new PlainNode.ListOf(List.of(variable, new PlainNode.Number(String.valueOf(order))));
        return new PlainNode.Call(new PlainNode.Name("D"), List.of(operand, by));
    }

    /** The variable of a derivative's denominator (dx, dw_1), or null. */
    private static String denominator(PlainToken t) {
        if (t.kind() == PlainToken.Kind.NAME && t.text().startsWith("d") && ONE_LETTER.matcher(t.text().substring(1)).matches()) {
            return t.text().substring(1).replace("_", "");
        }
        return null;
    }
}

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
        PlainNode by = new PlainNode.Name(variable);
        if (function != null && p.isDefined(function)) {
            return derivative(new PlainNode.Name(function), by, order);
        }
        if (function != null) {
            p.note("d" + function + "/d" + variable + " is the derivative of " + function + ", taken as an unknown function of "
                    + variable);
            PlainNode unknown = new PlainNode.Call(new PlainNode.Name(function.replace("_", "")), List.of(by));
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

package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;

/**
 * {@code \frac{a}{b}} (also {@code \dfrac}, {@code \tfrac}, {@code \frac12}), and the fractions
 * that are derivatives: {@code \frac{\partial f}{\partial x}}, {@code \frac{df}{dx}},
 * {@code \frac{\mathrm{d}}{\mathrm{d}x}}, {@code \frac{\partial^2 f}{\partial x \partial y}}, all
 * D(f, x, ...). A fraction is a derivative when its numerator starts with a differential (∂ or
 * d) and its denominator is the same differential before a variable; {@code \frac{d}{2}} is d/2.
 * With nothing after the differential in the numerator the fraction is an operator: it applies
 * to the rest of the product, up to the next + or - at the same level.
 */
final class Fractions {
    private final Parser p;

    Fractions(Parser p) {
        this.p = p;
    }

    Node fraction(Token t) throws ParseError {
        p.in.next();
        Group numerator = p.argument(t, "a numerator and a denominator");
        Group denominator = p.argument(t, "a denominator");
        Optional<Node> derivative = derivative(t, numerator, denominator);
        if (derivative.isPresent()) {
            return derivative.get();
        }
        Node n = p.within(numerator, p::enclosed);
        Node d = p.within(denominator, p::enclosed);
        return p.powerOf(new Node.Binary("/", n, d));
    }

    /** ∂ or d at a token, and the index after it. */
    private record Differential(boolean partial, int next) {}

    /** The numerator's order and the function after its differential (null for an operator). */
    private record Numerator(int order, Node function) {}

    private Optional<Node> derivative(Token frac, Group num, Group den) throws ParseError {
        Differential top = differential(num.from(), num.to());
        Differential bottom = differential(den.from(), den.to());
        if (top == null || bottom == null || top.partial() != bottom.partial() || !startsVariable(bottom.next(), den.to())) {
            return Optional.empty();
        }
        if (!top.partial() && top.next() < num.to()
                && (p.in.raw(top.next()).isSymbol("_") || p.in.raw(top.next()).isSymbol("'"))) {
            return Optional.empty();
        }
        Numerator n = p.within(num, () -> numerator(frac, top));
        List<Node> variables = new ArrayList<>();
        int order = p.within(den, () -> denominator(frac, bottom.partial(), variables));
        if (order != n.order()) {
            throw p.error(frac, "the orders do not match: " + n.order() + " in the numerator, " + order + " in the denominator");
        }
        List<Node> args = new ArrayList<>();
        String operator = p.source.slice(frac.start(), p.in.raw(den.after() - 1).end());
        args.add(n.function() != null ? n.function() : p.operand(frac, operator));
        args.addAll(variables);
        return Optional.of(derivative(args));
    }

    /**
     * D(f, x, ...); by one complex variable z, the Wirtinger derivative Dz(f, z), and by its
     * conjugate ({@code \partial \bar z}, read as the name zbar) Dzbar(f, z).
     */
    private Node derivative(List<Node> args) {
        Set<String> complex = p.scope.options().complex();
        if (args.size() == 2 && args.get(1) instanceof Node.Sym v) {
            if (complex.contains(v.name())) {
                return new Node.Call("Dz", 0, args);
            }
            String conjugated = v.name().endsWith("bar") ? v.name().substring(0, v.name().length() - 3) : "";
            if (complex.contains(conjugated)) {
                return new Node.Call("Dzbar", 0, List.of(args.get(0), new Node.Sym(conjugated)));
            }
        }
        return new Node.Call("D", 0, args);
    }

    /** {@code \partial_x f} and {@code \partial_{w_1} (x^2 w_1)}: the derivative by the subscript's variable of what follows. */
    Node partialWithSubscript(Token partial) throws ParseError {
        p.in.next();
        if (!p.in.peek().isSymbol("_")) {
            throw p.error(partial, "\\partial is understood in a fraction such as \\frac{\\partial f}{\\partial x}, or as \\partial_x f");
        }
        Token underscore = p.in.next();
        Group g = p.argument(underscore, "the variable to differentiate by");
        Scripts v = p.within(g, () -> p.variable(partial));
        if (v.power() != null) {
            throw p.error(partial, "write a higher derivative as \\partial_x \\partial_x f");
        }
        String operator = p.source.slice(partial.start(), p.in.raw(g.after() - 1).end());
        return derivative(List.of(p.operand(partial, operator), new Node.Sym(v.name())));
    }

    private Numerator numerator(Token frac, Differential top) throws ParseError {
        p.in.seek(top.next());
        int order = 1;
        Token t = p.in.peek();
        if (t.isSymbol("^")) {
            p.in.next();
            order = order(p.argument(t, "an order"));
        }
        return new Numerator(order, p.in.peek().isEnd() ? null : p.enclosed());
    }

    /** Reads ∂x ∂y^2 ... into {@code variables}; returns the total order. */
    private int denominator(Token frac, boolean partial, List<Node> variables) throws ParseError {
        int total = 0;
        do {
            Token t = p.in.peek();
            Differential d = differential(p.in.index(), p.in.limit());
            if (d == null || d.partial() != partial) {
                throw p.error(t, "expected " + (partial ? "\\partial" : "d") + " before " + t.shown() + " in the denominator");
            }
            p.in.seek(d.next());
            Scripts v = p.variable(frac);
            int k = v.power() == null ? 1 : order(v.power());
            Node name = new Node.Sym(v.name());
            variables.add(k == 1 ? name : new Node.Items(name, Node.Num.of(k)));
            total += k;
        } while (!p.in.peek().isEnd());
        return total;
    }

    private int order(Group g) throws ParseError {
        OptionalLong k = IndexValue.of(p.within(g, p::expression));
        if (k.isEmpty() || k.getAsLong() < 1 || k.getAsLong() > 20) {
            throw p.error(p.in.raw(g.from()), "the order of a derivative must be a whole number from 1 to 20");
        }
        return (int) k.getAsLong();
    }

    /** \partial, d, or \mathrm{d} (also \text{d}, \operatorname{d}, {\rm d}) at index i, or null. */
    private Differential differential(int i, int to) {
        if (i >= to) {
            return null;
        }
        Token t = p.in.raw(i);
        if (t.isCommand("partial")) {
            return new Differential(true, i + 1);
        }
        if (t.kind() == Token.Kind.LETTER && t.text().equals("d")) {
            return new Differential(false, i + 1);
        }
        boolean upright = TextWords.isTextCommand(t) && p.in.raw(i + 1).isSymbol("{")
                || t.isSymbol("{") && p.in.raw(i + 1).isCommand("rm");
        if (upright && i + 3 < to && p.in.raw(i + 2).text().equals("d") && p.in.raw(i + 3).isSymbol("}")) {
            return new Differential(false, i + 4);
        }
        return null;
    }

    private boolean startsVariable(int i, int to) {
        if (i >= to) {
            return false;
        }
        Token t = p.in.raw(i);
        return t.kind() == Token.Kind.LETTER
                || t.kind() == Token.Kind.COMMAND && (Names.isGreek(t.text()) || NameReader.isStyle(t));
    }
}

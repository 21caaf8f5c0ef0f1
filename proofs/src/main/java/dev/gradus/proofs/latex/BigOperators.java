package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.OptionalLong;

/**
 * {@code \sum_{k=1}^{n}} and {@code \prod_{i=2}^{N}}, each applying to the rest of the product
 * after it. A sum whose bounds are whole numbers (after the bindings) and
 * whose body uses the index in a subscript is unrolled: {@code \prod_{i=2}^{3} w_i} is
 * {@code w2*w3}; an empty sum is 0 and an empty product 1. Otherwise it stays
 * {@code Sum(body, {k, 1, n})}; a subscript on the index of such a sum is an error, since
 * {@code w_k} would otherwise become one symbol {@code wk} for every k.
 */
final class BigOperators {
    private final Parser p;

    BigOperators(Parser p) {
        this.p = p;
    }

    /** The index of a sum and its lower bound, as written in {@code _{k=1}}. */
    private record Lower(NameBase index, Node from) {}

    Node sum(Token t) throws ParseError {
        boolean product = t.isCommand("prod");
        p.in.next();
        Group lower = null;
        Group upper = null;
        for (int k = 0; k < 2; k++) {
            Token s = p.in.peek();
            if (s.isSymbol("_") && lower == null) {
                p.in.next();
                lower = p.argument(s, "a lower bound such as {k=1}");
            } else if (s.isSymbol("^") && upper == null) {
                p.in.next();
                upper = p.argument(s, "an upper bound");
            }
        }
        if (lower == null || upper == null) {
            throw p.error(t, t.shown() + " needs both bounds, as in " + t.shown() + "_{k=1}^{n}");
        }
        Lower bound = p.within(lower, () -> lower(t));
        Node to = p.within(upper, p::expression);
        String key = bound.index().bindingKey();
        OptionalLong from = IndexValue.of(bound.from());
        OptionalLong last = IndexValue.of(to);
        int body = p.in.index();
        if (from.isPresent() && last.isPresent()) {
            long a = from.getAsLong();
            long b = last.getAsLong();
            boolean subscripted = usesIndex(t, key, a);
            if (b < a) {
                return Node.Num.of(product ? 1 : 0);
            }
            if (subscripted) {
                return unrolled(t, product, key, a, b, body);
            }
            p.in.seek(body);
        }
        Node term = body(t, key, OptionalLong.empty());
        Node index = new Node.Sym(Names.compose(bound.index(), "", ""));
        return new Node.Call(product ? "Product" : "Sum", term, new Node.Items(index, bound.from(), to));
    }

    private Lower lower(Token sum) throws ParseError {
        Token v = p.in.next();
        boolean letter = v.kind() == Token.Kind.LETTER;
        if (!letter && !(v.kind() == Token.Kind.COMMAND && Names.isGreek(v.text()))) {
            throw p.error(v, "the index of " + sum.shown() + " must be one letter, as in _{k=1}");
        }
        Token eq = p.in.next();
        if (!eq.isSymbol("=")) {
            throw p.error(eq, sum.shown() + " needs a lower bound, as in _{k=1}");
        }
        if (p.in.peek().isEnd()) {
            throw p.error(eq, "'=' needs the first value of the index after it");
        }
        NameBase index = new NameBase(letter ? NameBase.Kind.LETTER : NameBase.Kind.GREEK, v.text(), v);
        return new Lower(index, p.expression());
    }

    /**
     * Parses the body once with the index at its first value: whether a subscript used the index.
     * (A ParseError abandons the whole parse, so the scope need not be restored on one.)
     */
    private boolean usesIndex(Token t, String key, long first) throws ParseError {
        enter(t, key, OptionalLong.of(first));
        p.operand(t, t.shown());
        return p.scope.leave();
    }

    private Node unrolled(Token t, boolean product, String key, long a, long b, int body) throws ParseError {
        if (b - a >= Scope.MAX_TERMS || b - a < 0 || !p.scope.spend(b - a + 1)) {
            throw p.error(t, "too many terms to unroll (at most " + Scope.MAX_TERMS + " in a formula)");
        }
        int end = p.in.index();
        Node result = null;
        for (long v = a; v <= b; v++) {
            p.in.seek(body);
            Node term = body(t, key, OptionalLong.of(v));
            result = result == null ? term : new Node.Binary(product ? "*" : "+", result, term);
        }
        p.in.seek(end);
        return result;
    }

    private Node body(Token t, String key, OptionalLong value) throws ParseError {
        enter(t, key, value);
        Node term = p.operand(t, t.shown());
        p.scope.leave();
        return term;
    }

    private void enter(Token t, String key, OptionalLong value) throws ParseError {
        if (!p.scope.enter(key, value)) {
            throw p.error(t, "sums and products are nested more than " + Scope.MAX_NESTED + " deep");
        }
    }
}

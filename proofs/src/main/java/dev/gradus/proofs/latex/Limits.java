package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code \lim_{x \to a}}, applying to the rest of the product after it, and its one-sided forms:
 * {@code x \to 0^+}, {@code x \to 0^{+}}, {@code x \to 0+} and {@code x \downarrow 0} approach from
 * above, {@code x \to 0^-}, {@code x \to 0-} and x ↑ 0 (uparrow) from below. A one-sided limit
 * is {@code Limit(f, x -> 0, Direction -> -1)} (from above; 1 from below): Symja 3 evaluates these
 * numbers, while it leaves {@code Direction -> "FromAbove"} unevaluated.
 */
final class Limits {
    private static final int ABOVE = -1;
    private static final int BELOW = 1;

    private final Parser p;

    Limits(Parser p) {
        this.p = p;
    }

    Node limit(Token t) throws ParseError {
        p.in.next();
        Token s = p.in.peek();
        if (!s.isSymbol("_")) {
            throw p.error(t, "\\lim needs a subscript such as \\lim_{x \\to 0}");
        }
        p.in.next();
        List<Node> approach = p.within(p.argument(s, "a subscript such as {x \\to 0}"), () -> approach(t));
        List<Node> args = new ArrayList<>();
        args.add(p.operand(t, t.shown()));
        args.addAll(approach);
        return new Node.Call("Limit", 0, args);
    }

    /** The value and the side of a sign written after it, 0 for none. */
    private record Value(int end, int side) {}

    /** The subscript: the rule {@code x -> a}, and the direction if it has one. */
    private List<Node> approach(Token lim) throws ParseError {
        Scripts variable = p.variable(lim);
        Token arrow = p.in.next();
        int arrowSide = arrow.isCommand("downarrow") || arrow.isCommand("searrow") ? ABOVE
                : arrow.isCommand("uparrow") || arrow.isCommand("nearrow") ? BELOW : 0;
        if (arrowSide == 0 && !arrow.isCommand("to") && !arrow.isCommand("rightarrow") && !arrow.isCommand("longrightarrow")) {
            throw p.error(arrow, "expected \\to after the variable of \\lim, not " + arrow.shown());
        }
        int from = p.in.index();
        int end = p.in.limit();
        Value v = value(from, end);
        if (v.end() <= from) {
            throw p.error(arrow, arrow.shown() + " needs the value that the variable approaches");
        }
        if (arrowSide != 0 && v.side() != 0 && arrowSide != v.side()) {
            throw p.error(arrow, "the limit approaches from above and from below at once");
        }
        Node value = p.within(new Group(from, v.end(), end, arrow), p::expression);
        p.in.seek(end);
        List<Node> rules = new ArrayList<>();
        rules.add(new Node.Binary("->", new Node.Sym(variable.name()), value));
        int side = arrowSide != 0 ? arrowSide : v.side();
        if (side != 0) {
            rules.add(new Node.Binary("->", new Node.Sym("Direction"), Node.Num.of(side)));
        }
        return rules;
    }

    /** Where the value ends in tokens [from, end): before a final {@code ^+}, {@code ^{+}} or {@code +} (or minus). */
    private Value value(int from, int end) {
        Token last = p.in.raw(end - 1);
        if (end - 4 >= from && last.isSymbol("}") && p.in.raw(end - 3).isSymbol("{") && p.in.raw(end - 4).isSymbol("^")
                && side(p.in.raw(end - 2)) != 0) {
            return new Value(end - 4, side(p.in.raw(end - 2)));
        }
        if (end - 1 < from || side(last) == 0) {
            return new Value(end, 0);
        }
        boolean power = end - 2 >= from && p.in.raw(end - 2).isSymbol("^");
        return new Value(power ? end - 2 : end - 1, side(last));
    }

    /** The side a sign stands for: + above, - below, 0 for any other token. */
    private static int side(Token sign) {
        return sign.isSymbol("+") ? ABOVE : sign.isSymbol("-") ? BELOW : 0;
    }
}

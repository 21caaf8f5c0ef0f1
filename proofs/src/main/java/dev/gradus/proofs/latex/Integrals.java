package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.List;

/**
 * Definite integrals: {@code \int_0^1 x\,dx} is Integrate(x, {x, 0, 1}). The integrand runs up
 * to its differential ({@code dx}, {@code \mathrm{d}x}, {@code \text{d}x}), the first one at its
 * own level that no inner {@code \int} takes. An integral without bounds is an error: an
 * antiderivative is only determined up to a constant, so "=" between two of them would be refuted
 * by a constant that textbooks leave out.
 */
final class Integrals {
    private final Parser p;

    Integrals(Parser p) {
        this.p = p;
    }

    /** The integral at the cursor ({@code \int}). */
    Node integral(Token t) throws ParseError {
        p.in.next();
        Group lower = null;
        Group upper = null;
        while (true) {
            Token s = p.in.peek();
            if (s.isSymbol("_") && lower == null) {
                p.in.next();
                lower = p.argument(s, "a lower bound");
            } else if (s.isSymbol("^") && upper == null) {
                p.in.next();
                upper = p.argument(s, "an upper bound");
            } else {
                break;
            }
        }
        int from = p.in.index();
        Differential d = differential(from);
        if (d == null) {
            throw p.error(t, "an integral needs its differential, as in \\int_0^1 x\\,dx");
        }
        if (lower == null || upper == null) {
            throw p.error(t, lower == null && upper == null
                    ? "an integral without bounds is only determined up to a constant: not checked (give bounds, or differentiate)"
                    : "an integral needs both bounds, as in \\int_0^1");
        }
        Node integrand = from == d.at() ? new Node.Num("1") : p.within(new Group(from, d.at(), d.at(), t), p::expression);
        p.in.seek(d.variable());
        Scripts v = p.variable(t);
        if (v.power() != null) {
            throw p.error(t, "a power on the variable of integration");
        }
        Node bounds = new Node.Items(new Node.Sym(v.name()), p.within(lower, p::enclosed), p.within(upper, p::enclosed));
        return new Node.Call("Integrate", integrand, bounds);
    }

    /** Where a differential starts, and where its variable does. */
    private record Differential(int at, int variable) {}

    /** The integrand's differential from index {@code from} on, or null. */
    private Differential differential(int from) {
        List<Token> tokens = p.tokens();
        Depth depth = new Depth();
        int inner = 0;
        for (int i = from; i < p.in.limit(); ) {
            Token t = tokens.get(i);
            if (depth.value() == 0) {
                if (t.isCommand("int")) {
                    inner++;
                }
                int variable = variableAfterD(tokens, i);
                if (variable > 0) {
                    if (inner == 0) {
                        return new Differential(i, variable);
                    }
                    inner--;
                }
            }
            i = depth.over(tokens, i);
            if (depth.value() < 0) {
                return null;
            }
        }
        return null;
    }

    /** After a d at i ({@code d}, {@code \mathrm{d}}) with one letter or Greek letter following: the variable's index, else -1. */
    private int variableAfterD(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        int after;
        if (isD(t)) {
            Token before = i > 0 ? tokens.get(i - 1) : null;
            boolean separate = before == null || t.spaceBefore() || before.kind() != Token.Kind.LETTER;
            after = separate ? i + 1 : -1;
        } else if (TextWords.isTextCommand(t) && i + 3 < tokens.size() && tokens.get(i + 1).isSymbol("{")
                && isD(tokens.get(i + 2)) && tokens.get(i + 3).isSymbol("}")) {
            after = i + 4;
        } else {
            return -1;
        }
        if (after < 0 || after >= p.in.limit()) {
            return -1;
        }
        Token v = tokens.get(after);
        boolean letter = v.kind() == Token.Kind.LETTER && !(after + 1 < p.in.limit() && tokens.get(after + 1).kind() == Token.Kind.LETTER
                && !tokens.get(after + 1).spaceBefore());
        return letter || v.kind() == Token.Kind.COMMAND && Names.isGreek(v.text()) ? after : -1;
    }

    private static boolean isD(Token t) {
        return t.kind() == Token.Kind.LETTER && t.text().equals("d");
    }
}

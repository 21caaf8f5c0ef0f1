package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.Map;

/**
 * Bracketed parts of a formula: ( ), [ ], { }, \{ \} and their \left...\right forms, which group
 * one expression (a comma inside is a pair or an interval, not a number); absolute values
 * |x|, \lvert x \rvert, \left| x \right|; and {@code \boxed}, underbrace and overbrace, which
 * only decorate. Errors point at the opening bracket that is never closed.
 */
final class Groups {
    /** Opening delimiters and what closes them. */
    private static final Map<String, String> CLOSERS = Map.of("(", ")", "[", "]", "{", "}", "\\{", "\\}", "|", "|",
            "\\lvert", "\\rvert", "\\vert", "\\vert");

    private final Parser p;

    Groups(Parser p) {
        this.p = p;
    }

    /** ( ... ), [ ... ], { ... } or \{ ... \}. */
    Node bracket() throws ParseError {
        Token open = p.in.next();
        String opening = quoted(open.written());
        String closing = quoted(CLOSERS.get(open.written()));
        if (p.in.peek().isEnd()) {
            throw p.error(open, opening + " is never closed");
        }
        if (quoted(p.in.peek().written()).equals(closing)) {
            throw p.error(open, "empty brackets " + opening + " " + closing);
        }
        Node inner = p.enclosed();
        Token t = p.in.peek();
        if (t.isSymbol(",")) {
            throw p.error(t, "a comma inside " + opening + " " + closing + ": a pair or an interval is not a number");
        }
        if (t.isEnd()) {
            throw p.error(open, opening + " is never closed");
        }
        if (!quoted(t.written()).equals(closing)) {
            throw p.error(t, opening + " is closed by " + t.shown() + " instead of " + closing);
        }
        p.in.next();
        return inner;
    }

    /** |x|, \lvert x \rvert, \vert x \vert: the absolute value. */
    Node bars() throws ParseError {
        Token open = p.in.next();
        String opening = open.written();
        String closing = CLOSERS.get(opening);
        if (p.in.peek().isEnd()) {
            throw p.error(open, quoted(opening) + " is never closed");
        }
        Node inner = p.insideBars(opening.equals(closing));
        Token t = p.in.peek();
        if (t.isEnd()) {
            throw p.error(open, quoted(opening) + " is never closed");
        }
        if (!t.written().equals(closing)) {
            throw p.error(t, "expected " + quoted(closing) + " to close the " + quoted(opening) + " at column "
                    + p.source.position(open.start()).column());
        }
        p.in.next();
        return new Node.Call("Abs", inner);
    }

    /** \left( ... \right), \left[ ... \right], \left\{ ... \right\}, \left| ... \right|. */
    Node leftRight() throws ParseError {
        Token left = p.in.next();
        Token delimiter = p.in.next();
        String opening = delimiter.written();
        String closing = delimiter.isSymbol("{") ? null : CLOSERS.get(opening);
        if (delimiter.isEnd()) {
            throw p.error(left, "\\left needs a delimiter such as \\left(");
        }
        if (delimiter.isSymbol(".")) {
            return evaluatedBetween(left);
        }
        if (closing == null) {
            throw p.error(left, "\\left" + opening + " is not supported (only ( [ \\{ | )");
        }
        if (p.in.peek().isCommand("right")) {
            throw p.error(left, "nothing between \\left" + opening + " and \\right");
        }
        Node inner = p.enclosed();
        Token t = p.in.peek();
        if (t.isSymbol(",")) {
            throw p.error(t, "a comma inside \\left" + opening + " ... \\right" + closing + ": a pair or an interval is not a number");
        }
        if (t.isEnd()) {
            throw p.error(left, "\\left" + opening + " is never closed by \\right" + closing);
        }
        if (!t.isCommand("right")) {
            throw p.unexpected(t);
        }
        p.in.next();
        Token end = p.in.next();
        if (!end.written().equals(closing)) {
            throw p.error(end, "\\left" + opening + " is closed by \\right" + end.written() + " instead of \\right" + closing);
        }
        return closing.equals(opening) || opening.equals("\\lvert") ? new Node.Call("Abs", inner) : inner;
    }

    /** {@code \left. f \right|_{x=1}}: f at x = 1, as an evaluation bar after f is (see {@link Parser#evaluated}). */
    private Node evaluatedBetween(Token left) throws ParseError {
        Node inner = p.enclosed();
        Token t = p.in.peek();
        if (!t.isCommand("right")) {
            throw t.isEnd() ? p.error(left, "\\left. is never closed by \\right|") : p.unexpected(t);
        }
        p.in.next();
        if (!p.atEvaluationBar()) {
            throw p.error(left, "\\left. needs \\right|_{x=1} after it, an evaluation bar");
        }
        return p.evaluated(inner);
    }

    /** {@code \boxed{x}}, and underbrace and overbrace with their note: the content, without the note. */
    Node annotated(Token t) throws ParseError {
        p.in.next();
        Node inner = p.within(p.argument(t, "an argument"), p::enclosed);
        Token note = p.in.peek();
        if (!t.isCommand("boxed") && (note.isSymbol("_") || note.isSymbol("^"))) {
            p.in.next();
            p.argument(note, "a note");
        }
        return p.powerOf(inner);
    }

    /** A symbol in quotes ('{'), a command as it is (\rvert), as messages show them. */
    private static String quoted(String written) {
        return written.startsWith("\\") ? written : "'" + written + "'";
    }
}

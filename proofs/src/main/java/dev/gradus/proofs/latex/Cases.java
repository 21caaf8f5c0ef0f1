package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * {@code \begin{cases} v_1 & c_1 \\ v_2 & c_2 \end{cases}} as
 * {@code Piecewise({{v1, c1}, {v2, c2}}, otherwise)}. A row is a value and a condition, split at
 * '&' (or, without one, at ':', ',' or an "if"); the condition may start with ':', ',',
 * {@code \text{if}} or {@code \text{for}}, and "otherwise", "sonst" or "else" (in
 * {@code \text{...}} or as bare letters) marks the default, which applies after all the others
 * wherever its row stands. Conditions are comparisons, chained ({@code -1 \leq z \leq 1} is
 * {@code -1 <= z && z <= 1}) and joined by {@code \wedge}, ',' or "and" and by {@code \vee} or
 * "or". Without a default, Symja's Piecewise is 0 outside the conditions.
 */
final class Cases {
    private final Parser p;

    Cases(Parser p) {
        this.p = p;
    }

    /** The block after {@code \begin{name}}, up to and past its {@code \end}. */
    Node read(Token begin, String name, List<Token> tokens) throws ParseError {
        int from = p.in.index();
        int end = end(begin, name, tokens, from);
        List<Node> rows = new ArrayList<>();
        Node otherwise = null;
        int start = from;
        List<Integer> breaks = split(from, end, i -> tokens.get(i).isCommand("\\"));
        breaks.add(end);
        for (int cut : breaks) {
            if (!blank(start, cut)) {
                Node[] row = row(start, cut);
                if (row[1] != null) {
                    rows.add(new Node.Items(row[0], row[1]));
                } else if (otherwise != null) {
                    throw p.error(tokens.get(start), "a second default case (\"otherwise\")");
                } else {
                    otherwise = row[0];
                }
            }
            start = cut + 1;
        }
        p.in.seek(Environments.after(tokens, end).after());
        if (rows.isEmpty()) {
            if (otherwise == null) {
                throw p.error(begin, "an empty cases block");
            }
            return otherwise;
        }
        Node table = new Node.Items(rows);
        return otherwise == null ? new Node.Call("Piecewise", table) : new Node.Call("Piecewise", table, otherwise);
    }

    /** The index of the \end that closes the block. */
    private int end(Token begin, String name, List<Token> tokens, int from) throws ParseError {
        int nested = 0;
        for (int i = from; i < p.in.limit(); i++) {
            Token t = tokens.get(i);
            if (t.isCommand("begin")) {
                nested++;
            } else if (t.isCommand("end") && nested-- == 0) {
                Environments.Name closing = Environments.after(tokens, i);
                if (closing == null || !closing.name().equals(name)) {
                    throw p.error(t, "this \\end does not close the \\begin{" + name + "} at column "
                            + p.source.position(begin.start()).column());
                }
                return i;
            }
        }
        throw p.error(begin, "\\begin{" + name + "} is never closed by \\end{" + name + "}");
    }

    /** Value and condition of the row [from, to); the condition is null for the default. */
    private Node[] row(int from, int to) throws ParseError {
        List<Token> tokens = p.tokens();
        List<Integer> amps = split(from, to, i -> tokens.get(i).isSymbol("&"));
        if (amps.size() > 1) {
            throw p.error(tokens.get(amps.get(1)), "a case has one '&', between its value and its condition");
        }
        int valueEnd = amps.isEmpty() ? firstCut(from, to) : amps.get(0);
        int condition = amps.isEmpty() ? valueEnd : valueEnd + 1;
        int v = valueEnd;
        while (v > from && (tokens.get(v - 1).isSymbol(",") || Cursor.isSpacing(tokens.get(v - 1)))) {
            v--;
        }
        if (blank(from, v)) {
            throw p.error(tokens.get(from), "a case needs a value before its condition");
        }
        Node value = p.within(new Group(from, v, v, tokens.get(from)), p::enclosed);
        int c = skipPrefix(condition, to);
        if (blank(c, to)) {
            throw p.error(tokens.get(Math.min(condition, to)), "a case needs a condition after its value");
        }
        if (isOtherwise(c, to)) {
            return new Node[] {value, null};
        }
        return new Node[] {value, p.within(new Group(c, to, to, tokens.get(c)), this::condition)};
    }

    /** Without '&': the first top-level ':', ',' or "if"/"otherwise" text, where the condition starts. */
    private int firstCut(int from, int to) throws ParseError {
        List<Token> tokens = p.tokens();
        List<Integer> cuts = split(from, to, i -> {
            Token t = tokens.get(i);
            String text = p.textAt(i);
            return t.isSymbol(":") || t.isSymbol(",")
                    || text != null && (TextWords.isConditionPrefix(text) || TextWords.isOtherwise(text));
        });
        if (cuts.isEmpty() || cuts.get(0) == from) {
            throw p.error(tokens.get(from), "a case needs a condition: write value & condition");
        }
        return cuts.get(0);
    }

    private int skipPrefix(int from, int to) {
        List<Token> tokens = p.tokens();
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            String text = p.textAt(i);
            if (t.isSymbol(":") || t.isSymbol(",") || Cursor.isSpacing(t)) {
                i++;
            } else if (text != null && TextWords.isConditionPrefix(text)) {
                i = p.in.closingBrace(i + 1) + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** {@code \text{otherwise}} or the bare letters "otherwise" (also sonst, else), and nothing more. */
    private boolean isOtherwise(int from, int to) {
        List<Token> tokens = p.tokens();
        String text = p.textAt(from);
        if (text != null) {
            return TextWords.isOtherwise(text) && p.in.closingBrace(from + 1) + 1 == to;
        }
        StringBuilder letters = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.LETTER || i > from && t.spaceBefore()) {
                return false;
            }
            letters.append(t.text());
        }
        return TextWords.isOtherwise(letters.toString());
    }

    private Node condition() throws ParseError {
        Node c = conjunction();
        while (connective(false)) {
            c = new Node.Binary("||", c, conjunction());
        }
        return c;
    }

    private Node conjunction() throws ParseError {
        Node c = comparison();
        while (connective(true)) {
            c = new Node.Binary("&&", c, comparison());
        }
        return c;
    }

    /** a < b, or a chain a \le b \le c read as a <= b && b <= c. */
    private Node comparison() throws ParseError {
        Token start = p.in.peek();
        Node left = p.expression();
        Token op = p.in.peek();
        String relation = Relations.comparison(op);
        if (relation == null) {
            throw p.error(op.isEnd() ? start : op, "a condition needs a comparison such as z < 0");
        }
        Node result = null;
        while (relation != null) {
            p.in.next();
            if (p.in.peek().isEnd()) {
                throw p.error(op, op.shown() + " needs an expression after it");
            }
            Node right = p.expression();
            Node c = new Node.Binary(relation, left, right);
            result = result == null ? c : new Node.Binary("&&", result, c);
            left = right;
            op = p.in.peek();
            relation = Relations.comparison(op);
        }
        return result;
    }

    /** Consumes an "and" ({@code \wedge}, ',', "and", "und") or an "or" if one is next. */
    private boolean connective(boolean and) throws ParseError {
        Token t = p.in.peek();
        String text = p.textAt(p.in.index());
        boolean match = and ? t.isCommand("wedge") || t.isCommand("land") || t.isSymbol(",")
                || text != null && TextWords.isConjunction(text)
                : t.isCommand("vee") || t.isCommand("lor") || text != null && TextWords.isDisjunction(text);
        if (match) {
            p.in.next();
            if (text != null) {
                p.braces(t);
            }
        }
        return match;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Cursor.isSpacing(p.tokens().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The top-level indices in [from, to) where {@code at} holds. */
    private List<Integer> split(int from, int to, IntPredicate at) {
        List<Token> tokens = p.tokens();
        List<Integer> cuts = new ArrayList<>();
        Depth depth = new Depth();
        for (int i = from; i < to; ) {
            if (depth.value() == 0 && at.test(i)) {
                cuts.add(i);
            }
            i = depth.over(tokens, i);
        }
        return cuts;
    }
}

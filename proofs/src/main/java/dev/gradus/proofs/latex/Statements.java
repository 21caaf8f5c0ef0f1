package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits the tokens of a display block into statements and each statement into sides. At the top
 * level (outside braces, brackets and cases) a relation ('=', {@code \le}, {@code \in}, ...)
 * separates sides; {@code \Rightarrow}, {@code \therefore}, {@code \wedge}, {@code \quad}, ',', ';',
 * a sentence's period (see {@link Periods}) and prose in {@code \text{...}} end a statement.
 * {@code \boxed} around a statement ({@code \boxed{x = 1}}) is dropped, so that its relation
 * splits as if unboxed. In aligned environments (and an array that starts a statement) '&' is
 * dropped and {@code \\} ends a line: a line that starts with a relation ({@code &= ...}) continues
 * the chain, as does a line after one that ended in a relation or an operator. Statements without
 * a relation (an equation number "(1)") are dropped.
 */
final class Statements {
    /** One side: its tokens (ending with END) and its LaTeX as written, between relations. */
    record Side(List<Token> tokens, String latex) {
        boolean isEmpty() {
            return tokens.size() == 1;
        }
    }

    /**
     * A statement: sides joined by relations, and its whole LaTeX.
     *
     * @param relations the relation tokens, one fewer than the sides
     * @param start     where the statement starts in the original text
     */
    record Statement(List<Side> sides, List<Token> relations, String latex, int start) {}

    private final SourceText source;
    private final List<Token> tokens;
    private final List<Statement> statements = new ArrayList<>();
    private final Deque<Token> braces = new ArrayDeque<>();
    /** Open \begin tokens with whether each is a display environment that only arranges lines. */
    private final Deque<Token> environments = new ArrayDeque<>();
    private final Deque<Boolean> arranging = new ArrayDeque<>();
    private List<Side> sides = new ArrayList<>();
    private List<Token> relations = new ArrayList<>();
    private List<Token> side = new ArrayList<>();
    private List<Token> all = new ArrayList<>();
    /** Brackets and non-display environments: inside them nothing splits. */
    private int nested;
    private boolean lineBreak;
    /** The indices of the '}' that close a dropped {@code \boxed{}}. */
    private final Set<Integer> unboxed = new HashSet<>();

    private Statements(SourceText source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static List<Statement> split(SourceText source, List<Token> tokens) throws ParseError {
        Statements s = new Statements(source, tokens);
        s.run();
        return s.statements;
    }

    private void run() throws ParseError {
        int i = 0;
        while (!tokens.get(i).isEnd()) {
            Token t = tokens.get(i);
            if (t.isCommand("begin") || t.isCommand("end")) {
                i = environment(t, i);
            } else if (!braces.isEmpty() || nested > 0) {
                i = inside(t, i);
            } else {
                i = top(t, i);
            }
        }
        flush();
        if (!braces.isEmpty()) {
            throw source.error(braces.peek().start(), "'{' is never closed");
        }
        if (!environments.isEmpty()) {
            String name = Environments.after(tokens, tokens.indexOf(environments.peek())).name();
            throw source.error(environments.peek().start(), "\\begin{" + name + "} is never closed by \\end{" + name + "}");
        }
    }

    private int environment(Token t, int i) throws ParseError {
        Environments.Name env = Environments.after(tokens, i);
        if (env == null) {
            throw source.error(t.start(), t.shown() + " needs an environment name in braces");
        }
        boolean top = braces.isEmpty() && nested == 0;
        if (t.isCommand("begin")) {
            boolean display = top && Environments.arrangesLines(env.name(), all.isEmpty());
            environments.push(t);
            arranging.push(display);
            if (!display) {
                nested++;
                add(tokens.subList(i, env.after()));
                return env.after();
            }
            int after = env.after();
            boolean columns = Environments.hasColumns(env.name()) && tokens.get(after).isSymbol("{") && closing(after) > 0;
            return columns ? closing(after) + 1 : after;
        }
        if (environments.isEmpty()) {
            throw source.error(t.start(), "\\end{" + env.name() + "} without \\begin{" + env.name() + "}");
        }
        Token begin = environments.pop();
        String opened = Environments.after(tokens, tokens.indexOf(begin)).name();
        if (!opened.equals(env.name())) {
            throw source.error(t.start(), "\\end{" + env.name() + "} closes \\begin{" + opened + "} (at "
                    + source.position(begin.start()) + ")");
        }
        if (!arranging.pop()) {
            nested--;
            add(tokens.subList(i, env.after()));
        }
        return env.after();
    }

    /** A token inside braces, brackets or a cases block: part of the current side. */
    private int inside(Token t, int i) throws ParseError {
        if (t.isSymbol("{")) {
            braces.push(t);
        } else if (t.isSymbol("}")) {
            closeBrace(t);
        } else if (t.isCommand("left") || t.isSymbol("(") || t.isSymbol("[") || t.isCommand("{")) {
            nested++;
        } else if (t.isCommand("right") || t.isSymbol(")") || t.isSymbol("]") || t.isCommand("}")) {
            nested = Math.max(0, nested - 1);
        }
        return delimited(t, i);
    }

    private int top(Token t, int i) throws ParseError {
        if (t.isCommand("boxed") && tokens.get(i + 1).isSymbol("{") && closing(i + 1) > 0 && holdsRelation(i + 1)) {
            unboxed.add(closing(i + 1));
            return i + 2;
        }
        if (unboxed.remove(i)) {
            return i + 1;
        }
        if (t.isSymbol("&") || Cursor.isSpacing(t) && !Relations.isSeparatorCommand(t)) {
            if (Cursor.isSpace(t) && !side.isEmpty()) {
                side.add(t);   // within a side, \, ends the argument of \sin (see Calls); at its ends it means nothing
                all.add(t);
            }
            return i + 1;
        }
        if (t.isCommand("\\")) {
            lineBreak = true;
            return skipSpacingArgument(i + 1);
        }
        if ((t.isCommand("tag") || t.isCommand("label")) && tokens.get(i + 1).isSymbol("{")) {
            int close = closing(i + 1);
            if (close < 0) {
                throw source.error(tokens.get(i + 1).start(), "'{' is never closed");
            }
            return close + 1;
        }
        int annotated = annotationEnd(i);
        if (annotated > 0) {
            return annotated;   // a comment on the row, not part of the chain
        }
        if (separates(t, i)) {
            flush();
            return TextWords.isTextCommand(t) ? closing(i + 1) + 1 : i + 1;
        }
        if (Relations.relation(t) != null) {
            return relation(t, i);
        }
        if (lineBreak) {
            lineBreak = false;
            if (!continuesLine(t)) {
                flush();
            }
        }
        if (t.isSymbol("{")) {
            braces.push(t);
        } else if (t.isSymbol("}")) {
            closeBrace(t);
        } else if (t.isCommand("left") || t.isSymbol("(") || t.isSymbol("[") || t.isCommand("{")) {
            nested++;
        } else if (t.isCommand("right") || t.isSymbol(")") || t.isSymbol("]") || t.isCommand("}")) {
            throw source.error(t.start(), t.shown() + " without a matching opening bracket");
        }
        return delimited(t, i);
    }

    private int relation(Token t, int i) {
        boolean continuation = lineBreak;
        lineBreak = false;
        Token previous = relations.isEmpty() ? null : relations.get(relations.size() - 1);
        if (continuation && side.isEmpty() && previous != null && t.written().equals(previous.written())) {
            return i + 1;   // "a = \\ = b": the relation repeated at the start of the next line
        }
        sides.add(side(side));
        side = new ArrayList<>();
        relations.add(t);
        all.add(t);
        Token next = tokens.get(i + 1);
        boolean pair = t.isSymbol(":") && next.isSymbol("=") || t.isSymbol("=") && next.isSymbol(":");
        if (pair && !next.spaceBefore()) {   // := and =: define, they do not claim
            all.add(next);
            String written = t.text() + next.text();
            relations.set(relations.size() - 1, new Token(Token.Kind.SYMBOL, written, t.start(), next.end(), t.spaceBefore()));
            return i + 2;
        }
        return i + 1;
    }

    /** After \\: a line goes on with the current statement when it or the previous line says so. */
    private boolean continuesLine(Token t) {
        if (t.isSymbol("+") || t.isSymbol("-") && !side.isEmpty() || t.isCommand("cdot") || t.isCommand("times")) {
            return true;
        }
        if (side.isEmpty()) {
            return !relations.isEmpty();
        }
        Token last = side.stream().filter(s -> !Cursor.isSpace(s)).reduce((a, b) -> b).orElse(side.get(0));
        return last.isSymbol("+") || last.isSymbol("-") || last.isSymbol("*") || last.isSymbol("/")
                || last.isCommand("cdot") || last.isCommand("times");
    }

    private boolean separates(Token t, int i) {
        if (Relations.isSeparatorCommand(t) || t.isSymbol(",") || t.isSymbol(";")) {
            return true;
        }
        if (t.isSymbol(".")) {
            return !Periods.withinFormula(source, tokens, i);
        }
        if (TextWords.isTextCommand(t) && tokens.get(i + 1).isSymbol("{")) {
            int close = closing(i + 1);
            return close > 0 && TextWords.isProse(TextWords.clean(source.slice(tokens.get(i + 1).end(), tokens.get(close).start())));
        }
        return false;
    }

    /**
     * Where an annotation starting at i ends ({@code \quad}s before it included), or -1: a
     * {@code \text{...}} after {@code &&} ({@code &= x^2 && \text{(binomial rule)}}), or at the end
     * of a row after a space, '&' or a relation's right side ({@code = 2x \quad \text{(expand)} \\}). Text
     * between two claims of a row ({@code a = 1 \quad\text{and}\quad b = 2}) is no annotation.
     */
    private int annotationEnd(int i) {
        int text = i;
        while (Cursor.isSpacing(tokens.get(text)) || Relations.isSeparatorCommand(tokens.get(text))
                && (tokens.get(text).isCommand("quad") || tokens.get(text).isCommand("qquad"))) {
            text++;
        }
        if (!TextWords.isTextCommand(tokens.get(text)) || !tokens.get(text + 1).isSymbol("{") || closing(text + 1) < 0
                || relations.isEmpty()) {
            return -1;
        }
        int end = closing(text + 1) + 1;
        int previous = i - 1;
        while (previous > 0 && Cursor.isSpacing(tokens.get(previous))) {
            previous--;
        }
        boolean afterColumns = previous > 0 && tokens.get(previous).isSymbol("&") && tokens.get(previous - 1).isSymbol("&");
        int next = end;
        while (Cursor.isSpacing(tokens.get(next))) {
            next++;
        }
        Token after = tokens.get(next);
        boolean rowEnds = after.isEnd() || after.isCommand("\\") || after.isCommand("end");
        return afterColumns || rowEnds && (text > i || tokens.get(previous).isSymbol("&") || !side.isEmpty()) ? end : -1;
    }

    /** Adds t to the side; after \left or \right, also the delimiter (which opens or closes nothing else). */
    private int delimited(Token t, int i) {
        side.add(t);
        all.add(t);
        if ((t.isCommand("left") || t.isCommand("right")) && !tokens.get(i + 1).isEnd()) {
            side.add(tokens.get(i + 1));
            all.add(tokens.get(i + 1));
            return i + 2;
        }
        return i + 1;
    }

    private void add(List<Token> part) {
        side.addAll(part);
        all.addAll(part);
    }

    private void closeBrace(Token t) throws ParseError {
        if (braces.isEmpty()) {
            throw source.error(t.start(), "'}' without a matching '{'");
        }
        braces.pop();
    }

    /** Whether the braces opening at {@code open} hold a relation at their own level: {@code \boxed{x = 1}}. */
    private boolean holdsRelation(int open) {
        Depth depth = new Depth();
        for (int i = depth.over(tokens, open); depth.value() > 0 && !tokens.get(i).isEnd(); i = depth.over(tokens, i)) {
            if (depth.value() == 1 && Relations.relation(tokens.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The '}' matching the '{' at i, or -1 when it is never closed. */
    private int closing(int open) {
        int depth = 0;
        for (int i = open; !tokens.get(i).isEnd(); i++) {
            if (tokens.get(i).isSymbol("{")) {
                depth++;
            } else if (tokens.get(i).isSymbol("}") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** \\[2pt]: the optional spacing after a line break. */
    private int skipSpacingArgument(int i) {
        if (!tokens.get(i).isSymbol("[") || tokens.get(i).spaceBefore()) {
            return i;
        }
        for (int j = i + 1; j < i + 8 && !tokens.get(j).isEnd(); j++) {
            if (tokens.get(j).isSymbol("]")) {
                return j + 1;
            }
        }
        return i;
    }

    private void flush() {
        lineBreak = false;
        if (!relations.isEmpty()) {
            sides.add(side(side));
            statements.add(new Statement(sides, relations, latex(all), all.get(0).start()));
        }
        sides = new ArrayList<>();
        relations = new ArrayList<>();
        side = new ArrayList<>();
        all = new ArrayList<>();
    }

    private Side side(List<Token> written) {
        List<Token> part = written;
        while (!part.isEmpty() && Cursor.isSpace(part.get(part.size() - 1))) {
            part = part.subList(0, part.size() - 1);
        }
        List<Token> withEnd = new ArrayList<>(part);
        int end = part.isEmpty() ? 0 : part.get(part.size() - 1).end();
        withEnd.add(new Token(Token.Kind.END, "", end, end, false));
        return new Side(withEnd, latex(part));
    }

    /**
     * The tokens' text as written, with whatever was dropped between them ('&', \\, and delimiter sizes
     * such as {@code \bigl}, which a side inside brackets keeps) as one space.
     */
    private String latex(List<Token> written) {
        List<Token> part = written.stream().filter(t -> !Cursor.isSize(t)).toList();
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < part.size(); k++) {
            Token t = part.get(k);
            if (k > 0) {
                String gap = source.slice(part.get(k - 1).end(), t.start()).replaceAll("\\\\[bB]igg?[lrm]?(?![A-Za-z])", "");
                b.append(gap.isBlank() ? gap : " ");
            }
            b.append(source.slice(t.start(), t.end()));
        }
        return b.toString().strip();
    }
}

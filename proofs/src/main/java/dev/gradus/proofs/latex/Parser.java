package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A recursive-descent parser from LaTeX math tokens to a {@link Node}, reading a formula as a
 * mathematician does:
 *
 * <pre>
 * expression := product (('+' | '-') product)*            with an optional sign before each product
 * product    := factor (('\cdot' | '\times' | '.' | '/') factor | factor)*    juxtaposition multiplies
 * factor     := number | name scripts [arguments] | function | group [^ exponent] | ...
 * </pre>
 *
 * Juxtaposition multiplies: {@code 2z}, {@code x y}, {@code \sigma(z)(1-\sigma(z))}. A letter
 * applied to parentheses multiplies too ({@code x(1-x)}), unless it is a function: f, g, h, a name
 * mapped by {@link LatexOptions}, a name with a prime, or parentheses holding a comma
 * ({@code J(W, b)}). Operators written before their operand ({@code \frac{d}{dx}}, {@code \sum},
 * {@code \lim}) apply to the rest of the product: everything up to the next + or - at the same
 * level. Function commands without parentheses take the following factors up to the next
 * operator, bracket or function ({@code \tanh \frac{x}{2}}, {@code \sin 2x}).
 *
 * <p>Names, brackets, function applications, fractions, big operators and cases blocks are read
 * by the helpers {@link NameReader}, {@link Groups}, {@link Calls}, {@link Fractions},
 * {@link BigOperators}, {@link Limits}, {@link Integrals} and {@link Cases}, which share this parser's cursor and scope.
 */
final class Parser {
    private static final int MAX_DEPTH = 200;
    /** Commands that continue or end an expression rather than start a factor. */
    private static final Set<String> NOT_A_FACTOR = Set.of("cdot", "times", "ast", "div", "right", "end", "rvert",
            "rVert", "\\", "}", "middle");

    final SourceText source;
    final Cursor in;
    final Scope scope;
    private final List<Token> tokens;
    final Calls calls = new Calls(this);
    private final NameReader names = new NameReader(this);
    private final Groups groups = new Groups(this);
    private final Fractions fractions = new Fractions(this);
    private final BigOperators big = new BigOperators(this);
    private final Limits limits = new Limits(this);
    private final Cases cases = new Cases(this);
    private final Integrals integrals = new Integrals(this);
    private int depth;
    /** Open |...| bars: inside one, a '|' closes rather than opens. */
    private int bars;

    Parser(SourceText source, List<Token> tokens, Scope scope) {
        this.source = source;
        this.tokens = tokens;
        this.in = new Cursor(tokens);
        this.scope = scope;
    }

    /** A whole formula: one expression and nothing after it. */
    Node formula() throws ParseError {
        Token first = in.peek();
        if (first.isEnd()) {
            throw error(first, "the formula is empty");
        }
        Node n = expression();
        if (atEvaluationBar()) {
            n = evaluated(n);
        }
        Token t = in.peek();
        if (!t.isEnd()) {
            throw unexpected(t);
        }
        return n;
    }

    Node expression() throws ParseError {
        enter(in.peek());
        try {
            Node left = signedProduct();
            while (true) {
                Token t = in.peek();
                if (!t.isSymbol("+") && !t.isSymbol("-")) {
                    return left;
                }
                in.next();
                requireOperand(t);
                left = new Node.Binary(t.text(), left, signedProduct());
            }
        } finally {
            depth--;
        }
    }

    /** A name where a derivative or limit needs a variable (see {@link NameReader#variable}). */
    Scripts variable(Token owner) throws ParseError {
        return names.variable(owner);
    }

    /** The expression inside absolute-value bars; between '|' and '|', the next '|' closes it. */
    Node insideBars(boolean closedByBar) throws ParseError {
        int saved = bars;
        bars = closedByBar ? bars + 1 : 0;
        try {
            return expression();
        } finally {
            bars = saved;
        }
    }

    /** An expression inside brackets or arguments, where a '|' opens a new absolute value. */
    Node enclosed() throws ParseError {
        int saved = bars;
        bars = 0;
        try {
            return expression();
        } finally {
            bars = saved;
        }
    }

    /** The operand of \frac{d}{dx}, \sum, \lim: the rest of the product, with an optional sign. */
    Node operand(Token operator, String what) throws ParseError {
        Token t = in.peek();
        if (!startsFactor(t) && !t.isSymbol("-") && !t.isSymbol("+")) {
            throw error(operator, what + " needs something after it to apply to");
        }
        return signedProduct();
    }

    private Node signedProduct() throws ParseError {
        Token t = in.peek();
        if (t.isSymbol("-") || t.isSymbol("+")) {
            in.next();
            requireOperand(t);
            Node p = product();
            return t.isSymbol("-") ? new Node.Neg(p) : p;
        }
        return product();
    }

    private Node product() throws ParseError {
        Node left = factor();
        while (true) {
            Token t = in.peek();
            boolean times = t.isSymbol("*") || t.isCommand("cdot") || t.isCommand("times") || t.isCommand("ast")
                    || Periods.multiplies(t, in.peek(1)) && startsFactor(in.peek(1));
            boolean divide = t.isSymbol("/") || t.isCommand("div");
            if (times || divide) {
                in.next();
                requireOperand(t);
                Token s = in.peek();
                boolean negative = s.isSymbol("-");
                if (negative || s.isSymbol("+")) {
                    in.next();
                    requireOperand(s);
                }
                Node right = negative ? new Node.Neg(factor()) : factor();
                left = new Node.Binary(times ? "*" : "/", left, right);
            } else if (startsFactor(t)) {
                left = new Node.Binary("*", left, factor());
            } else {
                return left;
            }
        }
    }

    Node factor() throws ParseError {
        enter(in.peek());
        try {
            return primary();
        } finally {
            depth--;
        }
    }

    boolean startsFactor(Token t) {
        return switch (t.kind()) {
            case DIGIT, LETTER -> true;
            case SYMBOL -> t.isSymbol("(") || t.isSymbol("[") || t.isSymbol("{")
                    || t.isSymbol("|") && bars == 0 && !(t.equals(in.peek()) && atEvaluationBar());
            case COMMAND -> commandStartsFactor(t);
            case END -> false;
        };
    }

    /** Operators, relations, closers and prose in {@code \text} do not start a factor; other commands do. */
    private boolean commandStartsFactor(Token t) {
        if (NOT_A_FACTOR.contains(t.text()) || Relations.relation(t) != null || Relations.isSeparatorCommand(t)
                || t.isCommand("vert") && bars > 0) {
            return false;
        }
        String text = TextWords.isTextCommand(t) ? textAt(in.index()) : null;
        return text == null || !TextWords.isProse(text);
    }

    private Node primary() throws ParseError {
        Token t = in.peek();
        return switch (t.kind()) {
            case DIGIT -> powerOf(number());
            case LETTER -> names.letters();
            case COMMAND -> command(t);
            case SYMBOL -> symbol(t);
            case END -> throw error(t, "an expression is missing at the end");
        };
    }

    private Node symbol(Token t) throws ParseError {
        if (t.isSymbol("{") && NameReader.isSwitch(in.raw(in.index() + 1))) {
            return names.switched();
        }
        if (t.isSymbol("(") || t.isSymbol("[") || t.isSymbol("{")) {
            return powerOf(groups.bracket());
        }
        if (t.isSymbol("|")) {
            return powerOf(groups.bars());
        }
        if (t.isSymbol(".") && in.peek(1).kind() == Token.Kind.DIGIT && !in.peek(1).spaceBefore()) {
            return powerOf(number());
        }
        throw missingBefore(t);
    }

    /** Whether the cursor is at an evaluation bar {@code |_{x=1}} (an absolute value never opens with '|_'). */
    boolean atEvaluationBar() {
        return in.peek().isSymbol("|") && in.peek(1).isSymbol("_");
    }

    /**
     * {@code f \Big|_{x=1}}, {@code \left. f \right|_{x=1, y=2}} with the cursor at the bar: what is
     * written before it (the whole side) at those values, ReplaceAll(f, x -> 1).
     */
    Node evaluated(Node expression) throws ParseError {
        Token bar = in.next();
        Token underscore = in.next();
        Group g = argument(underscore, "the values, as in |_{x=1}");
        List<Node> rules = within(g, () -> {
            List<Node> read = new java.util.ArrayList<>();
            do {
                Token at = in.peek();
                Scripts v = variable(bar);
                if (!in.peek().isSymbol("=") || v.power() != null) {
                    throw error(at, "an evaluation bar needs variable = value, as in |_{x=1}");
                }
                in.next();
                read.add(new Node.Binary("->", new Node.Sym(v.name()), expression()));
            } while (in.peek().isSymbol(",") && in.next() != null);
            return read;
        });
        if (in.peek().isSymbol("^")) {
            throw error(in.peek(), "an evaluation between bounds (|_a^b) is not read: write F(b) - F(a)");
        }
        return new Node.Call("ReplaceAll", expression, rules.size() == 1 ? rules.get(0) : new Node.Items(rules));
    }

    /** Digits with an optional decimal point: 2, 0.5, 1.76. */
    private Node number() {
        StringBuilder digits = new StringBuilder(in.next().text());
        while (adjacent(Token.Kind.DIGIT)) {
            digits.append(in.next().text());
        }
        Token after = in.peek(1);
        if (in.peek().isSymbol(".") && !in.peek().spaceBefore() && after.kind() == Token.Kind.DIGIT && !after.spaceBefore()) {
            digits.append(in.next().text());
            while (adjacent(Token.Kind.DIGIT)) {
                digits.append(in.next().text());
            }
        }
        String d = digits.toString();
        return new Node.Num(d.startsWith(".") ? "0" + d : d);
    }

    private boolean adjacent(Token.Kind kind) {
        Token t = in.peek();
        return t.kind() == kind && !t.spaceBefore();
    }

    private Node command(Token t) throws ParseError {
        String c = t.text();
        if (Names.isGreek(c)) {
            in.next();
            return names.name(new NameBase(NameBase.Kind.GREEK, c, t));
        }
        Optional<String> function = scope.options().commandFunction(c).or(() -> Functions.command(c));
        if (function.isPresent()) {
            return calls.command(t, function.get());
        }
        if (NameReader.isStyle(t)) {
            return names.styled(t);
        }
        switch (c) {
            case "pi":
                in.next();
                return powerOf(Node.PI);
            case "infty":
                in.next();
                return powerOf(Node.INFINITY);
            case "imath":
                in.next();
                return powerOf(Node.I);
            case "frac": case "dfrac": case "tfrac": case "cfrac":
                return fractions.fraction(t);
            case "sqrt":
                return calls.sqrt(t);
            case "sum": case "prod":
                return big.sum(t);
            case "lim":
                return limits.limit(t);
            case "int":
                return integrals.integral(t);
            case "partial":
                return fractions.partialWithSubscript(t);
            case "left":
                return powerOf(groups.leftRight());
            case "{":
                return powerOf(groups.bracket());
            case "lvert": case "vert":
                return powerOf(groups.bars());
            case "boxed": case "underbrace": case "overbrace":
                return groups.annotated(t);
            case "begin":
                return powerOf(environment(t));
            default:
                throw unsupported(t);
        }
    }

    private ParseError unsupported(Token t) {
        String c = t.text();
        if (NOT_A_FACTOR.contains(c) || Relations.relation(t) != null || Relations.isSeparatorCommand(t)) {
            return unexpected(t);
        }
        return switch (c) {
            case "cdots", "dots", "ldots", "vdots", "ddots" -> error(t, t.shown() + " leaves terms out: write them all, or use \\sum");
            case "|", "Vert", "lVert" -> error(t, "norms are not supported: only scalars are");
            case "mathbb" -> error(t, "a set such as \\mathbb{R} is not an expression");
            default -> error(t, "unknown command " + t.shown());
        };
    }

    private Node environment(Token begin) throws ParseError {
        Environments.Name env = Environments.after(tokens, in.index());
        if (env == null) {
            throw error(begin, "\\begin needs an environment name in braces");
        }
        in.seek(env.after());
        String name = env.name();
        if (name.equals("cases") || name.equals("dcases")) {
            return cases.read(begin, name, tokens);
        }
        if (name.endsWith("matrix") || name.equals("array")) {
            throw error(begin, "matrices and vectors are not supported: only scalars are");
        }
        if (Environments.isDisplay(name)) {
            throw error(begin, "\\begin{" + name + "} can only hold a whole derivation, not stand inside a formula");
        }
        throw error(begin, "the environment " + name + " is not supported");
    }

    /** x^{...} after a number, group or function value; also rejects subscripts and primes there. */
    Node powerOf(Node base) throws ParseError {
        Token t = in.peek();
        if (t.isSymbol("^")) {
            in.next();
            if (Scripts.conjugateMark(this)) {
                return powerOf(new Node.Call("conj", base));   // f(z)^*, (a + b)^*
            }
            Group g = argument(t, "an exponent");
            if (Scripts.isTranspose(this, g)) {
                return base;
            }
            Node result = new Node.Binary("^", base, within(g, this::expression));
            Token again = in.peek();
            if (again.isSymbol("^")) {
                throw error(again, "a second superscript: write x^{ab} or {(x^a)}^b");
            }
            return result;
        }
        if (t.isSymbol("_")) {
            throw error(t, "a subscript belongs to a name, as in w_1");
        }
        if (t.isSymbol("'")) {
            int primes = 0;
            while (in.peek().isSymbol("'")) {
                in.next();
                primes++;
            }
            return powerOf(new Node.Primed(base, primes));
        }
        return base;
    }

    /**
     * The argument after {@code owner}: a {@code {...}} group, or the single token LaTeX takes
     * without braces. The cursor moves past it; {@link #within} parses it.
     */
    Group argument(Token owner, String what) throws ParseError {
        int i = in.index();
        Token t = in.at(i);
        if (t.isEnd()) {
            throw error(owner, owner.shown() + " needs " + what + " after it");
        }
        if (t.isSymbol("{")) {
            Group g = braces(owner);
            if (g.from() == g.to()) {
                throw error(t, "empty braces where " + owner.shown() + " needs " + what);
            }
            return g;
        }
        if (t.kind() == Token.Kind.SYMBOL) {
            throw error(t, owner.shown() + " needs " + what + " in braces here, as in " + owner.text() + "{...}");
        }
        in.seek(i + 1);
        return new Group(i, i + 1, i + 1, owner);
    }

    /** A {@code {...}} group (possibly empty) at the cursor, which moves past it. */
    Group braces(Token owner) throws ParseError {
        int i = in.index();
        Token t = in.at(i);
        if (!t.isSymbol("{")) {
            throw error(owner, owner.shown() + " needs its argument in braces");
        }
        int close = in.closingBrace(i);
        if (close < 0) {
            throw error(t, "'{' is never closed");
        }
        in.seek(close + 1);
        return new Group(i + 1, close, close + 1, owner);
    }

    /** A parsing step that may fail. */
    interface Step<T> {
        T parse() throws ParseError;
    }

    /**
     * Parses the tokens of a group on their own: the step must use all of them. The cursor is
     * back where it was afterwards.
     */
    <T> T within(Group g, Step<T> step) throws ParseError {
        int savedPos = in.index();
        int savedLimit = in.limit();
        int savedBars = bars;
        in.seek(g.from());
        in.limit(g.to());
        bars = 0;
        try {
            T result = step.parse();
            Token t = in.peek();
            if (!t.isEnd()) {
                throw unexpected(t);
            }
            return result;
        } finally {
            in.limit(savedLimit);
            in.seek(savedPos);
            bars = savedBars;
        }
    }

    /** The cleaned words of a {@code \text{...}} at index i, or null when there is none. */
    String textAt(int i) {
        if (i + 1 >= tokens.size() || !TextWords.isTextCommand(tokens.get(i)) || !tokens.get(i + 1).isSymbol("{")) {
            return null;
        }
        int close = in.closingBrace(i + 1);
        return close < 0 ? null : TextWords.clean(source.slice(tokens.get(i + 1).end(), tokens.get(close).start()));
    }

    List<Token> tokens() {
        return tokens;
    }

    ParseError error(Token t, String message) {
        return source.error(t.start(), message);
    }

    ParseError unexpected(Token t) {
        if (t.isEnd()) {
            return error(t, "the formula ends too early");
        }
        if (Relations.relation(t) != null) {
            return error(t, "unexpected relation " + t.shown() + ": only one expression can stand here");
        }
        if (t.isSymbol("}") || t.isSymbol(")") || t.isSymbol("]")) {
            return error(t, t.shown() + " without a matching opening bracket");
        }
        if (t.isCommand("right")) {
            return error(t, "\\right without a \\left before it");
        }
        if (t.isCommand("end")) {
            Environments.Name env = Environments.after(tokens, tokens.indexOf(t));
            String name = env == null ? "..." : env.name();
            return error(t, "\\end{" + name + "} without \\begin{" + name + "}");
        }
        if (t.isSymbol("&") || t.isCommand("\\")) {
            return error(t, "unexpected " + t.shown() + ": '&' and \\\\ only arrange lines inside \\begin{aligned}");
        }
        if (t.isSymbol(",")) {
            return error(t, "unexpected ',': a list of values is not an expression");
        }
        String text = TextWords.isTextCommand(t) ? textAt(tokens.indexOf(t)) : null;
        if (text != null) {
            return error(t, "the text '" + text + "' is prose, not part of a formula");
        }
        return error(t, "unexpected " + t.shown());
    }

    private ParseError missingBefore(Token t) {
        if (t.isSymbol("}") || t.isSymbol(")") || t.isSymbol("]") || t.isCommand("right") || t.isCommand("end")) {
            return unexpected(t);
        }
        return error(t, "an expression is missing before " + t.shown());
    }

    /** After an operator: the formula must go on. */
    private void requireOperand(Token operator) throws ParseError {
        if (in.peek().isEnd()) {
            throw error(operator, operator.shown() + " needs an expression after it");
        }
    }

    private void enter(Token at) throws ParseError {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw error(at, "the formula is nested too deeply");
        }
    }
}

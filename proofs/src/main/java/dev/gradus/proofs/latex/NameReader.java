package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Names in a formula: letters, Greek letters, {@code \text{...}} words, {@code \mathbf{x}} and
 * decorated names ({@code \hat y}, {@code \mathcal{L}}), with their scripts (see {@link Scripts});
 * each is a variable, a bound number, or a function applied to arguments. A name applied to
 * parentheses is a function only when it is f, g, h, a calligraphic letter (a loss
 * {@code \mathcal{L}(a, y)}), a word in {@code \operatorname}, a name mapped by
 * {@link LatexOptions}, primed ({@code y'(x)}), or given several arguments ({@code J(W, b)});
 * otherwise it multiplies ({@code x(1-x)}, {@code \alpha(e^z - 1)}, {@code \text{out}_j(1 - \text{out}_j)}).
 */
final class NameReader {
    /** Font commands, which are dropped: {@code \mathbf{x}} is x, and so is {@code \vec x} (every quantity is a scalar). */
    private static final Set<String> FONTS = Set.of("mathbf", "boldsymbol", "bm", "mathsf", "mathtt", "mathnormal", "vec");
    /** The old font switches ({@code {\rm ReLU}}, {@code {\bf x}}) and the command each stands for. */
    private static final Map<String, String> SWITCHES = Map.of("rm", "mathrm", "it", "mathit", "bf", "mathbf",
            "sf", "mathsf", "tt", "mathtt", "cal", "mathcal");

    private final Parser p;

    NameReader(Parser p) {
        this.p = p;
    }

    private static boolean isFont(Token t) {
        return t.kind() == Token.Kind.COMMAND && FONTS.contains(t.text());
    }

    /** A command that styles the name in its argument: text ({@code \mathrm}), a font or a decoration ({@code \hat}). */
    static boolean isStyle(Token t) {
        return isFont(t) || TextWords.isTextCommand(t) || Names.decoration(t) != null;
    }

    /** An old font switch such as {@code \rm}, which styles the rest of its braces. */
    static boolean isSwitch(Token t) {
        return t.kind() == Token.Kind.COMMAND && SWITCHES.containsKey(t.text());
    }

    /**
     * Letters: a run of two or more that names a function and is applied ({@code relu(z)}), a name
     * (see {@link #isWord}), or else one letter, the rest multiplying ({@code xy} is x*y, {@code hw_2}
     * is h*w_2). A lone e is Euler's number.
     */
    Node letters() throws ParseError {
        int start = p.in.index();
        Token first = p.in.at(start);
        String run = run(start);
        int end = start + run.length();
        if (run.length() >= 2) {
            Optional<String> function = wordFunction(run);
            if (function.isPresent() && p.calls.isApplied(end)) {
                p.in.seek(end);
                return p.calls.word(first, function.get(), run);
            }
            if (isWord(run, end)) {
                p.in.seek(end);
                return name(new NameBase(NameBase.Kind.WORD, run, first));
            }
        }
        p.in.next();
        if (first.text().equals("e") && !p.in.peek().isSymbol("_") && !p.scope.options().names().contains("e")) {
            return p.powerOf(Node.E);
        }
        if (isImaginaryUnit(first) && !p.in.at(end).isSymbol("_")) {   // in_k is i*n_k, not I*n_k
            return p.powerOf(Node.I);
        }
        return name(new NameBase(NameBase.Kind.LETTER, first.text(), first));
    }

    /**
     * A lone i, the cursor past it, as a factor: the imaginary unit ({@code e^{i\pi}}, {@code x + iy}), unless it
     * is a name here: declared a variable (also where the document uses i as an index, see
     * {@link ImaginaryUnit}), the index of an enclosing sum, bound to a number, or subscripted.
     */
    private boolean isImaginaryUnit(Token letter) {
        return letter.text().equals("i") && !p.in.peek().isSymbol("_") && !p.scope.options().names().contains("i")
                && p.scope.value("i").isEmpty() && !p.scope.isOpenIndex("i");
    }

    /** A styling command at the cursor and its argument: {@code \text{ReLU}(x)}, {@code \mathbf{w}}, {@code \hat y}. */
    Node styled(Token t) throws ParseError {
        p.in.next();
        return styled(t, TextWords.isTextCommand(t) ? p.braces(t) : p.argument(t, "an argument"));
    }

    /** {@code {\rm ReLU}}, {@code {\bf x}}: braces that start with an old switch read as the command it stands for. */
    Node switched() throws ParseError {
        Group braces = p.braces(p.in.peek());
        Token s = p.in.raw(braces.from());
        Token command = new Token(Token.Kind.COMMAND, SWITCHES.get(s.text()), s.start(), s.end(), s.spaceBefore());
        return styled(command, new Group(braces.from() + 1, braces.to(), braces.after(), command));
    }

    private Node styled(Token t, Group g) throws ParseError {
        if (TextWords.isTextCommand(t)) {
            return text(t, g);
        }
        NameBase base = styledBase(t, g);
        if (base != null) {
            return name(base);
        }
        String decoration = Names.decoration(t);
        if (decoration == null) {
            return p.powerOf(p.within(g, p::enclosed));
        }
        Node subscripted = p.within(g, () -> subscripted(decoration, t));
        Node over = subscripted == null && decoration.equals("bar") ? p.within(g, p::enclosed) : null;
        if (over != null && isComplex(over)) {
            return p.powerOf(new Node.Call("conj", over));   // \overline{x + iy}: the conjugate of a complex number
        }
        if (subscripted == null) {
            throw p.error(t, t.shown() + " over an expression: only a letter or a name can wear it, as in "
                    + t.shown() + "{y}");
        }
        return p.powerOf(subscripted);
    }

    /** {@code \hat{y_i}}: a name with its subscript under a decoration, read as {@code \hat{y}_i}; or null. */
    private Node subscripted(String decoration, Token t) throws ParseError {
        NameBase base = nameBase(p.in.peek());
        if (base == null || !p.in.peek().isSymbol("_")) {
            p.in.seek(p.in.limit());
            return null;
        }
        return name(base.decorated(decoration, t));
    }

    /**
     * {@code \text{...}}, {@code \mathrm{...}}, {@code \operatorname{...}}: a function ({@code \mathrm{sech}^2 x}
     * as {@code \sech^2 x} would be), a letter or a word.
     */
    private Node text(Token t, Group g) throws ParseError {
        String raw = g.to() == g.from() ? "" : p.source.slice(p.in.raw(g.from()).start(), p.in.raw(g.to() - 1).end());
        String word = TextWords.clean(raw);
        if (TextWords.isProse(word)) {
            throw p.error(t, "the text '" + raw.strip() + "' is prose, not part of a formula");
        }
        Optional<String> function = wordFunction(word);
        if (function.isPresent()) {
            return p.calls.operator(t, function.get(), word);
        }
        NameBase base = styledBase(t, g);
        if (base == null) {
            throw p.error(t, "the text '" + raw.strip() + "' cannot be read as a name");
        }
        if (base.kind() == NameBase.Kind.LETTER && base.latex().equals("e") && !p.scope.options().names().contains("e")) {
            return p.powerOf(Node.E);
        }
        if (base.kind() == NameBase.Kind.LETTER && base.latex().equals("i") && (t.isCommand("mathrm") || t.isCommand("mathit"))) {
            return p.powerOf(Node.I);   // an upright i is the imaginary unit, whatever the letter i means elsewhere
        }
        return name(base);
    }

    /** A name with its scripts: a variable, a bound number, or a function applied to arguments. */
    Node name(NameBase base) throws ParseError {
        Scripts s = Scripts.read(p, base);
        String function = functionFor(base);
        int open = p.in.index();
        if (p.calls.opensArguments(open) && (function != null || s.primes() > 0 || p.calls.hasComma(open))) {
            String head = s.isPlain() && function != null ? function : s.name();
            Node call = p.calls.apply(head, s.primes(), base.at());
            return s.power() == null ? p.powerOf(call) : new Node.Binary("^", call, p.within(s.power(), p::expression));
        }
        if (s.primes() > 0) {
            if (s.power() != null) {
                throw p.error(base.at(), "a prime and a power on a name without an argument: write (u')^2 or u'(x)^2");
            }
            return p.powerOf(new Node.Primed(new Node.Sym(s.name()), s.primes()));
        }
        OptionalLong bound = s.isPlain() ? p.scope.value(base.bindingKey()) : OptionalLong.empty();
        Node value = bound.isPresent() ? Node.Num.of(bound.getAsLong()) : new Node.Sym(s.name());
        if (isConjugate(base) && s.name().equals(base.latex() + "bar")) {
            value = new Node.Call("conj", 0, List.of(new Node.Sym(base.latex())));   // \bar z of a complex z
        }
        if (s.conjugate()) {
            value = new Node.Call("conj", value);   // z^*: the physicists' \bar z
        }
        return s.power() == null ? value : new Node.Binary("^", value, p.within(s.power(), p::expression));
    }

    /**
     * Whether an expression is complex: it holds i or a complex variable. Over anything else (a
     * segment {@code \overline{AB}}) a bar is no conjugate.
     */
    private boolean isComplex(Node n) {
        if (n instanceof Node.Sym s) {
            return s.name().equals("I") || p.scope.options().complex().contains(s.name());
        }
        if (n instanceof Node.Neg neg) {
            return isComplex(neg.operand());
        }
        if (n instanceof Node.Binary b) {
            return isComplex(b.left()) || isComplex(b.right());
        }
        if (n instanceof Node.Call c) {
            return c.args().stream().anyMatch(this::isComplex);
        }
        return n instanceof Node.Primed primed && isComplex(primed.operand());
    }

    /** {@code \bar z} or {@code \overline{z}} over a letter the options call complex. */
    boolean isConjugate(NameBase base) {
        return base.kind() == NameBase.Kind.LETTER && base.decoration().equals("bar") && p.scope.options().complex().contains(base.latex());
    }

    /**
     * A variable where a derivative or limit needs one ({@code \partial w_1}, {@code x \to 0}):
     * its scripts, whose power (if any) is the order of differentiation.
     */
    Scripts variable(Token owner) throws ParseError {
        Token t = p.in.peek();
        NameBase base = nameBase(t);
        if (base == null) {
            throw p.error(t, owner.shown() + " needs a variable here, not " + t.shown());
        }
        Scripts s = Scripts.read(p, base);
        if (s.primes() > 0) {
            throw p.error(t, "a prime on a variable of differentiation");
        }
        if (s.conjugate()) {
            if (!p.scope.options().complex().contains(s.name())) {
                throw p.error(t, "the conjugate of " + s.name() + ", which is not complex, cannot be a variable here");
            }
            return new Scripts(s.name() + "bar", s.isPlain(), 0, null, false);   // z^* as \bar z: the Wirtinger derivative
        }
        if (s.isPlain() && p.scope.value(base.bindingKey()).isPresent()) {
            throw p.error(t, base.latex() + " is bound to a number, so it cannot be a variable here");
        }
        return s;
    }

    /** The function a word names: the options first, then the known names. */
    Optional<String> wordFunction(String word) {
        return p.scope.options().wordFunction(word).or(() -> Functions.word(word));
    }

    /**
     * The function a name stands for when applied, or null: a mapped name; or f, g, h, a
     * calligraphic letter and a word in {@code \operatorname}, each under its own name.
     */
    private String functionFor(NameBase base) {
        boolean plainCommand = base.kind() != NameBase.Kind.WORD && base.decoration().isEmpty();
        Optional<String> mapped = plainCommand ? p.scope.options().commandFunction(base.latex()) : Optional.empty();
        if (mapped.isPresent()) {
            return mapped.get();
        }
        boolean function = base.kind() == NameBase.Kind.LETTER && Functions.isFunctionLetter(base.latex())
                || base.decoration().startsWith(Names.CALLIGRAPHIC)
                || base.kind() == NameBase.Kind.WORD && base.at().isCommand("operatorname");
        return function ? Names.compose(base, "", "") : null;
    }

    /** Reads the start of a name at t (moving past it), or returns null (not moving) when t starts none. */
    private NameBase nameBase(Token t) throws ParseError {
        int at = p.in.index();
        if (t.kind() == Token.Kind.LETTER) {
            String run = run(at);
            boolean word = run.length() >= 2 && isWord(run, at + run.length());
            p.in.seek(word ? at + run.length() : at + 1);
            return new NameBase(word ? NameBase.Kind.WORD : NameBase.Kind.LETTER, word ? run : t.text(), t);
        }
        if (t.kind() == Token.Kind.COMMAND && Names.isGreek(t.text())) {
            p.in.next();
            return new NameBase(NameBase.Kind.GREEK, t.text(), t);
        }
        if (isStyle(t)) {
            p.in.next();
            NameBase base = styledBase(t, p.argument(t, "a name"));
            if (base == null) {
                p.in.seek(at);
            }
            return base;
        }
        return null;
    }

    /**
     * The name a styling command makes of its argument, or null when the argument is no name: a
     * decoration over a name, one letter or Greek letter in any style, a word in text.
     */
    private NameBase styledBase(Token t, Group g) throws ParseError {
        String decoration = Names.decoration(t);
        if (decoration != null) {
            NameBase inner = p.within(g, () -> {
                NameBase b = nameBase(p.in.peek());
                boolean whole = p.in.peek().isEnd();
                p.in.seek(g.to());
                return whole ? b : null;
            });
            return inner == null ? null : inner.decorated(decoration, t);
        }
        Token only = p.in.raw(g.from());
        boolean single = g.to() == g.from() + 1;
        if (single && only.kind() == Token.Kind.LETTER) {
            return new NameBase(NameBase.Kind.LETTER, only.text(), t);
        }
        if (single && only.kind() == Token.Kind.COMMAND && Names.isGreek(only.text())) {
            return new NameBase(NameBase.Kind.GREEK, only.text(), t);
        }
        if (TextWords.isTextCommand(t) && g.to() > g.from()) {
            String word = TextWords.clean(p.source.slice(only.start(), p.in.raw(g.to() - 1).end()));
            if (TextWords.isName(word)) {
                return new NameBase(word.length() == 1 ? NameBase.Kind.LETTER : NameBase.Kind.WORD, word, t);
            }
        }
        return null;
    }

    /**
     * Whether letters written together, ending before index {@code end}, are one name rather than a
     * product: a run the options declare a name, or a word of three or more letters with a subscript,
     * as lecture notes name quantities ({@code out_k}, {@code net_j}, {@code tar_k}). Two letters
     * before a subscript are a product, as products are written ({@code ax_i}, {@code hw_2}); a
     * document that means a two-letter name ({@code in_k}) declares it.
     */
    private boolean isWord(String run, int end) {
        return p.scope.options().isName(run) || run.length() >= 3 && p.in.at(end).isSymbol("_");
    }

    /** The letters written together from index {@code start} on. */
    private String run(int start) {
        StringBuilder run = new StringBuilder(p.in.at(start).text());
        for (int i = start + 1; p.in.at(i).kind() == Token.Kind.LETTER && !p.in.at(i).spaceBefore(); i++) {
            run.append(p.in.at(i).text());
        }
        return run.toString();
    }
}

package dev.gradus.proofs.plain;

import dev.gradus.proofs.Definition;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser for plain notation, reading a formula as a textbook does:
 *
 * <pre>
 * expression := rule;  rule := or ['->' or];  or := and ('||' and)*;  and := relation ('&&' relation)*
 * relation   := sum (('<' | '<=' | '==' | ...) sum)*
 * sum        := ['-' | '+'] product (('+' | '-') product)*
 * product    := power (('*' | '/' | '.') signed-power | power)*  juxtaposition multiplies: 2x, x y, (a)(b); '.' is Dot
 * power      := postfix [('^' | '**') signed-power]               right-associative: a^b^c = a^(b^c)
 * postfix    := primary ('!' | primes | '[' arguments ']')*
 * </pre>
 *
 * Names: a known function applied to brackets is a call ({@code sin(x)}, {@code Sin[x]}); the
 * textbook functions also take the following factors without brackets ({@code sin x^2} is
 * sin(x^2), {@code sin 2x} is sin(2x), {@code sin x cos x} is sin(x) cos(x), with a note);
 * f, g, h, u and v and longer names applied to brackets are functions, while another letter
 * before brackets multiplies ({@code x(1 - x)}) unless the brackets hold a comma; so do a name the
 * document defines as a value ({@code h(1 - h)} after {@code h = x^2}), a name standing alone
 * inside the brackets, and a name with an index ({@code y1(1 - p1)}), with a note. Words of
 * prose ({@code at}, {@code is}) are errors, never variables. {@code e^-2x} is e^(-2x). {@code e} is
 * Euler's number and {@code i} the imaginary unit (with a note) unless declared variables or
 * used as a sum's index. {@code d/dx} and {@code ∂/∂x} apply to the rest of the product;
 * {@code dy/dx} is the derivative of y as an unknown function of x; a prime after brackets
 * differentiates by the one variable inside them, at the point in brackets right after it
 * ({@code (x^2)'(3)}).
 */
final class PlainParser {
    private static final int MAX_DEPTH = 200;
    private static final Set<String> RELATIONS = Set.of("<", ">", "<=", ">=", "==", "!=");
    /** Names after which a textbook function's missing brackets are read (sinx, lnx), a common typing shortcut. */
    private static final Set<String> GLUED_ARGUMENTS = Set.of("x", "y", "z");
    private final String source;
    private final List<PlainToken> tokens;
    private final Set<String> variables;
    private final Set<String> notes = new LinkedHashSet<>();
    /** Names the document defined: dL/dw differentiates what L stands for. */
    private final Set<String> defined = new LinkedHashSet<>();
    /** The names each value the document defined is written in (u = x^2: x), where the text alone tells. */
    private final Map<String, Set<String>> bodyVariables = new HashMap<>();
    /** The letters applied as functions unless the document defines them as values: f(x), h(x), u(x). */
    private static final Set<String> FUNCTION_LETTERS = Set.of("f", "g", "h", "u", "v");
    /** A name with an index: y1, w_2, p_i; a variable, whose letter decides whether brackets after it apply or multiply. */
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z])(_?[0-9]+|_[A-Za-z0-9]+)");
    /**
     * Words of prose, never variables: in {@code d/dx x^2 at x=1 is 2} they would be multiplied in
     * (at*x, 2*is) and give a verdict about a misreading.
     */
    private static final Set<String> PROSE = Set.of("at", "is", "so", "then", "hence", "thus", "where", "when", "for", "and",
            "with", "we", "get", "gives", "therefore", "since", "because", "equals", "which", "the", "if", "let", "using");
    /** Names applied as functions wherever brackets follow: those declared (--function y, y'(x)) and those defined with parameters. */
    private final Set<String> functions = new LinkedHashSet<>();
    /** The one-letter names written alone somewhere in the step: uv' is u v' where u and v are. */
    private final Set<String> letters = new LinkedHashSet<>();
    private final PlainDerivatives derivatives = new PlainDerivatives(this);
    private int at;
    private int depth;
    /** Open |...| bars: inside one, a '|' closes it. */
    private int bars;

    PlainParser(String source, List<PlainToken> tokens, Notation notation, Set<String> lettersElsewhere) {
        functions.addAll(notation.functions());
        for (Definition d : notation.definitions()) {
            defined.add(d.name());
            if (!d.parameters().isEmpty()) {
                functions.add(d.name());
            }
        }
        this.source = source;
        this.tokens = tokens;
        this.variables = new LinkedHashSet<>(notation.variables());
        this.variables.addAll(indices(tokens));
        for (Definition d : notation.definitions()) {
            if (d.parameters().isEmpty()) {
                bodyVariables.put(d.name(), bodyVariables(d.body()));
            }
        }
        for (PlainToken t : tokens) {
            if (t.kind() == PlainToken.Kind.NAME && t.text().length() == 1) {
                letters.add(t.text());
            }
        }
        letters.addAll(lettersElsewhere);
    }

    Set<String> notes() {
        return notes;
    }

    PlainNode whole() throws ParseError {
        if (peek().kind() == PlainToken.Kind.END) {
            throw new ParseError("empty expression", 1);
        }
        PlainNode n = expression();
        if (peek().kind() != PlainToken.Kind.END) {
            throw unexpected(peek());
        }
        return n;
    }

    /** Names used as an index ({i, 1, n} in a Sum): variables there, whatever they are elsewhere. */
    private static Set<String> indices(List<PlainToken> tokens) {
        Set<String> found = new LinkedHashSet<>();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).is("{") && tokens.get(k + 1).kind() == PlainToken.Kind.NAME && tokens.get(k + 2).is(",")) {
                found.add(tokens.get(k + 1).text());
            }
        }
        return found;
    }

    private PlainNode expression() throws ParseError {
        if (++depth > MAX_DEPTH) {
            throw new ParseError("the expression is nested more than " + MAX_DEPTH + " levels deep", peek().column());
        }
        try {
            PlainNode left = or();
            if (peek().is("->")) {
                next();
                left = new PlainNode.Binary("->", left, or());
            }
            return left;
        } finally {
            depth--;
        }
    }

    /** '||' outside bars: or (inside bars, the first '|' closes them). */
    private boolean isOr(PlainToken t) {
        int k = tokens.indexOf(t);
        return bars == 0 && t.is("|") && tokens.get(k + 1).is("|") && tokens.get(k + 1).column() == t.column() + 1;
    }

    private PlainNode or() throws ParseError {
        PlainNode left = and();
        while (isOr(peek())) {
            next();
            next();
            left = new PlainNode.Binary("||", left, and());
        }
        return left;
    }

    private PlainNode and() throws ParseError {
        PlainNode left = relation();
        while (peek().is("&&")) {
            next();
            left = new PlainNode.Binary("&&", left, relation());
        }
        return left;
    }

    private PlainNode relation() throws ParseError {
        PlainNode left = sum();
        while (peek().kind() == PlainToken.Kind.SYMBOL && RELATIONS.contains(peek().text())) {
            String op = next().text();
            left = new PlainNode.Binary(op, left, sum());
        }
        return left;
    }

    private PlainNode sum() throws ParseError {
        PlainNode left = signedProduct();
        while (peek().is("+") || peek().is("-")) {
            String op = next().text();
            left = new PlainNode.Binary(op, left, product());
        }
        return left;
    }

    private PlainNode signedProduct() throws ParseError {
        if (peek().is("-")) {
            next();
            return new PlainNode.Negation(product());
        }
        if (peek().is("+")) {
            next();
        }
        return product();
    }

    private PlainNode product() throws ParseError {
        int start = peek().column();
        PlainNode left = power();
        while (true) {
            PlainToken t = peek();
            if (t.is("*") || t.is("/")) {
                next();
                PlainNode right = signedPower();
                PlainNode before = left;
                left = new PlainNode.Binary(t.text(), left, right);
                if (t.is("/") && startsFactor(peek())) {
                    PlainNode factor = power();
                    PlainNode other = new PlainNode.Binary("/", before, new PlainNode.Binary("*", right, factor));
                    left = new PlainNode.Binary("*", left, factor);
                    notes.add("'" + text(start, peek().column()).strip() + "' is read as " + left.print() + ", not " + other.print());
                }
            } else if (t.is(".")) {
                // a dot between factors is the dot product of vectors ({w1, w0} . {x, 1}), Symja's Dot
                next();
                left = new PlainNode.Call(new PlainNode.Name("Dot", t.column()), List.of(left, signedPower()));
            } else if (startsFactor(t)) {
                left = new PlainNode.Binary("*", left, power());
            } else {
                return left;
            }
        }
    }

    private PlainNode signedPower() throws ParseError {
        if (peek().is("-")) {
            next();
            return new PlainNode.Negation(signedPower());
        }
        if (peek().is("+")) {
            next();
        }
        return power();
    }

    private PlainNode power() throws ParseError {
        int start = peek().column();
        PlainNode base = postfix();
        if (peek().is("^")) {
            PlainToken caret = next();
            requireOperand(caret);
            if (gluedExponent(caret)) {
                return gluedPower(base, start);
            }
            return new PlainNode.Binary("^", base, signedPower());
        }
        return base;
    }

    /** Whether a number glued to a name follows a typed caret: e^2x, e^-2x, x^2y (not x^2 y, not x²y, not e^2sin x). */
    private boolean gluedExponent(PlainToken caret) {
        int k = peek().is("-") || peek().is("+") ? 1 : 0;
        PlainToken number = peek(k);
        PlainToken name = peek(k + 1);
        boolean typed = caret.end() > caret.column();
        return typed && number.kind() == PlainToken.Kind.NUMBER && !number.spaced() && name.kind() == PlainToken.Kind.NAME
                && !name.spaced() && PlainNames.function(name.text()) == null && !name.text().startsWith("d");
    }

    /**
     * e^2x and e^-2x are e^(2x) and e^(-2x), as everyone who types them means; after another base
     * the number alone is the exponent, as in the polynomial 3x^2y (x^2 times y), while x^-2y is
     * an error: x^(-2y) and x^(-2)*y are both meant by someone.
     */
    private PlainNode gluedPower(PlainNode base, int start) throws ParseError {
        PlainToken sign = peek().kind() == PlainToken.Kind.SYMBOL ? peek() : null;
        PlainToken number = peek(sign == null ? 0 : 1);
        PlainToken name = peek(sign == null ? 1 : 2);
        String written = text(start, name.end()).strip();
        String powerWritten = text(start, (sign == null ? number : sign).column()).strip()
                + "(" + text((sign == null ? number : sign).column(), name.end()) + ")";
        if (base instanceof PlainNode.Name n && n.name().equals("E")) {
            boolean negative = sign != null && next().is("-");
            PlainNode coefficient = postfix();
            PlainNode factor = power();
            PlainNode exponent = new PlainNode.Binary("*", coefficient, factor);
            PlainNode power = new PlainNode.Binary("^", base, negative ? new PlainNode.Negation(exponent) : exponent);
            PlainNode other = new PlainNode.Binary("*",
                    new PlainNode.Binary("^", base, negative ? new PlainNode.Negation(coefficient) : coefficient), factor);
            notes.add("'" + text(start, peek().column()).strip() + "' is read as " + power.print() + ", not " + other.print());
            return power;
        }
        if (sign != null) {
            throw new ParseError("'" + written + "' can be read two ways: write " + powerWritten + " for the power, or put a '*' before "
                    + name.text() + " for the product", sign.column());
        }
        PlainNode power = new PlainNode.Binary("^", base, postfix());
        notes.add("'" + written + "' is read as " + power.print() + "*" + name.text() + " (write " + powerWritten + " for the power)");
        return power;
    }

    private PlainNode postfix() throws ParseError {
        int begin = peek().column();
        PlainNode p = primary();
        while (true) {
            PlainToken t = peek();
            if (t.is("!")) {
                next();
                p = new PlainNode.Postfix(p, "!");
            } else if (t.is("'") || t.is("''")) {
                next();
                if (peek().is("(") && !peek().spaced()) {
                    PlainToken open = next();
                    List<PlainNode> point = arguments(")");
                    p = derivatives.ofBracketsAt(p, t, point, open, text(begin, peek().column()).strip());
                } else {
                    p = derivatives.ofBrackets(p, t);
                }
            } else if (t.is("[") && !t.spaced() && p instanceof PlainNode.Call) {
                next();
                p = new PlainNode.Call(p, arguments("]"));
            } else {
                return p;
            }
        }
    }

    private PlainNode primary() throws ParseError {
        PlainToken t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                next();
                return new PlainNode.Number(number(t), t.column());
            }
            case STRING -> {
                next();
                return new PlainNode.Text(t.text(), t.column());
            }
            case NAME -> {
                return name();
            }
            case END -> throw new ParseError("the expression ends where an operand is expected", t.column());
            default -> { }
        }
        if (t.is("(") || t.is("[")) {
            next();
            PlainNode inside = enclosed(t.is("(") ? ")" : "]", t);
            return inside;
        }
        if (t.is("{")) {
            next();
            List<PlainNode> items = arguments("}");
            // {x} without a comma groups, as in LaTeX's e^{x}; a list has commas: {x, 2}, {{1, x < 0}}
            return items.size() == 1 && !(items.get(0) instanceof PlainNode.ListOf) ? items.get(0) : new PlainNode.ListOf(items);
        }
        if (t.is("|")) { // where an operand is expected a bar opens; the closing one is taken after the expression inside
            next();
            bars++;
            PlainNode inside;
            try {
                inside = expression();
            } finally {
                bars--;
            }
            expect("|", t, "the absolute value opened here");
            return new PlainNode.Call(new PlainNode.Name("Abs", t.column()), List.of(inside));
        }
        if (t.is("√")) {
            next();
            return new PlainNode.Call(new PlainNode.Name("Sqrt", t.column()), List.of(postfix()));
        }
        if (t.is("∂")) {
            return derivatives.operator(t);
        }
        throw unexpected(t);
    }

    private PlainNode enclosed(String close, PlainToken open) throws ParseError {
        int saved = bars;
        bars = 0;
        try {
            PlainNode inside = expression();
            expect(close, open, "the bracket opened here");
            return inside;
        } finally {
            bars = saved;
        }
    }

    private List<PlainNode> arguments(String close) throws ParseError {
        PlainToken open = tokens.get(at - 1);
        List<PlainNode> args = new ArrayList<>();
        if (peek().is(close)) {
            next();
            return args;
        }
        int saved = bars;
        bars = 0;
        try {
            while (true) {
                args.add(expression());
                if (peek().is(",")) {
                    next();
                    continue;
                }
                expect(close, open, "the bracket opened here");
                return args;
            }
        } finally {
            bars = saved;
        }
    }

    private PlainNode name() throws ParseError {
        PlainToken t = next();
        String name = t.text();
        if (PlainDerivatives.isNumerator(name) && derivatives.startsHere(name)) {
            at--;
            return derivatives.operator(t);
        }
        if ((name.equals("lim") || name.equals("lim_")) && !peek().is("[")) {
            return limit(t);
        }
        if (PROSE.contains(name) && !variables.contains(name) && !isDefined(name)
                && !(PlainNames.function(name) != null && peek().is("("))) {
            throw new ParseError("'" + name + "' is a word, not mathematics: write the claim alone, e.g. D(x^2, x) = 2x, "
                    + "one chain per line (and a product with '*': " + String.join("*", name.split("")) + ")", t.column());
        }
        String constant = constant(t);
        if (constant != null) {
            return new PlainNode.Name(constant, t.column());
        }
        if (name.equals("sigma") && !defined.contains("sigma") && (peek().is("(") || peek().is("'"))) {
            notes.add("σ applied to an argument is the sigmoid");
            return function("sigmoid", t);
        }
        String function = PlainNames.function(name);
        if (function != null && (peek().is("(") || peek().is("[") && !peek().spaced() || peek().is("'") || peek().is("''")
                || PlainNames.textbook(function) && (peek().is("^") || startsFactor(peek()) || peek().is("-")))) {
            return function(function, t);
        }
        if (name.startsWith("log_")) {
            return logarithm(t);
        }
        String glued = gluedFunction(name);
        if (glued != null) {
            notes.add("'" + name + "' is read as " + glued + "(" + name.substring(name.length() - 1) + ")");
            return new PlainNode.Call(new PlainNode.Name(glued, t.column()),
                    List.of(new PlainNode.Name(name.substring(name.length() - 1), t.end() - 1)));
        }
        if (function != null && PlainNames.textbook(function)) {
            if (peek().is(",") || peek().is(")") || peek().is("]")) { // the function itself, an argument: Derivative(1)[Sin]
                return new PlainNode.Name(function, t.column());
            }
            throw new ParseError(name + " needs an argument: " + name + "(x)", t.column());
        }
        if (splitsIntoLetters(name)) {
            notes.add("'" + name + "' is read as " + String.join("*", name.split("")) + " (its letters stand alone elsewhere)");
            PlainNode product = new PlainNode.Name(name.substring(0, 1), t.column());
            for (int k = 1; k < name.length() - 1; k++) {
                product = new PlainNode.Binary("*", product, new PlainNode.Name(name.substring(k, k + 1), t.column() + k));
            }
            return new PlainNode.Binary("*", product, variableOrPrimed(name.substring(name.length() - 1), t.column() + name.length() - 1));
        }
        String variable = PlainNames.variable(name);
        if (PlainNames.renamedFrom(variable) != null) {
            notes.add(name + " is the variable " + variable + " (to the engine " + name + " is its own symbol)");
        }
        if (peek().is("'") || peek().is("''")) {
            return variableOrPrimed(variable, t.column());
        }
        if (peek().is("[") && !peek().spaced()) {
            next();
            return new PlainNode.Call(new PlainNode.Name(variable, t.column()), arguments("]"));
        }
        if (peek().is("(") && atItsOwnVariable(name)) {
            // u(x) after u = x^2: u at the one variable it is written in is u itself, as the writer means
            notes.add("'" + name + "(" + peek(1).text() + ")' is read as " + name + ", defined as a value in " + peek(1).text());
            next();
            next();
            next();
            return new PlainNode.Name(variable, t.column());
        }
        if (peek().is("(") && appliesToBrackets(name, variable)) {
            next();
            return new PlainNode.Call(new PlainNode.Name(variable, t.column()), arguments(")"));
        }
        return new PlainNode.Name(variable, t.column());
    }

    /**
     * Whether the brackets after a name apply it (f(x), loss(a, y)) or multiply it (x(1 - x),
     * a(1 - a) where a = ... defines a value, h(1 - h), y1(1 - p1)), with a note where it multiplies
     * but a reader could take it for a function; f(2) where f = ... defines a value is an error.
     */
    private boolean appliesToBrackets(String name, String variable) throws ParseError {
        if (functions.contains(name) || functions.contains(variable)) { // declared, primed in the step, or defined with parameters
            return true;
        }
        if (isDefined(name)) {
            if (FUNCTION_LETTERS.contains(name) && loneInBrackets() && !standsAloneInBrackets(name)) {
                throw new ParseError("'" + text(peek(-1).column(), peek(2).end()) + "': " + name + " is defined as a value, not a function: "
                        + "define " + name + "(x) = ... to apply it, or write " + name + "*" + text(peek().column(), peek(2).end())
                        + " for the product", peek(-1).column());
            }
            notes.add("'" + name + "' before brackets multiplies: it is defined as a value, not as a function");
            return false;
        }
        if (standsAloneInBrackets(name)) {
            notes.add("'" + name + "' before brackets multiplies: it stands alone inside them, so it is a value, not a function");
            return false;
        }
        if (holdsComma()) {
            return true;
        }
        Matcher indexed = INDEXED.matcher(name);
        if (indexed.matches() && !FUNCTION_LETTERS.contains(indexed.group(1))) {
            notes.add("'" + name + "' before brackets multiplies: a name with an index is a variable (--function " + variable
                    + " makes it a function)");
            return false;
        }
        if (name.length() > 1 || FUNCTION_LETTERS.contains(name)) {
            return true;
        }
        if (peek(1).kind() == PlainToken.Kind.NAME && peek(2).is(")")) {
            notes.add("'" + name + "(" + peek(1).text() + ")' is read as " + name + " times " + peek(1).text()
                    + " (f, g, h, u, v and longer names are functions; --function " + name + " makes " + name + " one)");
        }
        return false;
    }

    /**
     * The variables a definition's body is written in, or null when the text alone does not tell
     * (it names another definition, or cannot be read).
     */
    private Set<String> bodyVariables(String body) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (PlainToken t : PlainLexer.tokens(body)) {
                if (t.kind() != PlainToken.Kind.NAME || PlainNames.function(t.text()) != null) {
                    continue;
                }
                if (isDefined(t.text()) || functions.contains(t.text()) || FUNCTION_LETTERS.contains(t.text())) {
                    return null;
                }
                names.add(t.text());
            }
        } catch (ParseError unreadable) {
            return null;
        }
        names.removeIf(n -> !variables.contains(n) && Set.of("e", "i", "pi", "E", "I", "Pi", "%e", "%i", "%pi").contains(n));
        return names;
    }

    /** Whether the brackets after a function letter defined as a value hold the one variable its definition is written in: u(x) after u = x^2. */
    private boolean atItsOwnVariable(String name) {
        return FUNCTION_LETTERS.contains(name) && !functions.contains(name) && loneInBrackets()
                && Set.of(peek(1).text()).equals(bodyVariables.get(PlainNames.variable(name)));
    }

    /** Whether the brackets that follow hold one name or number: f(2), u(x). */
    private boolean loneInBrackets() {
        PlainToken inside = peek(1);
        return (inside.kind() == PlainToken.Kind.NAME || inside.kind() == PlainToken.Kind.NUMBER) && peek(2).is(")");
    }

    /** Whether {@code name} stands alone (not applied) inside the brackets that follow: h(1 - h). */
    private boolean standsAloneInBrackets(String name) {
        return anyInNextBrackets((k, level) -> tokens.get(k).isName(name)
                && !tokens.get(k + 1).is("(") && !tokens.get(k + 1).is("'") && !tokens.get(k + 1).is("''"));
    }

    /** Whether a token inside the brackets at the cursor, at its depth (1 at the top), passes {@code test(index, depth)}. */
    private boolean anyInNextBrackets(BiPredicate<Integer, Integer> test) {
        int level = 0;
        for (int k = at; k < tokens.size(); k++) {
            PlainToken t = tokens.get(k);
            if (t.is("(") || t.is("[") || t.is("{")) {
                level++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                if (--level == 0) {
                    return false;
                }
            } else if (test.test(k, level)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is applied as a function where brackets follow it, not a value: for (u^2)'(x). */
    boolean isFunction(String name) {
        return functions.contains(name) || FUNCTION_LETTERS.contains(name) && !isDefined(name);
    }

    /** A name, primed when a prime follows: u'(x), or u' alone (in (u'v - uv')/v^2) by the step's one variable, which the verifier finds. */
    private PlainNode variableOrPrimed(String variable, int column) throws ParseError {
        PlainNode name = new PlainNode.Name(variable, column);
        if (!peek().is("'") && !peek().is("''")) {
            return name;
        }
        PlainNode primed = new PlainNode.Postfix(name, next().text());
        if (!peek().is("(")) {
            return primed;
        }
        next();
        return new PlainNode.Call(primed, arguments(")"));
    }

    /** uv where u and v are written alone elsewhere and uv means nothing else (not a function, not e or pi). */
    private boolean splitsIntoLetters(String name) {
        if (name.length() < 2 || name.length() > 4 || !name.chars().allMatch(Character::isLetter) || variables.contains(name)
                || PlainNames.function(name) != null || gluedFunction(name) != null) {
            return false;
        }
        return name.chars().allMatch(c -> letters.contains(String.valueOf((char) c)));
    }

    /** The constant a name stands for (E, Pi, I, Infinity), with a note for e and i, or null for a variable. */
    private String constant(PlainToken t) {
        String name = t.text();
        if (variables.contains(name)) {
            return null;
        }
        switch (name) {
            case "e", "%e" -> {
                if (name.equals("e")) {
                    notes.add("e is Euler's number 2.71828... (--var e, or a line 'var e' in a file, makes e a variable)");
                }
                return "E";
            }
            case "i", "%i" -> {
                if (name.equals("i")) {
                    notes.add("i is the imaginary unit (--var i, or a line 'var i' in a file, makes i a variable)");
                }
                return "I";
            }
            case "pi", "%pi", "Pi", "PI" -> {
                return "Pi";
            }
            case "E", "I" -> {
                if (isDefined(name)) {
                    return null;   // E = ½(t - o)² defines the error E: a variable from there on
                }
                notes.add(name + " is " + (name.equals("E") ? "Euler's number 2.71828..." : "the imaginary unit")
                        + " (a definition " + name + " = ... before, or --var " + name + ", makes it a variable)");
                return name;
            }
            case "infinity", "Infinity", "inf", "oo" -> {
                return "Infinity";
            }
            default -> {
                return null;
            }
        }
    }

    /** A known function's application: with brackets, with primes, with a power (sin^2 x), or textbook-style without brackets. */
    private PlainNode function(String function, PlainToken nameToken) throws ParseError {
        PlainNode head = new PlainNode.Name(function, nameToken.column());
        if (peek().is("'") || peek().is("''")) {
            head = new PlainNode.Postfix(head, next().text());
            if (!peek().is("(") && !peek().is("[")) {
                throw new ParseError(nameToken.text() + "' needs its argument: " + nameToken.text() + "'(x)", peek().column());
            }
        }
        PlainNode exponent = null;
        if (peek().is("^")) {
            PlainToken caret = next();
            requireOperand(caret);
            exponent = signedPrimary();
            String inverse = PlainNames.inverse(function);
            if (inverse != null && exponent.print().equals("-1")) {
                notes.add(nameToken.text() + "^-1 is the inverse function " + inverse + ", not 1/" + nameToken.text());
                head = new PlainNode.Name(inverse, nameToken.column());
                exponent = null;
            }
        }
        PlainNode applied;
        if (peek().is("(") || peek().is("[")) {
            String close = next().is("(") ? ")" : "]";
            applied = new PlainNode.Call(head, arguments(close));
        } else {
            PlainNode argument = textbookArgument(nameToken);
            applied = new PlainNode.Call(head, List.of(argument));
            notes.add("'" + text(nameToken.column(), peek().column()).strip() + "' is read as "
                    + (exponent == null ? applied : new PlainNode.Binary("^", applied, exponent)).print());
        }
        return exponent == null ? applied : new PlainNode.Binary("^", applied, exponent);
    }

    /**
     * sin x^2, sin 2x, sin -x: the factors that follow, up to an operator, another function, or
     * the end of a call: sech^2 u(x) u'(x) is sech(u(x))^2 times u'(x), as the chain rule writes it.
     */
    private PlainNode textbookArgument(PlainToken function) throws ParseError {
        if (peek().is("-")) {
            next();
            return new PlainNode.Negation(textbookArgument(function));
        }
        if (!startsFactor(peek())) {
            throw new ParseError(function.text() + " needs an argument: " + function.text() + "(x)", peek().column());
        }
        PlainNode factor = power();
        PlainNode argument = factor;
        while (!(factor instanceof PlainNode.Call) && startsFactor(peek()) && !startsFunction(peek())) {
            factor = power();
            argument = new PlainNode.Binary("*", argument, factor);
        }
        return argument;
    }

    private PlainNode signedPrimary() throws ParseError {
        if (peek().is("-")) {
            next();
            return new PlainNode.Negation(signedPrimary());
        }
        return postfix();
    }

    /** log_2(x), log_10 x, log_b(x): a logarithm with a base. */
    private PlainNode logarithm(PlainToken t) throws ParseError {
        String base = t.text().substring("log_".length());
        if (base.isEmpty() || !base.matches("[0-9]+|[A-Za-z][A-Za-z0-9]*")) {
            throw new ParseError("a logarithm's base: log_2(x), log_10(x), log_b(x)", t.column());
        }
        PlainNode baseNode = Character.isDigit(base.charAt(0)) ? new PlainNode.Number(base, t.column()) : new PlainNode.Name(base, t.column());
        PlainNode argument;
        if (peek().is("(")) {
            PlainToken open = next();
            argument = enclosed(")", open);
        } else {
            argument = textbookArgument(t);
            notes.add("'" + text(t.column(), peek().column()).strip() + "' is read as Log(" + base + ", " + argument.print() + ")");
        }
        return new PlainNode.Call(new PlainNode.Name("Log", t.column()), List.of(baseNode, argument));
    }

    /** sinx, lnx, cosx: a textbook function glued to a one-letter argument, or null. */
    private static String gluedFunction(String name) {
        if (name.length() < 3 || !GLUED_ARGUMENTS.contains(name.substring(name.length() - 1))) {
            return null;
        }
        String function = PlainNames.function(name.substring(0, name.length() - 1));
        return function != null && PlainNames.textbook(function) ? function : null;
    }

    /**
     * What an operator written before it applies to (d/dx, lim): the whole term after it, up to a
     * '+' or '-', quotients too ({@code d/dx 1/x}, {@code lim x->0 sin(x)/x}) as textbooks mean them.
     */
    PlainNode operatorTerm() throws ParseError {
        PlainNode operand = signedPower();
        while (startsFactor(peek()) || peek().is("*") || peek().is("/")) {
            String operator = peek().is("/") ? "/" : "*";
            if (peek().is("*") || peek().is("/")) {
                next();
            }
            operand = new PlainNode.Binary(operator, operand, power());
        }
        return operand;
    }

    /**
     * {@code lim x->0 sin(x)/x}, {@code lim_(x->0) f}, {@code lim_{x→0+} f}: the limit of the term
     * after the approach (a trailing + or - on the point is one-sided, from above or below).
     */
    private PlainNode limit(PlainToken lim) throws ParseError {
        String close = peek().is("(") ? ")" : peek().is("{") ? "}" : null;
        if (close != null) {
            next();
        }
        PlainToken variable = next();
        if (variable.kind() != PlainToken.Kind.NAME || !peek().is("->")) {
            throw new ParseError("lim needs its approach: lim x->0 f, or Limit(f, x -> 0)", variable.column());
        }
        next();
        PlainNode point = signedPower();
        String direction = null;
        if ((peek().is("+") || peek().is("-")) && (close != null ? peek(1).is(close) : !startsFactor(peek(1)))) {
            direction = next().is("+") ? "-1" : "1";   // Symja's Direction: -1 from above, 1 from below
        }
        if (close != null) {
            expect(close, lim, "lim's approach");
        }
        if (!startsFactor(peek()) && !peek().is("-")) {
            throw new ParseError("lim needs something after its approach to take the limit of", peek().column());
        }
        List<PlainNode> arguments = new ArrayList<>(List.of(operatorTerm(),
                new PlainNode.Binary("->", new PlainNode.Name(variable.text(), variable.column()), point)));
        if (direction != null) {
            arguments.add(new PlainNode.Binary("->", new PlainNode.Name("Direction"), new PlainNode.Number(direction)));
        }
        return new PlainNode.Call(new PlainNode.Name("Limit", lim.column()), arguments);
    }

    private boolean holdsComma() {
        return anyInNextBrackets((k, level) -> tokens.get(k).is(",") && level == 1);
    }

    /** Whether a token can start a factor that multiplies the one before it (2x, x y, x(1 - x), |x||y|). */
    boolean startsFactor(PlainToken t) {
        return switch (t.kind()) {
            case NUMBER, NAME -> true;
            case SYMBOL -> t.is("(") || t.is("[") || t.is("√") || t.is("∂") || t.is("|") && bars == 0 && !isOr(t);
            default -> false;
        };
    }

    private boolean startsFunction(PlainToken t) {
        if (t.kind() != PlainToken.Kind.NAME) {
            return t.is("∂");
        }
        String function = PlainNames.function(t.text());
        return function != null && PlainNames.textbook(function) || t.text().startsWith("d") && isDerivativeAt(t);
    }

    private boolean isDerivativeAt(PlainToken t) {
        int saved = at;
        at = tokens.indexOf(t) + 1;
        try {
            return PlainDerivatives.isNumerator(t.text()) && derivatives.startsHere(t.text());
        } finally {
            at = saved;
        }
    }

    private String number(PlainToken t) {
        String text = t.text();
        if (text.startsWith(".")) {
            text = "0" + text;
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e > 0) { // 6.02e23 as 6.02*10^23: the expression language has no exponent notation
            return text.substring(0, e) + "*10^" + (text.charAt(e + 1) == '-' ? "(" + text.substring(e + 1) + ")" : text.substring(e + 1).replace("+", ""));
        }
        return text;
    }

    private void requireOperand(PlainToken operator) throws ParseError {
        PlainToken t = peek();
        if (t.kind() == PlainToken.Kind.END || t.is(")") || t.is("]") || t.is("}") || t.is(",")) {
            throw new ParseError("'" + operator.text() + "' needs an operand after it", operator.column());
        }
    }

    void expect(String symbol, PlainToken opener, String what) throws ParseError {
        PlainToken t = peek();
        if (!t.is(symbol)) {
            throw new ParseError("expected '" + symbol + "' to close " + what + " (column " + opener.column() + "), found " + t,
                    t.column());
        }
        next();
    }

    private ParseError unexpected(PlainToken t) {
        if (t.kind() == PlainToken.Kind.END) {
            return new ParseError("the expression ends too early", t.column());
        }
        return new ParseError("unexpected " + t + (t.is(")") || t.is("]") ? " (no bracket to close)" : ""), t.column());
    }

    private String text(int from, int to) {
        return source.substring(Math.max(0, from - 1), Math.min(source.length(), Math.max(from - 1, to - 1)));
    }

    /** A reading that is a convention, for the notes. */
    void note(String reading) {
        notes.add(reading);
    }

    /** Whether the document defined the name before (w_1 or δ as the w1 or delta it defined). */
    boolean isDefined(String name) {
        return defined.contains(name) || defined.contains(PlainNames.variable(name));
    }

    PlainToken peek() {
        return tokens.get(at);
    }

    PlainToken peek(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    PlainToken next() {
        PlainToken t = tokens.get(at);
        if (t.kind() != PlainToken.Kind.END) {
            at++;
        }
        return t;
    }
}

package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Functions applied to arguments: operator commands ({@code \tanh}, {@code \log_2}, {@code \max}),
 * named functions ({@code \text{ReLU}(u)}, {@code relu(z)}), letters ({@code f'(x)}) and roots.
 * A power on a function's name belongs to its value: {@code \tanh^2(z)} is tanh(z)^2, while
 * {@code \tanh^{-1}} is artanh. Parentheses right after the name hold the arguments, so
 * {@code \exp(a) - \exp(b)} is two calls (Symja's own TeX reader takes it as one).
 */
final class Calls {
    private final Parser p;

    Calls(Parser p) {
        this.p = p;
    }

    /** Whether the token at i opens an argument list: ( or \left(. */
    boolean opensArguments(int i) {
        Token t = p.in.at(i);
        return t.isSymbol("(") || t.isCommand("left") && p.in.at(i + 1).isSymbol("(");
    }

    /** Whether a function's name at i is used as one: arguments or a prime follow. */
    boolean isApplied(int i) {
        return opensArguments(i) || p.in.at(i).isSymbol("'");
    }

    /** Whether the parentheses opening at i hold a top-level comma: then they are arguments ({@code J(W, b)}). */
    boolean hasComma(int open) {
        Depth depth = new Depth();
        List<Token> tokens = p.tokens();
        for (int i = open; i < p.in.limit(); ) {
            Token t = tokens.get(i);
            if (depth.value() == 1 && t.isSymbol(",")) {
                return true;
            }
            i = depth.over(tokens, i);
            if (depth.value() <= 0) {
                return false;
            }
        }
        return false;
    }

    /** head'(args) for a name that is applied. */
    Node apply(String head, int primes, Token at) throws ParseError {
        return new Node.Call(head, primes, arguments(at));
    }

    /** A function given by an operator command: {@code \tanh x}, {@code \log_{10}(x)}, {@code \max(0, x)}. */
    Node command(Token t, String function) throws ParseError {
        p.in.next();
        return operator(t, function, t.shown());
    }

    /**
     * A function named as an operator, whose name ({@code \tanh}, or the word of
     * {@code \mathrm{sech}}) the cursor is past: its marks, then parentheses or the factors after it.
     */
    Node operator(Token t, String function, String name) throws ParseError {
        boolean maxMin = function.equals("Max") || function.equals("Min");
        Marks marks = marks(t, function, true);
        int primes = marks.primes();
        Group base = marks.base();
        Group power = marks.power();
        if (power != null && Scripts.primeMarks(p, power) > 0) {
            primes += Scripts.primeMarks(p, power);
            power = null;
        }
        int i = p.in.index();
        boolean braces = p.in.at(i).isCommand("{") || p.in.at(i).isCommand("left") && p.in.at(i + 1).isCommand("{");
        List<Node> args;
        if (opensArguments(i) || maxMin && braces) {
            args = arguments(t);
        } else if (maxMin) {
            throw p.error(t, t.shown() + " needs its arguments in parentheses, as in \\max(0, x)");
        } else {
            args = List.of(operatorArgument(t, name));
        }
        checkArity(t, function, args);
        Node call = base == null ? new Node.Call(function, primes, args) : logarithm(t, base, primes, args.get(0));
        if (power == null) {
            return p.powerOf(call);
        }
        Node exponent = p.within(power, p::expression);
        Optional<String> inverse = Functions.inverse(function);
        if (exponent.equals(new Node.Neg(new Node.Num("1"))) && inverse.isPresent() && primes == 0) {
            return p.powerOf(new Node.Call(inverse.get(), 0, args));
        }
        return new Node.Binary("^", call, exponent);
    }

    /** A function named by letters written together ({@code relu}): it must be applied to parentheses. */
    Node word(Token t, String function, String word) throws ParseError {
        Marks marks = marks(t, function, false);
        int primes = marks.primes();
        Group power = marks.power();
        if (!opensArguments(p.in.index())) {
            throw p.error(t, word + " is a function: apply it to an argument, as in " + word + "(x)");
        }
        List<Node> args = arguments(t);
        checkArity(t, function, args);
        Node call = new Node.Call(function, primes, args);
        return power == null ? p.powerOf(call) : new Node.Binary("^", call, p.within(power, p::expression));
    }

    /** Primes, a subscript (the base of \log_b) and a power written after a function's name, in any order. */
    private record Marks(int primes, Group base, Group power) {}

    /**
     * Reads the marks after a function's name. A command takes a subscript only when it is \log (an
     * error otherwise); after a word a subscript is not the function's and ends the marks.
     */
    private Marks marks(Token t, String function, boolean command) throws ParseError {
        int primes = 0;
        Group base = null;
        Group power = null;
        while (true) {
            Token s = p.in.peek();
            if (s.isSymbol("'")) {
                p.in.next();
                primes++;
            } else if (command && s.isSymbol("_") && base == null) {
                if (!function.equals("Log")) {
                    boolean maxMin = function.equals("Max") || function.equals("Min");
                    throw p.error(s, maxMin ? t.shown() + " over a subscript (an optimum) cannot be checked"
                            : t.shown() + " takes no subscript");
                }
                p.in.next();
                base = p.argument(s, "a base");
            } else if (s.isSymbol("^") && power == null) {
                p.in.next();
                power = p.argument(s, "an exponent");
            } else {
                return new Marks(primes, base, power);
            }
        }
    }

    /** {@code \sqrt{x}} and {@code \sqrt[n]{x}}: the real n-th root for odd n (Surd), else x^(1/n). */
    Node sqrt(Token t) throws ParseError {
        p.in.next();
        Node degree = null;
        if (p.in.peek().isSymbol("[")) {
            Token open = p.in.next();
            int start = p.in.index();
            int close = start;
            while (!p.in.at(close).isEnd() && !p.in.at(close).isSymbol("]")) {
                close++;
            }
            if (p.in.at(close).isEnd()) {
                throw p.error(open, "'[' is never closed");
            }
            degree = p.within(new Group(start, close, close + 1, open), p::expression);
            p.in.seek(close + 1);
        }
        Node radicand = p.within(p.argument(t, "an argument"), p::enclosed);
        if (degree == null) {
            return p.powerOf(new Node.Call("Sqrt", radicand));
        }
        OptionalLong n = IndexValue.of(degree);
        Node root = n.isPresent() && n.getAsLong() % 2 != 0 ? new Node.Call("Surd", radicand, degree)
                : new Node.Binary("^", radicand, new Node.Binary("/", new Node.Num("1"), degree));
        return p.powerOf(root);
    }

    /** (a, b, ...), \left( ... \right), and for \max and \min also \{ ... \}. */
    private List<Node> arguments(Token owner) throws ParseError {
        Token open = p.in.next();
        boolean left = open.isCommand("left");
        Token delimiter = left ? p.in.next() : open;
        String closing = delimiter.isCommand("{") ? "\\}" : ")";
        String opening = (left ? "\\left" : "") + delimiter.written();
        List<Node> args = new ArrayList<>();
        while (true) {
            Token t = p.in.peek();
            if (t.isEnd()) {
                throw p.error(open, opening + " is never closed");
            }
            if (args.isEmpty() && closes(t, left, closing)) {
                throw p.error(open, "empty parentheses: " + owner.shown() + " needs an argument");
            }
            args.add(p.enclosed());
            t = p.in.peek();
            if (t.isSymbol(",")) {
                p.in.next();
                continue;
            }
            if (t.isEnd()) {
                throw p.error(open, opening + " is never closed");
            }
            if (!closes(t, left, closing)) {
                throw p.unexpected(t);
            }
            p.in.next();
            if (left) {
                Token end = p.in.next();
                if (!end.written().equals(closing)) {
                    throw p.error(end, opening + " is closed by \\right" + end.written());
                }
            }
            return args;
        }
    }

    private static boolean closes(Token t, boolean left, String closing) {
        return left ? t.isCommand("right") : t.written().equals(closing);
    }

    /**
     * The argument of a function command written without parentheses: the next factor and the
     * factors multiplied with it, up to a bracket, a space ({@code \,}, {@code \;}, {@code \quad}) or
     * another function ({@code \sin 2x \cos y}, {@code \cos x^2 \, 2x}, {@code \operatorname{sech}^2 u(x)\,u'(x)}),
     * as plain notation reads {@code sin x cos x}.
     */
    private Node operatorArgument(Token function, String name) throws ParseError {
        Token t = p.in.peek();
        boolean negative = t.isSymbol("-");
        if (negative) {
            p.in.next();
            t = p.in.peek();
        }
        if (!p.startsFactor(t)) {
            throw p.error(function, name + " is a function: apply it to an argument, as in " + name + "(x)");
        }
        Node arg = p.factor();
        while (p.startsFactor(p.in.peek()) && continuesArgument(p.in.peek())) {
            arg = new Node.Binary("*", arg, p.factor());
        }
        return negative ? new Node.Neg(arg) : arg;
    }

    private boolean continuesArgument(Token t) {
        if (t.isSymbol("(") || t.isSymbol("[") || t.isSymbol("|") || t.isCommand("left") || t.isCommand("{")
                || p.in.spacedBefore() || isAppliedLetter(p.in.index())) {
            return false;
        }
        if (t.kind() != Token.Kind.COMMAND) {
            return true;
        }
        String c = t.text();
        return Functions.command(c).isEmpty() && p.scope.options().commandFunction(c).isEmpty()
                && !c.equals("sum") && !c.equals("prod") && !c.equals("lim") && !c.equals("int") && !TextWords.isTextCommand(t);
    }

    /**
     * A letter at i that is another function: primed ({@code u'}), or applied to parentheses as a
     * function ({@code f(x)}, a function the document defines, {@code J(a, b)}); {@code x(1+x)} is a product.
     */
    private boolean isAppliedLetter(int i) {
        Token t = p.in.at(i);
        if (t.kind() != Token.Kind.LETTER) {
            return false;
        }
        if (p.in.at(i + 1).isSymbol("'")) {
            return true;
        }
        boolean function = Functions.isFunctionLetter(t.text()) || p.scope.options().commandFunction(t.text()).isPresent();
        return opensArguments(i + 1) && (function || hasComma(i + 1));
    }

    /** {@code \log_b x}: Log(b, x), and {@code \log_e x} is the natural Log(x). */
    private Node logarithm(Token t, Group base, int primes, Node x) throws ParseError {
        if (primes > 0) {
            throw p.error(t, "a prime on a logarithm with a base");
        }
        Token only = p.in.raw(base.from());
        if (base.to() == base.from() + 1 && only.kind() == Token.Kind.LETTER && only.text().equals("e")) {
            return new Node.Call("Log", x);
        }
        return new Node.Call("Log", p.within(base, p::expression), x);
    }

    private void checkArity(Token t, String function, List<Node> args) throws ParseError {
        if (Functions.isUnary(function) && args.size() != 1) {
            throw p.error(t, t.shown() + " takes one argument, not " + args.size());
        }
    }
}

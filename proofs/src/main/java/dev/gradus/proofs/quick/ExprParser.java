package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Case;
import dev.gradus.proofs.quick.Expr.Comparison;
import dev.gradus.proofs.quick.Expr.Condition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the part of the expression language (relaxed Symja syntax: {@code D(1/(1+Exp(-z)), z)},
 * {@code f'(u)}, {@code E^x}, {@code Piecewise({{1, x > 0}}, 0)}) that the in-process checker
 * decides; anything else is {@link Unsupported}, and Symja reads it. Names follow Symja's relaxed
 * mode: a name that is one of Symja's built-ins in any case ({@code tanh}, {@code Tanh}) is that
 * built-in, so a built-in this reader does not know is unsupported rather than taken for a variable.
 */
final class ExprParser {
    private final String text;
    /** Whether a decimal is the fraction it denotes (the table's constants) rather than unsupported (a claim's machine number). */
    private final boolean exactDecimals;
    private int at;

    private ExprParser(String text, boolean exactDecimals) {
        this.text = text;
        this.exactDecimals = exactDecimals;
    }

    static Expr parse(String text) throws Unsupported {
        return parse(text, false);
    }

    /** As {@link #parse(String)}, decimals read exactly: for the table's forms, whose constants Symja is given as fractions. */
    static Expr parse(String text, boolean exactDecimals) throws Unsupported {
        ExprParser p = new ExprParser(text, exactDecimals);
        Expr e = p.sum();
        p.skipSpace();
        if (p.at < text.length()) {
            throw new Unsupported("unexpected '" + text.charAt(p.at) + "'");
        }
        return e;
    }

    private Expr sum() throws Unsupported {
        List<Expr> terms = new ArrayList<>();
        terms.add(product());
        while (true) {
            if (accept('+')) {
                terms.add(product());
            } else if (peek() == '-' && !ahead("->")) {
                at++;
                terms.add(Expr.negate(product()));
            } else {
                return Expr.sum(terms);
            }
        }
    }

    private Expr product() throws Unsupported {
        List<Expr> factors = new ArrayList<>();
        factors.add(unary());
        while (true) {
            if (peek() == '*' && !ahead("*^")) {
                at++;
                factors.add(unary());
            } else if (accept('/')) {
                factors.add(Expr.power(unary(), Expr.num(-1)));
            } else {
                return Expr.product(factors);
            }
        }
    }

    private Expr unary() throws Unsupported {
        if (peek() == '-' && !ahead("->")) {
            at++;
            return Expr.negate(unary());
        }
        if (accept('+')) {
            return unary();
        }
        return power();
    }

    private Expr power() throws Unsupported {
        Expr base = primary();
        if (accept('^')) {
            Expr exponent = unary();
            return base instanceof Expr.Constant c && c.name().equals("E") ? Expr.call("exp", exponent) : Expr.power(base, exponent);
        }
        return base;
    }

    private Expr primary() throws Unsupported {
        skipSpace();
        if (at >= text.length()) {
            throw new Unsupported("the expression ends early");
        }
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            Expr inner = sum();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c)) {
            return number();
        }
        if (Character.isLetter(c)) {
            String name = name();
            int primes = 0;
            while (at < text.length() && text.charAt(at) == '\'') {
                primes++;
                at++;
            }
            skipSpace();
            boolean applied = at < text.length() && (text.charAt(at) == '(' || text.charAt(at) == '[');
            if (!applied) {
                if (primes > 0) {
                    throw new Unsupported("a derivative of " + name + " without its argument");
                }
                return Names.atom(name);
            }
            char open = text.charAt(at++);
            List<Expr> args = arguments(open == '(' ? ')' : ']', name);
            return Names.apply(name, primes, args);
        }
        throw new Unsupported("unexpected '" + c + "'");
    }

    /** Arguments up to {@code close}; Piecewise's list of cases is read here, as no other head takes a list. */
    private List<Expr> arguments(char close, String head) throws Unsupported {
        List<Expr> args = new ArrayList<>();
        if (head.equalsIgnoreCase("Piecewise")) {
            args.add(piecewiseCases());
            if (accept(',')) {
                args.add(sum());
            }
            expect(close);
            return args;
        }
        if (head.equalsIgnoreCase("ReplaceAll")) {
            Expr of = sum();
            expect(',');
            Map<String, Expr> values = new LinkedHashMap<>();
            boolean list = accept('{');
            do {
                Expr name = sum();
                if (!(name instanceof Expr.Var v) || !acceptText("->")) {
                    throw new Unsupported("a rule that is not x -> value");
                }
                values.put(v.name(), sum());
            } while (list && accept(','));
            if (list) {
                expect('}');
            }
            expect(close);
            return List.of(new Expr.Substituted(of, values));
        }
        args.add(sum());
        while (accept(',')) {
            args.add(sum());
        }
        expect(close);
        return args;
    }

    /** {{value, condition}, ...}, as a Piecewise whose default the caller fills in. */
    private Expr piecewiseCases() throws Unsupported {
        expect('{');
        List<Case> cases = new ArrayList<>();
        do {
            expect('{');
            Expr value = sum();
            expect(',');
            List<Comparison> all = new ArrayList<>();
            do {
                all.addAll(comparisons());
            } while (acceptText("&&"));
            cases.add(new Case(value, new Condition(all)));
            expect('}');
        } while (accept(','));
        expect('}');
        return new Expr.Piecewise(cases, Expr.ZERO);
    }

    /** a < b, or a chain a <= b <= c as its two comparisons. */
    private List<Comparison> comparisons() throws Unsupported {
        List<Comparison> chain = new ArrayList<>();
        Expr left = sum();
        String op;
        while ((op = relation()) != null) {
            Expr right = sum();
            chain.add(new Comparison(left, op, right));
            left = right;
        }
        if (chain.isEmpty()) {
            throw new Unsupported("a condition without a comparison");
        }
        return chain;
    }

    private String relation() {
        skipSpace();
        for (String op : List.of("<=", ">=", "==", "<", ">")) {
            if (text.startsWith(op, at)) {
                at += op.length();
                return op;
            }
        }
        return null;
    }

    private Expr number() throws Unsupported {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at < text.length() && text.charAt(at) == '.') {
            if (!exactDecimals) {
                // a decimal is a machine number to Symja: its rounding is the verifier's business
                throw new Unsupported("a decimal number");
            }
            at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            return Expr.num(Rational.decimal(text.substring(start, at)));
        }
        if (at - start > 200) {
            throw new Unsupported("a number of more than 200 digits");
        }
        return Expr.num(new Rational(new java.math.BigInteger(text.substring(start, at)), java.math.BigInteger.ONE));
    }

    private String name() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '$')) {
            at++;
        }
        return text.substring(start, at);
    }

    private char peek() {
        skipSpace();
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private boolean ahead(String s) {
        return text.startsWith(s, at);
    }

    private boolean accept(char c) {
        if (peek() == c) {
            at++;
            return true;
        }
        return false;
    }

    private boolean acceptText(String s) {
        skipSpace();
        if (text.startsWith(s, at)) {
            at += s.length();
            return true;
        }
        return false;
    }

    private void expect(char c) throws Unsupported {
        if (!accept(c)) {
            throw new Unsupported("expected '" + c + "' at " + (at + 1));
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}

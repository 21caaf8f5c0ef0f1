package dev.gradus.proofs.latex;

import java.util.List;

/**
 * The parsed formula, already in the expression language's terms: names are final variable
 * names, heads are the language's functions ({@code Exp}, {@code sigmoid}, {@code D},
 * {@code Piecewise}), so that {@link Emitter} only has to print.
 */
sealed interface Node {
    /** Euler's number, the imaginary unit, pi and infinity as the expression language writes them. */
    Node E = new Sym("E");
    Node I = new Sym("I");
    Node PI = new Sym("Pi");
    Node INFINITY = new Sym("Infinity");

    /** A non-negative number as written: digits with an optional decimal point. */
    record Num(String digits) implements Node {
        static Node of(long value) {
            return value < 0 ? new Neg(new Num(Long.toString(-value))) : new Num(Long.toString(value));
        }
    }

    record Sym(String name) implements Node {}

    record Neg(Node operand) implements Node {}

    /** + - * / ^, the comparisons {@code < <= > >= == !=}, {@code && ||}, and the rule {@code ->}. */
    record Binary(String op, Node left, Node right) implements Node {}

    /** head'''(args) with {@code primes} primes: {@code Tanh(x)}, {@code f'(x)}, {@code D(f, x)}. */
    record Call(String head, int primes, List<Node> args) implements Node {
        public Call {
            args = List.copyOf(args);
        }

        Call(String head, Node... args) {
            this(head, 0, List.of(args));
        }
    }

    /**
     * A prime without an argument: {@code u'} in {@code \frac{u'v - uv'}{v^2}}, {@code \left(\frac{u}{v}\right)'};
     * the verifier differentiates by the step's one variable.
     */
    record Primed(Node operand, int primes) implements Node {}

    /** A list {a, b, c}: the bounds of a sum, the rows of a Piecewise. */
    record Items(List<Node> items) implements Node {
        public Items {
            items = List.copyOf(items);
        }

        Items(Node... items) {
            this(List.of(items));
        }
    }
}

package dev.gradus.proofs.latex;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a {@link Node} as expression-language text that Symja's relaxed parser reads back as
 * the same tree: parentheses wherever precedence would otherwise regroup, and a negation inside
 * a sum, product or power always in parentheses ({@code a + (-b)}, {@code (-x)/2}, {@code x^(-1)}),
 * so that no sign follows an operator.
 */
final class Emitter {
    private static final Map<String, Integer> PRECEDENCE = Map.ofEntries(
            Map.entry("->", 1), Map.entry("||", 2), Map.entry("&&", 3),
            Map.entry("<", 4), Map.entry("<=", 4), Map.entry(">", 4), Map.entry(">=", 4),
            Map.entry("==", 4), Map.entry("!=", 4),
            Map.entry("+", 5), Map.entry("-", 5), Map.entry("*", 6), Map.entry("/", 6), Map.entry("^", 8));
    private static final int COMPARISON = 4;
    private static final int SUM = 5;
    /** -a*b is (-a)*b, which is -(a*b): a negation binds like a product. */
    private static final int NEGATION = 6;
    private static final int ATOM = 10;

    private Emitter() {}

    static String emit(Node node) {
        if (node instanceof Node.Num n) {
            return n.digits();
        }
        if (node instanceof Node.Sym s) {
            return s.name();
        }
        if (node instanceof Node.Neg n) {
            return "-" + wrap(n.operand(), precedence(n.operand()) < NEGATION || n.operand() instanceof Node.Neg);
        }
        if (node instanceof Node.Binary b) {
            return binary(b);
        }
        if (node instanceof Node.Call c) {
            return c.head() + "'".repeat(c.primes()) + "(" + list(c.args()) + ")";
        }
        if (node instanceof Node.Primed p) {
            // Symja's parser reads u*v' + u'*v as (u*v' + u')*v: a prime is bracketed on its own
            return "(" + wrap(p.operand(), !(p.operand() instanceof Node.Sym)) + "'".repeat(p.primes()) + ")";
        }
        return "{" + list(((Node.Items) node).items()) + "}";
    }

    private static String binary(Node.Binary b) {
        int p = PRECEDENCE.get(b.op());
        boolean power = b.op().equals("^");
        boolean associative = b.op().equals("+") || b.op().equals("*");
        int left = precedence(b.left());
        int right = precedence(b.right());
        boolean leftParens = left < p || left == p && (power || p == COMPARISON) || p >= NEGATION && b.left() instanceof Node.Neg;
        boolean rightParens = right < p || right == p && !associative && !power || p >= SUM && b.right() instanceof Node.Neg;
        String op = p > SUM ? b.op() : " " + b.op() + " ";
        return wrap(b.left(), leftParens) + op + wrap(b.right(), rightParens);
    }

    private static String wrap(Node node, boolean parentheses) {
        String text = emit(node);
        return parentheses ? "(" + text + ")" : text;
    }

    private static int precedence(Node node) {
        if (node instanceof Node.Binary b) {
            return PRECEDENCE.get(b.op());
        }
        return node instanceof Node.Neg ? NEGATION : ATOM;
    }

    private static String list(List<Node> nodes) {
        return nodes.stream().map(Emitter::emit).collect(Collectors.joining(", "));
    }
}

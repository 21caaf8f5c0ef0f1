package dev.gradus.proofs.latex;

import java.util.OptionalLong;

/**
 * The integer value of a parsed index or bound such as {@code N-1} once its names are bound:
 * numbers combined with + - * ^ and exact division. Anything else (a variable left, a fraction
 * that is not whole, an overflow) has no value.
 */
final class IndexValue {
    private IndexValue() {}

    static OptionalLong of(Node node) {
        try {
            return OptionalLong.of(value(node));
        } catch (ArithmeticException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static long value(Node node) {
        if (node instanceof Node.Num n) {
            return Long.parseLong(n.digits());
        }
        if (node instanceof Node.Neg n) {
            return Math.negateExact(value(n.operand()));
        }
        if (node instanceof Node.Binary b) {
            long l = value(b.left());
            long r = value(b.right());
            switch (b.op()) {
                case "+": return Math.addExact(l, r);
                case "-": return Math.subtractExact(l, r);
                case "*": return Math.multiplyExact(l, r);
                case "/":
                    if (r == 0 || l % r != 0) {
                        throw new ArithmeticException("not whole");
                    }
                    return l / r;
                case "^": return power(l, r);
                default: throw new ArithmeticException("not arithmetic");
            }
        }
        throw new ArithmeticException("not a number");
    }

    private static long power(long base, long exponent) {
        if (exponent < 0 || exponent > 64) {
            throw new ArithmeticException("exponent out of range");
        }
        long result = 1;
        for (long i = 0; i < exponent; i++) {
            result = Math.multiplyExact(result, base);
        }
        return result;
    }
}

package dev.gradus.proofs.plain;

import java.util.List;

/**
 * A plain-notation expression read, printed in the expression language with no more
 * parentheses than precedence needs (so that a note can show a reading as a person would write it).
 */
sealed interface PlainNode {
    int RULE = 1;
    int OR = 2;
    int AND = 3;
    int RELATION = 4;
    int SUM = 5;
    int PRODUCT = 6;
    int POWER = 7;
    int POSTFIX = 8;
    int ATOM = 9;

    /** How tightly it binds: an operand that binds less tightly than its place needs brackets. */
    int precedence();

    void print(PlainPrinter out);

    default String print() {
        PlainPrinter out = new PlainPrinter();
        print(out);
        return out.toString();
    }

    /** This node printed where at least {@code needed} binds tightly enough without brackets. */
    default void printAt(int needed, PlainPrinter out) {
        if (precedence() < needed) {
            out.append("(");
            print(out);
            out.append(")");
        } else {
            print(out);
        }
    }

    default String printAt(int needed) {
        PlainPrinter out = new PlainPrinter();
        printAt(needed, out);
        return out.toString();
    }

    /** A number, written at {@code column} (0 when the reading made it up). */
    record Number(String text, int column) implements PlainNode {
        Number(String text) {
            this(text, 0);
        }

        public int precedence() {
            return ATOM;
        }

        public void print(PlainPrinter out) {
            out.token(text, column);
        }
    }

    /** A name as the expression language has it: a variable, a constant (E, Pi, I) or a function's head. */
    record Name(String name, int column) implements PlainNode {
        Name(String name) {
            this(name, 0);
        }

        public int precedence() {
            return ATOM;
        }

        public void print(PlainPrinter out) {
            out.token(name, column);
        }
    }

    record Text(String text, int column) implements PlainNode {
        public int precedence() {
            return ATOM;
        }

        public void print(PlainPrinter out) {
            out.token("\"" + text + "\"", column);
        }
    }

    /** head(arguments); a head that is not a name (f' or Derivative(1)[f]) takes square brackets. */
    record Call(PlainNode head, List<PlainNode> arguments) implements PlainNode {
        public int precedence() {
            return ATOM;
        }

        public void print(PlainPrinter out) {
            boolean named = head instanceof Name;
            if (named) {
                head.print(out);
            } else if (head instanceof Postfix primed) {
                primed.printBare(out);   // f'[x]: applied, the prime needs no brackets of its own
            } else {
                head.printAt(POSTFIX, out);
            }
            out.append(named ? "(" : "[");
            commaSeparated(arguments, out);
            out.append(named ? ")" : "]");
        }
    }

    record ListOf(List<PlainNode> elements) implements PlainNode {
        public int precedence() {
            return ATOM;
        }

        public void print(PlainPrinter out) {
            out.append("{");
            commaSeparated(elements, out);
            out.append("}");
        }
    }

    /** -x binds like a sum's term: -x^2 is -(x^2), and a product or power with a negative operand brackets it. */
    record Negation(PlainNode operand) implements PlainNode {
        public int precedence() {
            return SUM;
        }

        public void print(PlainPrinter out) {
            out.append("-");
            operand.printAt(PRODUCT, out);
        }
    }

    /** f' and f'' (a function's derivative, applied by a Call), and n!. */
    record Postfix(PlainNode operand, String operator) implements PlainNode {
        public int precedence() {
            return POSTFIX;
        }

        public void print(PlainPrinter out) {
            // Symja's parser reads u*v' + u'*v as (u*v' + u')*v: a prime is bracketed on its own
            boolean prime = operator.startsWith("'");
            out.append(prime ? "(" : "");
            printBare(out);
            out.append(prime ? ")" : "");
        }

        void printBare(PlainPrinter out) {
            operand.printAt(ATOM, out);
            out.append(operator);
        }
    }

    /** A binary operation: + - * / ^, a relation, &&, ||, ->. */
    record Binary(String operator, PlainNode left, PlainNode right) implements PlainNode {
        public int precedence() {
            return switch (operator) {
                case "+", "-" -> SUM;
                case "*", "/" -> PRODUCT;
                case "^" -> POWER;
                case "&&" -> AND;
                case "||" -> OR;
                case "->" -> RULE;
                default -> RELATION;
            };
        }

        public void print(PlainPrinter out) {
            int p = precedence();
            if (operator.equals("^")) {
                left.printAt(POSTFIX, out);
                out.append("^");
                right.printAt(POWER, out);
                return;
            }
            // Left-associative: the right operand of - and / needs brackets at the same level (a - (b - c)).
            boolean strict = operator.equals("-") || operator.equals("/") || p == RELATION || p == RULE;
            String gap = p == PRODUCT ? "" : " ";
            left.printAt(p, out);
            out.append(gap + operator + gap);
            right.printAt(strict ? p + 1 : p, out);
        }
    }

    private static void commaSeparated(List<PlainNode> nodes, PlainPrinter out) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            nodes.get(i).print(out);
        }
    }
}

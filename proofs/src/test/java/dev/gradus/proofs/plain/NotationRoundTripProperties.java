package dev.gradus.proofs.plain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.latex.LatexExpression;
import dev.gradus.proofs.latex.LatexOptions;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Random expressions printed in each notation gradus reads (plain ASCII as people type it, with
 * Unicode typography, and LaTeX) and read back are the expression printed in the expression
 * language: Symja evaluates both readings to the same tree.
 */
class NotationRoundTripProperties {
    private static SymjaEngine engine;

    @BeforeContainer
    static void symja() {
        engine = new SymjaEngine();
    }

    /** An expression tree and its printings; {@code style} picks among equivalent ways to write a construct. */
    sealed interface Expr {
        String expression();

        String plain(int style);

        String unicode(int style);

        String latex(int style);
    }

    record Atom(String expression, String plainText, String unicodeText, String latexText) implements Expr {
        public String plain(int style) {
            return plainText;
        }

        public String unicode(int style) {
            return unicodeText;
        }

        public String latex(int style) {
            return latexText;
        }
    }

    /** A function of one argument: its Symja name, plain and Unicode names, and LaTeX command. */
    record Apply(String symja, String plainName, String unicodeName, String latexName, Expr argument) implements Expr {
        public String expression() {
            return symja + "(" + argument.expression() + ")";
        }

        public String plain(int style) {
            boolean bare = style % 3 == 0 && argument instanceof Atom && !plainName.equals("abs") && !plainName.equals("sigmoid");
            if (plainName.equals("abs") && style % 2 == 0) {
                return "|" + argument.plain(style) + "|";
            }
            return bare ? plainName + " " + argument.plain(style) : plainName + "(" + argument.plain(style) + ")";
        }

        public String unicode(int style) {
            if (unicodeName.equals("√")) {
                return "√(" + argument.unicode(style) + ")";
            }
            return unicodeName + "(" + argument.unicode(style) + ")";
        }

        public String latex(int style) {
            if (latexName.equals("\\sqrt")) {
                return "\\sqrt{" + argument.latex(style) + "}";
            }
            if (latexName.equals("|")) {
                return "\\left|" + argument.latex(style) + "\\right|";
            }
            return latexName + "\\left(" + argument.latex(style) + "\\right)";
        }
    }

    record Operation(char operator, Expr left, Expr right) implements Expr {
        public String expression() {
            return "(" + left.expression() + ")" + operator + "(" + right.expression() + ")";
        }

        public String plain(int style) {
            String op = switch (operator) {
                case '^' -> style % 2 == 0 ? "**" : "^";
                case '*' -> style % 2 == 0 && !(left instanceof Atom a && a.expression().matches("[0-9]+") && right instanceof Atom b
                        && b.expression().matches("[0-9]+")) ? " " : "*";
                default -> String.valueOf(operator);
            };
            return "(" + left.plain(style) + ")" + op + "(" + right.plain(style) + ")";
        }

        public String unicode(int style) {
            if (operator == '^' && right instanceof Atom a && a.expression().equals("2") && left instanceof Atom) {
                return left.unicode(style) + "²";
            }
            String op = switch (operator) {
                case '*' -> style % 2 == 0 ? "·" : "×";
                case '-' -> "−";
                case '/' -> "÷";
                default -> String.valueOf(operator);
            };
            return "(" + left.unicode(style) + ")" + op + "(" + right.unicode(style) + ")";
        }

        public String latex(int style) {
            return switch (operator) {
                case '/' -> "\\frac{" + left.latex(style) + "}{" + right.latex(style) + "}";
                case '^' -> "\\left(" + left.latex(style) + "\\right)^{" + right.latex(style) + "}";
                case '*' -> "\\left(" + left.latex(style) + "\\right)" + (style % 2 == 0 ? " \\cdot " : " \\times ")
                        + "\\left(" + right.latex(style) + "\\right)";
                default -> "\\left(" + left.latex(style) + "\\right) " + operator + " \\left(" + right.latex(style) + "\\right)";
            };
        }
    }

    @Provide
    Arbitrary<Expr> expressions() {
        return expression(3);
    }

    private Arbitrary<Expr> expression(int depth) {
        Arbitrary<Expr> atoms = Arbitraries.oneOf(
                Arbitraries.of("x", "y", "z", "w1").map(v -> new Atom(v, v, v, v.equals("w1") ? "w_1" : v)),
                Arbitraries.integers().between(1, 9).map(n -> new Atom(String.valueOf(n), String.valueOf(n), String.valueOf(n),
                        String.valueOf(n))),
                Arbitraries.of(new Atom("E", "e", "e", "e"), new Atom("Pi", "pi", "π", "\\pi"), new Atom("E", "%e", "ℯ", "e")));
        if (depth == 0) {
            return atoms;
        }
        Arbitrary<Expr> smaller = Arbitraries.lazy(() -> expression(depth - 1));
        Arbitrary<Expr> applications = Combinators.combine(Arbitraries.of(FUNCTIONS), smaller)
                .as((f, a) -> new Apply(f.get(0), f.get(1), f.get(2), f.get(3), a));
        Arbitrary<Expr> operations = Combinators.combine(Arbitraries.of('+', '-', '*', '/', '^'), smaller, smaller)
                .as((op, l, r) -> op == '^' ? new Operation(op, l, atomicExponent(r)) : new Operation(op, l, r));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, atoms), net.jqwik.api.Tuple.of(2, applications), net.jqwik.api.Tuple.of(3, operations));
    }

    /** Small exponents keep Symja's exact arithmetic quick. */
    private static Expr atomicExponent(Expr e) {
        return e instanceof Atom ? e : new Atom("2", "2", "2", "2");
    }

    private static final List<List<String>> FUNCTIONS = List.of(
            List.of("Sin", "sin", "sin", "\\sin"), List.of("Cos", "cos", "cos", "\\cos"), List.of("Exp", "exp", "exp", "\\exp"),
            List.of("Log", "ln", "ln", "\\ln"), List.of("Sqrt", "sqrt", "√", "\\sqrt"), List.of("Tanh", "tanh", "tanh", "\\tanh"),
            List.of("sigmoid", "sigmoid", "σ", "\\sigma"), List.of("Abs", "abs", "abs", "|"), List.of("ArcTan", "arctan", "atan", "\\arctan"));

    /** A sample the property once found: read correctly, but Symja evaluated the two forms to different trees. */
    @Example
    void juxtaposedGroupsAreAProduct() throws ParseError {
        String written = "((x)+(y)) (((x)/(2)) ((1)-(3)))";
        same("((x)+(y))*(((x)/(2))*((1)-(3)))", plain(written), "plain: " + written);
    }

    @Property(tries = 1000)
    void everyNotationReadsBackToTheSameExpression(@ForAll("expressions") Expr e, @ForAll int style) throws ParseError {
        int s = Math.abs(style % 6);
        String expected = e.expression();
        same(expected, plain(e.plain(s)), "plain: " + e.plain(s));
        same(expected, plain(e.unicode(s)), "Unicode: " + e.unicode(s));
        same(expected, LatexExpression.toExpression(e.latex(s), LatexOptions.defaults()), "LaTeX: " + e.latex(s));
    }

    private static String plain(String text) {
        try {
            return PlainNotation.read(text, Set.of()).expression();
        } catch (ParseError e) {
            throw new AssertionError(text + ": " + e.getMessage() + " at column " + e.column(), e);
        }
    }

    private static void same(String expected, String read, String written) throws ParseError {
        // Evaluated, the same structure becomes the same canonical tree (also where it is undefined, as ln(ln 1))
        IExpr want = engine.eval(engine.parse(expected), 5_000);
        IExpr got = engine.eval(engine.parse(read), 5_000);
        // Symja's canonical form depends on the order terms were built in: (x+y)*x/2*(1-3) evaluates to x*(-x-y),
        // (x+y)*((x/2)*(1-3)) to -x*(x+y); expanded, both are -x^2-x*y
        boolean equal = want != null && (want.equals(got)
                || engine.eval(F.ExpandAll(want), 5_000).equals(engine.eval(F.ExpandAll(got), 5_000)));
        assertTrue(equal, () -> written + " was read as " + read + ", expected " + expected
                + " (evaluated: " + got + " and " + want + ")");
    }
}

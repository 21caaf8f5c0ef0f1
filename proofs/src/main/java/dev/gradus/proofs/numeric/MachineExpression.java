package dev.gradus.proofs.numeric;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.BinaryFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.INumber;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A side of a claim compiled once for evaluation in double at thousands of points: the numeric
 * probe's screen. It keeps the side's structure as written (sqrt(x)^2 is not x: at x = -1 it is
 * outside the real domain), and reports through a {@link MachineContext} what double cannot be
 * trusted with, so that those points go to Symja's arbitrary precision instead. Compilation
 * fails (empty) for what double cannot evaluate: unknown functions, unevaluated integrals, lists.
 */
final class MachineExpression {
    /** A compiled node: its value in a real claim (NaN with a flag outside the domain), and its principal complex value. */
    private interface Node {
        double real(double[] x, MachineContext c);

        Complex complex(double[] x, MachineContext c);
    }

    /** A compiled condition of a Piecewise or Boole. */
    private interface Condition {
        boolean holds(double[] x, MachineContext c, boolean complex);
    }

    private final Node root;

    private MachineExpression(Node root) {
        this.root = root;
    }

    /** The expression over the variables (real symbols, indexed as in {@code variables}), or empty when double cannot evaluate it. */
    static Optional<MachineExpression> compile(IExpr expr, List<ISymbol> variables) {
        try {
            return Optional.of(new MachineExpression(new Compiler(variables).node(expr)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** The value at x, real claims: NaN with {@link MachineContext#OUTSIDE} or a pole flagged where it has none. */
    double real(double[] x, MachineContext c) {
        return root.real(x, c);
    }

    /** The principal complex value at x. */
    Complex complex(double[] x, MachineContext c) {
        return root.complex(x, c);
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Compiler {
        private final List<ISymbol> variables;

        Compiler(List<ISymbol> variables) {
            this.variables = variables;
        }

        Node node(IExpr e) throws Unsupported {
            if (e.isNumber()) {
                INumber n = (INumber) e;
                return constant(new Complex(n.reDoubleValue(), n.imDoubleValue()));
            }
            if (e.isSymbol()) {
                return symbol((ISymbol) e);
            }
            if (!e.isAST() || !e.head().isSymbol()) {
                throw new Unsupported();
            }
            IAST ast = (IAST) e;
            String head = ast.head().toString();
            return switch (head) {
                case "Plus" -> sum(children(ast));
                case "Times" -> product(children(ast));
                case "Subtract" -> sum(List.of(node(ast.arg1()), negate(node(ast.arg2()))));
                case "Minus" -> negate(node(ast.arg1()));
                case "Divide" -> product(List.of(node(ast.arg1()), power(node(ast.arg2()), constant(Complex.real(-1)), -1)));
                case "Power" -> ast.argSize() == 2 ? powerOf(ast.arg1(), ast.arg2()) : unsupported();
                case "Log" -> ast.argSize() == 2 ? logarithm(node(ast.arg1()), node(ast.arg2())) : call("log", ast);
                case "Log2" -> logarithm(constant(Complex.real(2)), node(ast.arg1()));
                case "Log10" -> logarithm(constant(Complex.real(10)), node(ast.arg1()));
                case "ArcTan" -> ast.argSize() == 2 ? arcTan2(node(ast.arg1()), node(ast.arg2())) : call("arctan", ast);
                case "Piecewise" -> piecewise(ast);
                case "Boole" -> boole(condition(ast.arg1()));
                case "Max", "Min" -> extremum(children(ast), head.equals("Max"));
                default -> call(head, ast);
            };
        }

        private List<Node> children(IAST ast) throws Unsupported {
            List<Node> nodes = new ArrayList<>();
            for (int i = 1; i < ast.size(); i++) {
                nodes.add(node(ast.get(i)));
            }
            return nodes;
        }

        private Node symbol(ISymbol s) throws Unsupported {
            int index = variables.indexOf(s);
            if (index >= 0) {
                return variable(index);
            }
            if (s == S.Pi) {
                return constant(Complex.real(Math.PI));
            }
            if (s == S.E) {
                return constant(Complex.real(Math.E));
            }
            if (s == S.I) {
                return constant(Complex.I);
            }
            if (s == S.Degree) {
                return constant(Complex.real(Math.PI / 180));
            }
            if (s == S.EulerGamma) {
                return constant(Complex.real(0.57721566490153286061));
            }
            if (s == S.GoldenRatio) {
                return constant(Complex.real((1 + Math.sqrt(5)) / 2));
            }
            if (s.hasAssignedSymbolValue() && s.assignedValue() != null && s.assignedValue().isNumber()) {
                return node(s.assignedValue()); // the SELU constants
            }
            throw new Unsupported();
        }

        private Node call(String head, IAST ast) throws Unsupported {
            if (ast.argSize() == 1) {
                Optional<MachineFunctions.Unary> f = MachineFunctions.unary(head);
                if (f.isPresent()) {
                    return apply(f.get(), node(ast.arg1()));
                }
            }
            Optional<BinaryFunction> binary = MachineFunctions.binary(head);
            if (binary.isPresent() && binary.get().arity() == 2) {
                Node a = node(ast.arg1());
                Node b = ast.argSize() == 2 ? node(ast.arg2()) : defaultSecondArgument(head, ast);
                return applyBinary(binary.get(), a, b);
            }
            throw new Unsupported();
        }

        /** elu(x) = elu(x, 1), swish(x) = swish(x, 1), leakyrelu(x) = leakyrelu(x, 1/100): the expression language's one-argument forms. */
        private Node defaultSecondArgument(String head, IAST ast) throws Unsupported {
            if (ast.argSize() != 1) {
                throw new Unsupported();
            }
            return switch (head.toLowerCase(java.util.Locale.ROOT)) {
                case "elu", "swish" -> constant(Complex.ONE);
                case "leakyrelu" -> {
                    String[] slope = BinaryFunction.LEAKY_RELU_SLOPE.split("/");
                    yield constant(Complex.real(Double.parseDouble(slope[0]) / Double.parseDouble(slope[1])));
                }
                default -> throw new Unsupported();
            };
        }

        private Node powerOf(IExpr base, IExpr exponent) throws Unsupported {
            Node b = node(base);
            Node x = node(exponent);
            if (base == S.E) {
                return apply(MachineFunctions.unary("exp").orElseThrow(), x);
            }
            int literal = exponent.isInteger() ? exponent.toIntDefault(Integer.MIN_VALUE) : Integer.MIN_VALUE;
            return power(b, x, literal);
        }

        private Node piecewise(IAST ast) throws Unsupported {
            if (!ast.arg1().isList()) {
                throw new Unsupported();
            }
            IAST cases = (IAST) ast.arg1();
            List<Condition> conditions = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            for (int i = 1; i < cases.size(); i++) {
                if (!cases.get(i).isList() || ((IAST) cases.get(i)).argSize() != 2) {
                    throw new Unsupported();
                }
                values.add(node(((IAST) cases.get(i)).arg1()));
                conditions.add(condition(((IAST) cases.get(i)).arg2()));
            }
            Node otherwise = ast.argSize() >= 2 ? node(ast.arg2()) : constant(Complex.ZERO);
            return new Node() {
                @Override public double real(double[] x, MachineContext c) {
                    for (int i = 0; i < conditions.size(); i++) {
                        if (conditions.get(i).holds(x, c, false)) {
                            return values.get(i).real(x, c);
                        }
                    }
                    return otherwise.real(x, c);
                }

                @Override public Complex complex(double[] x, MachineContext c) {
                    for (int i = 0; i < conditions.size(); i++) {
                        if (conditions.get(i).holds(x, c, true)) {
                            return values.get(i).complex(x, c);
                        }
                    }
                    return otherwise.complex(x, c);
                }
            };
        }

        private Condition condition(IExpr e) throws Unsupported {
            if (e == S.True || e == S.False) {
                boolean value = e == S.True;
                return (x, c, complex) -> value;
            }
            if (!e.isAST()) {
                throw new Unsupported();
            }
            IAST ast = (IAST) e;
            String head = ast.head().toString();
            switch (head) {
                case "And", "Or" -> {
                    List<Condition> parts = new ArrayList<>();
                    for (int i = 1; i < ast.size(); i++) {
                        parts.add(condition(ast.get(i)));
                    }
                    boolean and = head.equals("And");
                    return (x, c, complex) -> {
                        for (Condition p : parts) {
                            if (p.holds(x, c, complex) != and) {
                                return !and;
                            }
                        }
                        return and;
                    };
                }
                case "Not" -> {
                    Condition inner = condition(ast.arg1());
                    return (x, c, complex) -> !inner.holds(x, c, complex);
                }
                case "Less", "LessEqual", "Greater", "GreaterEqual", "Equal", "Unequal" -> {
                    List<Node> operands = children(ast);
                    return (x, c, complex) -> {
                        for (int i = 0; i + 1 < operands.size(); i++) {
                            int order = c.compare(realPart(operands.get(i), x, c, complex), realPart(operands.get(i + 1), x, c, complex));
                            if (!relation(head, order)) {
                                return false;
                            }
                        }
                        return true;
                    };
                }
                case "Inequality" -> {
                    // Inequality(a, Less, b, LessEqual, c, ...)
                    List<Node> operands = new ArrayList<>();
                    List<String> relations = new ArrayList<>();
                    for (int i = 1; i < ast.size(); i++) {
                        if (i % 2 == 1) {
                            operands.add(node(ast.get(i)));
                        } else {
                            relations.add(ast.get(i).toString());
                        }
                    }
                    return (x, c, complex) -> {
                        for (int i = 0; i < relations.size(); i++) {
                            int order = c.compare(realPart(operands.get(i), x, c, complex), realPart(operands.get(i + 1), x, c, complex));
                            if (!relation(relations.get(i), order)) {
                                return false;
                            }
                        }
                        return true;
                    };
                }
                default -> throw new Unsupported();
            }
        }

        private static boolean relation(String name, int order) {
            return switch (name) {
                case "Less" -> order < 0;
                case "LessEqual" -> order <= 0;
                case "Greater" -> order > 0;
                case "GreaterEqual" -> order >= 0;
                case "Equal" -> order == 0;
                default -> order != 0; // Unequal
            };
        }

        /** A comparison's operand: real, or in a complex claim a complex value that happens to be real; else not comparable. */
        private static double realPart(Node n, double[] x, MachineContext c, boolean complex) {
            if (!complex) {
                return n.real(x, c);
            }
            Complex z = n.complex(x, c);
            return z.im() == 0 ? z.re() : c.unsupported();
        }

        private static Node unsupported() throws Unsupported {
            throw new Unsupported();
        }
    }

    private static Node constant(Complex value) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                if (value.im() != 0) {
                    return c.outside();
                }
                return c.checked(value.re(), false);
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                return value;
            }
        };
    }

    private static Node variable(int index) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                return x[index];
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                return Complex.real(x[index]);
            }
        };
    }

    private static Node negate(Node a) {
        return product(List.of(constant(Complex.real(-1)), a));
    }

    private static Node sum(List<Node> terms) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                double s = 0;
                for (Node t : terms) {
                    s += t.real(x, c);
                }
                return c.checked(s, false);
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                Complex s = Complex.ZERO;
                for (Node t : terms) {
                    s = s.plus(t.complex(x, c));
                }
                c.checked(s.re(), false);
                c.checked(s.im(), false);
                return s;
            }
        };
    }

    private static Node product(List<Node> factors) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                double p = 1;
                boolean nonZero = true;
                for (Node f : factors) {
                    double v = f.real(x, c);
                    nonZero &= v != 0;
                    p *= v;
                }
                return c.checked(p, nonZero);
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                Complex p = Complex.ONE;
                boolean nonZero = true;
                for (Node f : factors) {
                    Complex v = f.complex(x, c);
                    nonZero &= v.abs() != 0;
                    p = p.times(v);
                }
                c.checked(p.abs(), nonZero);
                return p;
            }
        };
    }

    /**
     * b^e with the real domain of the semantics: a negative base only with an integer exponent,
     * 0 only with a positive one; in complex claims the principal value exp(e log b).
     * {@code literal} is the exponent when it is an integer written as such (else MIN_VALUE).
     */
    private static Node power(Node b, Node e, int literal) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                double base = b.real(x, c);
                double exponent = literal != Integer.MIN_VALUE ? literal : e.real(x, c);
                if (Double.isNaN(base) || Double.isNaN(exponent)) {
                    return Double.NaN;
                }
                if (base == 0) {
                    return exponent > 0 ? 0 : c.pole(); // 0^0 is Indeterminate in Symja
                }
                if (base < 0 && exponent != Math.rint(exponent)) {
                    return c.outside();
                }
                return c.checked(Math.pow(base, exponent), true);
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                Complex base = b.complex(x, c);
                Complex exponent = literal != Integer.MIN_VALUE ? Complex.real(literal) : e.complex(x, c);
                if (base.abs() == 0) {
                    return exponent.im() == 0 && exponent.re() > 0 ? Complex.ZERO : Complex.real(c.pole());
                }
                Complex p = base.pow(exponent);
                c.checked(p.abs(), true);
                return p;
            }
        };
    }

    private static Node logarithm(Node base, Node argument) {
        MachineFunctions.Unary log = MachineFunctions.unary("log").orElseThrow();
        Node top = apply(log, argument);
        Node bottom = apply(log, base);
        return product(List.of(top, power(bottom, constant(Complex.real(-1)), -1)));
    }

    private static Node arcTan2(Node a, Node b) {
        // Symja's ArcTan(x, y) is the angle of the point (x, y); ArcTan(0, 0) is Indeterminate
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                double u = a.real(x, c);
                double v = b.real(x, c);
                return u == 0 && v == 0 ? c.pole() : Math.atan2(v, u);
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                Complex u = a.complex(x, c);
                Complex v = b.complex(x, c);
                return u.im() == 0 && v.im() == 0 ? Complex.real(real(x, c)) : Complex.real(c.unsupported());
            }
        };
    }

    private static Node boole(Condition condition) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                return condition.holds(x, c, false) ? 1 : 0;
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                return condition.holds(x, c, true) ? Complex.ONE : Complex.ZERO;
            }
        };
    }

    private static Node extremum(List<Node> operands, boolean max) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                double best = operands.get(0).real(x, c);
                for (int i = 1; i < operands.size(); i++) {
                    double v = operands.get(i).real(x, c);
                    int order = c.compare(v, best);
                    if (max ? order > 0 : order < 0) {
                        best = v;
                    }
                }
                return best;
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                double best = Double.NaN;
                for (int i = 0; i < operands.size(); i++) {
                    Complex v = operands.get(i).complex(x, c);
                    if (v.im() != 0) {
                        return Complex.real(c.unsupported());
                    }
                    best = i == 0 ? v.re() : (max ? Math.max(best, v.re()) : Math.min(best, v.re()));
                }
                return Complex.real(best);
            }
        };
    }

    private static Node apply(MachineFunctions.Unary f, Node a) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                double v = a.real(x, c);
                return Double.isNaN(v) ? v : f.real(v, c);
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                return f.complex(a.complex(x, c), c);
            }
        };
    }

    private static Node applyBinary(BinaryFunction f, Node a, Node b) {
        return new Node() {
            @Override public double real(double[] x, MachineContext c) {
                double u = a.real(x, c);
                double v = b.real(x, c);
                return Double.isNaN(u) || Double.isNaN(v) ? Double.NaN : c.checked(f.value(u, v), false);
            }

            @Override public Complex complex(double[] x, MachineContext c) {
                Complex u = a.complex(x, c);
                Complex v = b.complex(x, c);
                return u.im() == 0 && v.im() == 0 ? Complex.real(real(x, c)) : Complex.real(c.unsupported());
            }
        };
    }
}

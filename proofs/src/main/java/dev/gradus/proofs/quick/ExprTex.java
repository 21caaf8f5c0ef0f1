package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Case;
import dev.gradus.proofs.quick.Expr.Constant;
import dev.gradus.proofs.quick.Expr.Derivative;
import dev.gradus.proofs.quick.Expr.Num;
import dev.gradus.proofs.quick.Expr.Piecewise;
import dev.gradus.proofs.quick.Expr.Power;
import dev.gradus.proofs.quick.Expr.Product;
import dev.gradus.proofs.quick.Expr.Sum;
import dev.gradus.proofs.quick.Expr.Unknown;
import dev.gradus.proofs.quick.Expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An expression typeset in LaTeX, as a step's reading is shown beside the step as written. */
final class ExprTex {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
            "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega");
    private static final Map<String, String> OPERATORS = Map.of("log", "\\log", "sin", "\\sin", "cos", "\\cos", "tan", "\\tan",
            "tanh", "\\tanh", "sinh", "\\sinh", "cosh", "\\cosh", "sech", "\\operatorname{sech}");

    private ExprTex() {}

    static String tex(Expr e) {
        return tex(e, 0);
    }

    /** e inside an operator of precedence {@code outer}: 1 sum, 2 product, 3 power base. */
    private static String tex(Expr e, int outer) {
        String s;
        int own;
        if (e instanceof Num n) {
            Rational r = n.value();
            s = r.isInteger() ? r.toString() : (r.signum() < 0 ? "-" : "") + "\\frac{" + r.num().abs() + "}{" + r.den() + "}";
            own = r.signum() < 0 ? 1 : r.isInteger() ? 4 : 2;
        } else if (e instanceof Var v) {
            return name(v.name());
        } else if (e instanceof Constant c) {
            return switch (c.name()) {
                case "E" -> "e";
                case "Pi" -> "\\pi";
                case "I" -> "i";
                default -> "\\text{" + c.name() + "}";
            };
        } else if (e instanceof Sum sum) {
            StringBuilder b = new StringBuilder();
            for (Expr t : sum.terms()) {
                String term = tex(t, 1);
                b.append(b.length() == 0 ? "" : term.startsWith("-") ? " " : " + ").append(term.startsWith("-") && b.length() > 0
                        ? "- " + term.substring(1) : term);
            }
            s = b.toString();
            own = 1;
        } else if (e instanceof Product p) {
            s = product(p);
            own = s.startsWith("-") ? 1 : 2;
        } else if (e instanceof Power p) {
            if (p.exponent() instanceof Num n && n.value().signum() < 0) {
                s = "\\frac{1}{" + tex(Expr.power(p.base(), Expr.num(n.value().negate())), 0) + "}";
                own = 4;
            } else if (p.exponent() instanceof Num n && n.value().equals(new Rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO))) {
                s = "\\sqrt{" + tex(p.base(), 0) + "}";
                own = 4;
            } else {
                s = tex(p.base(), 3) + "^{" + tex(p.exponent(), 0) + "}";
                own = 3;
            }
        } else if (e instanceof Call c) {
            return call(c);
        } else if (e instanceof Unknown u) {
            return name(u.name()) + "'".repeat(u.order()) + "\\left(" + tex(u.arg(), 0) + "\\right)";
        } else if (e instanceof Derivative d) {
            return "\\frac{\\partial}{\\partial " + name(d.variable()) + "} " + tex(d.of(), 2);
        } else if (e instanceof Expr.Wirtinger w) {
            return "\\frac{\\partial}{\\partial " + (w.conjugate() ? "\\bar{" + name(w.variable()) + "}" : name(w.variable())) + "} " + tex(w.of(), 2);
        } else if (e instanceof Expr.Substituted sub) {
            return "\\left. " + tex(sub.of(), 0) + " \\right|_{" + sub.values().entrySet().stream()
                    .map(v -> name(v.getKey()) + " = " + tex(v.getValue(), 0)).collect(Collectors.joining(", ")) + "}";
        } else if (e instanceof Piecewise p) {
            List<String> rows = new ArrayList<>();
            for (Case c : p.cases()) {
                rows.add(tex(c.value(), 0) + " & " + c.when().all().stream()
                        .map(cmp -> tex(cmp.left(), 0) + " " + relation(cmp.op()) + " " + tex(cmp.right(), 0)).collect(Collectors.joining(" \\land ")));
            }
            rows.add(tex(p.otherwise(), 0) + " & \\text{otherwise}");
            return "\\begin{cases} " + String.join(" \\\\ ", rows) + " \\end{cases}";
        } else {
            return e.toString();
        }
        return own < outer || own == outer && outer == 3 ? "\\left(" + s + "\\right)" : s;
    }

    private static String call(Call c) {
        String args = c.args().stream().map(a -> tex(a, 0)).collect(Collectors.joining(", "));
        return switch (c.name()) {
            case "exp" -> "e^{" + args + "}";
            case "sqrt" -> "\\sqrt{" + args + "}";
            case "abs" -> "\\left|" + args + "\\right|";
            case "conj" -> "\\overline{" + args + "}";
            default -> OPERATORS.getOrDefault(c.name(), "\\operatorname{" + c.name() + "}") + "\\left(" + args + "\\right)";
        };
    }

    /** Factors over factors with negative integer powers, a leading -1 as a sign. */
    private static String product(Product p) {
        List<String> over = new ArrayList<>();
        List<String> under = new ArrayList<>();
        String sign = "";
        for (Expr f : p.factors()) {
            if (f instanceof Num n && n.value().equals(Rational.MINUS_ONE)) {
                sign = "-";
            } else if (f instanceof Power pw && pw.exponent() instanceof Num n && n.value().signum() < 0) {
                under.add(tex(Expr.power(pw.base(), Expr.num(n.value().negate())), 2));
            } else {
                over.add(tex(f, 2));
            }
        }
        String top = over.isEmpty() ? "1" : String.join(" \\cdot ", over);
        return under.isEmpty() ? sign + top : sign + "\\frac{" + top + "}{" + String.join(" \\cdot ", under) + "}";
    }

    private static String relation(String op) {
        return switch (op) {
            case "<=" -> "\\le";
            case ">=" -> "\\ge";
            case "==" -> "=";
            default -> op;
        };
    }

    private static String name(String n) {
        if (GREEK.contains(n)) {
            return "\\" + n;
        }
        return n.length() == 1 ? n : "\\text{" + n + "}";
    }
}

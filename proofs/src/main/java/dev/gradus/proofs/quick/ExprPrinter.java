package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Case;
import dev.gradus.proofs.quick.Expr.Comparison;
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
import java.util.stream.Collectors;

/**
 * An expression in the expression language as Symja prints what it parsed (no spaces,
 * {@code 1/2*(1+Tanh(x/2))}, {@code E^(-z)}), so that a step decided in-process reads back as one
 * Symja decided.
 */
final class ExprPrinter {
    private static final Map<String, String> BUILT_IN_NAMES = Map.ofEntries(Map.entry("log", "Log"),
            Map.entry("sin", "Sin"), Map.entry("cos", "Cos"), Map.entry("tan", "Tan"), Map.entry("tanh", "Tanh"), Map.entry("sinh", "Sinh"),
            Map.entry("cosh", "Cosh"), Map.entry("sech", "Sech"), Map.entry("sqrt", "Sqrt"), Map.entry("abs", "Abs"), Map.entry("sign", "Sign"),
            Map.entry("re", "Re"), Map.entry("im", "Im"));

    private ExprPrinter() {}

    static String print(Expr e) {
        return print(e, 0);
    }

    /** e inside an operator of precedence {@code outer}: 1 sum, 2 product, 3 power. */
    private static String print(Expr e, int outer) {
        String s;
        int own;
        if (e instanceof Num n) {
            s = n.value().toString();
            own = n.value().isInteger() ? (n.value().signum() < 0 ? 1 : 4) : 2;
        } else if (e instanceof Var v) {
            return v.name();
        } else if (e instanceof Constant c) {
            return c.name();
        } else if (e instanceof Sum sum) {
            StringBuilder b = new StringBuilder();
            for (Expr t : sum.terms()) {
                String term = print(t, 1);
                b.append(b.length() > 0 && !term.startsWith("-") ? "+" : "").append(term);
            }
            s = b.toString();
            own = 1;
        } else if (e instanceof Product p) {
            s = product(p);
            own = s.startsWith("-") ? 1 : 2;
        } else if (e instanceof Power p) {
            if (p.exponent() instanceof Num n && n.value().signum() < 0) {
                s = "1/" + (n.value().equals(Rational.MINUS_ONE) ? print(p.base(), 3) : print(Expr.power(p.base(), Expr.num(n.value().negate())), 2));
                own = 2;
            } else {
                s = print(p.base(), 4) + "^" + print(p.exponent(), 4);
                own = 3;
            }
        } else if (e instanceof Call c) {
            if (c.name().equals("exp")) {
                return "E^" + print(c.args().get(0), 4);
            }
            return BUILT_IN_NAMES.getOrDefault(c.name(), c.name())
                    + "(" + c.args().stream().map(ExprPrinter::print).collect(Collectors.joining(",")) + ")";
        } else if (e instanceof Unknown u) {
            return u.name() + "'".repeat(u.order()) + "(" + print(u.arg()) + ")";
        } else if (e instanceof Derivative d) {
            return "D(" + print(d.of()) + "," + d.variable() + ")";
        } else if (e instanceof Expr.Wirtinger w) {
            return (w.conjugate() ? "Dzbar(" : "Dz(") + print(w.of()) + "," + w.variable() + ")";
        } else if (e instanceof Expr.Substituted sub) {
            return "ReplaceAll(" + print(sub.of()) + "," + sub.values().entrySet().stream().map(v -> v.getKey() + "->" + print(v.getValue()))
                    .collect(Collectors.joining(",", sub.values().size() > 1 ? "{" : "", sub.values().size() > 1 ? "}" : "")) + ")";
        } else if (e instanceof Piecewise p) {
            List<String> cases = new ArrayList<>();
            for (Case c : p.cases()) {
                cases.add("{" + print(c.value()) + "," + c.when().all().stream().map(ExprPrinter::print).collect(Collectors.joining("&&")) + "}");
            }
            return "Piecewise({" + String.join(",", cases) + "}," + print(p.otherwise()) + ")";
        } else {
            return e.toString();
        }
        return own < outer || own == outer && outer == 3 ? "(" + s + ")" : s;
    }

    private static String print(Comparison c) {
        return print(c.left()) + c.op() + print(c.right());
    }

    /** Factors with negative integer powers after a '/', a leading -1 as a sign. */
    private static String product(Product p) {
        List<String> over = new ArrayList<>();
        List<String> under = new ArrayList<>();
        String sign = "";
        for (Expr f : p.factors()) {
            if (f instanceof Num n && n.value().equals(Rational.MINUS_ONE)) {
                sign = "-";
            } else if (f instanceof Power pw && pw.exponent() instanceof Num n && n.value().signum() < 0) {
                Rational k = n.value().negate();
                under.add(k.isOne() ? print(pw.base(), 3) : print(Expr.power(pw.base(), Expr.num(k)), 2));
            } else {
                over.add(print(f, 2));
            }
        }
        String top = over.isEmpty() ? "1" : String.join("*", over);
        if (under.isEmpty()) {
            return sign + top;
        }
        String bottom = under.size() == 1 ? under.get(0) : "(" + String.join("*", under) + ")";
        return sign + top + "/" + bottom;
    }
}

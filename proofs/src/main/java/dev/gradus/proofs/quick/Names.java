package dev.gradus.proofs.quick;

import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.Selu;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.ID;

/**
 * What a name means to the in-process checker, as it means to Symja in relaxed mode: one of the
 * built-ins it knows ({@code Exp}, {@code tanh}), a function of the table ({@code sigmoid}), a
 * variable, or an unknown function where applied. As in Symja, a name of one letter keeps its case
 * (x and X differ, e is a variable and E Euler's number), and a longer one does not (Alpha is
 * alpha, Tanh is tanh). Symja's list of built-in names is a table of strings ({@link ID}), read
 * without starting Symja.
 */
final class Names {
    /** Symja built-ins this checker knows, by their lower-case name, to its own name and arity. */
    private static final Map<String, String> BUILT_INS = Map.ofEntries(
            Map.entry("exp", "exp"), Map.entry("log", "log"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
            Map.entry("tan", "tan"), Map.entry("tanh", "tanh"), Map.entry("sinh", "sinh"), Map.entry("cosh", "cosh"),
            Map.entry("sech", "sech"), Map.entry("sqrt", "sqrt"), Map.entry("abs", "abs"), Map.entry("sign", "sign"),
            Map.entry("logisticsigmoid", "sigmoid"));

    /** Functions of the table with a definition of their own in the expression language. */
    private static final Set<String> TABLE = Set.of("sigmoid", "softplus", "softsign", "hardtanh", "relu", "prelu",
            "leakyrelu", "elu", "swish", "logaddexp", "selu");

    private Names() {}

    /** Names the project gives Symja besides the table's functions: the complex helpers. */
    private static final Set<String> PROJECT = Set.of("conj", "abs2", "dz", "dzbar");

    /**
     * Names Symja's relaxed parser turns into built-ins though they are not built-in names
     * ({@code atan} is ArcTan, {@code ln} is Log), and its physical constants: in lower case, as
     * Symja 3.0.0 lists them (NamesTest compares them with its tables).
     */
    static final Set<String> SYMJA_ALIASES = Set.of("acos", "acsc", "asin", "asec", "atan", "acosh", "acsch", "asinh", "asech",
            "atanh", "divergence", "diff", "evalf", "int", "ln", "trunc", "nthroot", "avogadroconstant", "bohrradius", "universeage");

    /** A name standing alone: E, Pi or a variable. */
    static Expr atom(String written) throws Unsupported {
        String name = symjaName(written);
        if (name.equals("E") || name.equals("I")) {
            return new Expr.Constant(name);
        }
        if (name.equals("pi")) {
            return new Expr.Constant("Pi");
        }
        if (exactConstant(name) != null) {
            return new Expr.Constant(name);
        }
        if (isReserved(name)) {
            throw new Unsupported("the name " + written);
        }
        return new Expr.Var(name);
    }

    /** The value of a named constant that is a rational number (the project's exact SELU constants), else null. */
    static Rational exactConstant(String name) {
        return switch (name) {
            case "selulambda" -> Rational.decimal(Selu.LAMBDA_DIGITS);
            case "selualpha" -> Rational.decimal(Selu.ALPHA_DIGITS);
            default -> null;
        };
    }

    /** The name as Symja's relaxed parser keeps it: one letter as written, a longer name in lower case. */
    static String symjaName(String written) {
        return written.length() == 1 ? written : written.toLowerCase(Locale.ROOT);
    }

    /** A built-in (E, I, N, D, ... as one letter; sin, pi, gamma in any case), a function of the table or a name of the project's. */
    private static boolean isReserved(String name) {
        boolean builtIn = name.length() == 1 ? BuiltInNames.EXACT.contains(name) : BuiltInNames.LOWER_CASE.contains(name);
        return builtIn || SYMJA_ALIASES.contains(name) || ElementaryFunctions.byName(name).isPresent() || PROJECT.contains(name)
                || name.contains("$");
    }

    /** name with {@code primes} primes applied to args. */
    static Expr apply(String written, int primes, List<Expr> args) throws Unsupported {
        String name = symjaName(written);
        String lower = name;
        if (lower.equals("piecewise") && primes == 0) {
            Expr.Piecewise cases = (Expr.Piecewise) args.get(0);
            return new Expr.Piecewise(cases.cases(), args.size() > 1 ? args.get(1) : Expr.ZERO);
        }
        if (lower.equals("replaceall") && primes == 0 && args.size() == 1 && args.get(0) instanceof Expr.Substituted s) {
            return s;
        }
        if (lower.equals("D") && primes == 0 && args.size() >= 2) {
            Expr e = args.get(0);
            for (Expr by : args.subList(1, args.size())) {
                if (!(by instanceof Expr.Var v)) {
                    throw new Unsupported("a derivative by " + by);
                }
                e = new Expr.Derivative(e, v.name());
            }
            return e;
        }
        if ((lower.equals("max") || lower.equals("min")) && primes == 0 && args.size() == 2) {
            String op = lower.equals("max") ? ">=" : "<=";
            return new Expr.Piecewise(List.of(new Expr.Case(args.get(0), new Expr.Condition(
                    List.of(new Expr.Comparison(args.get(0), op, args.get(1)))))), args.get(1));
        }
        Expr complex = complexHelper(name, primes, args);
        if (complex != null) {
            return complex;
        }
        String own = BUILT_INS.get(lower);
        if (own != null) {
            return applied(own, primes, args);
        }
        if (TABLE.contains(name)) {
            return applied(name, primes, args);
        }
        if (isReserved(name) || args.size() != 1 || primes > 3) {
            throw new Unsupported("the function " + name + " of " + args.size() + " arguments");
        }
        return new Expr.Unknown(name, primes, args.get(0));
    }

    /** conj, abs2, Re, Im, Dz, Dzbar as the project defines them for Symja; null for another name. */
    private static Expr complexHelper(String name, int primes, List<Expr> args) throws Unsupported {
        if (primes > 0) {
            return null;
        }
        if (args.size() == 1) {
            Expr u = args.get(0);
            return switch (name) {
                case "conj", "conjugate", "re", "im" -> new Expr.Call(name.equals("conjugate") ? "conj" : name, List.of(u));
                case "abs2" -> Expr.product(u, new Expr.Call("conj", List.of(u)));
                default -> null;
            };
        }
        if (args.size() == 2 && (name.equals("dz") || name.equals("dzbar"))) {
            if (!(args.get(1) instanceof Expr.Var v)) {
                throw new Unsupported("a Wirtinger derivative by " + args.get(1));
            }
            return new Expr.Wirtinger(args.get(0), v.name(), name.equals("dzbar"));
        }
        return null;
    }

    private static Expr applied(String name, int primes, List<Expr> args) throws Unsupported {
        Expr call = TableForms.call(name, args);
        for (int i = 0; i < primes; i++) {
            call = Differentiator.derivativeOfFunction(call);
        }
        return call;
    }

    /** Symja's built-in names as written and in lower case, read when first needed. */
    private static final class BuiltInNames {
        static final Set<String> EXACT = new HashSet<>(List.of(ID.FUNCTION_NAMES));
        static final Set<String> LOWER_CASE = new HashSet<>();

        static {
            for (String n : ID.FUNCTION_NAMES) {
                LOWER_CASE.add(n.toLowerCase(Locale.ROOT));
            }
        }
    }
}

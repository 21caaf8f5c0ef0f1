package dev.gradus.proofs.plain;

import dev.gradus.autodiff.functions.ElementaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the names of plain notation mean: functions, constants, and Greek letters. */
final class PlainNames {
    private static final String GREEK = "αβγδεζηθικλμνξοπρστυφχψωΓΔΘΛΞΠΣΦΨΩ";
    private static final String[] GREEK_NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
        "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega"};
    private static final Map<Character, String> OTHER_LETTERS = Map.of('ς', "sigma", 'ϕ', "phi", 'ϑ', "theta", 'ε', "epsilon",
            'ℯ', "e", 'ⅇ', "e", 'ⅈ', "i", '∞', "infinity");

    /**
     * Functions by the names people write, to the expression language's: the elementary and
     * special functions Symja knows, their textbook spellings (ln, arcsin, ceil), and the
     * project's functions (sigmoid, relu, ...).
     */
    private static final Map<String, String> FUNCTIONS = new HashMap<>();
    /** The functions that also take their argument without brackets: sin x, ln 2x, sqrt x, sgn x. */
    private static final Set<String> TEXTBOOK = Set.of("Sin", "Cos", "Tan", "Cot", "Sec", "Csc", "ArcSin", "ArcCos", "ArcTan",
            "ArcCot", "Sinh", "Cosh", "Tanh", "Coth", "Sech", "Csch", "ArcSinh", "ArcCosh", "ArcTanh", "Exp", "Log", "Log10", "Log2",
            "Sqrt", "sigmoid", "relu", "softplus", "softsign", "Sign", "Erf", "Erfc");
    /** Inverse functions, for sin^-1 x. */
    private static final Map<String, String> INVERSES = Map.of("Sin", "ArcSin", "Cos", "ArcCos", "Tan", "ArcTan", "Cot", "ArcCot",
            "Sinh", "ArcSinh", "Cosh", "ArcCosh", "Tanh", "ArcTanh");

    static {
        for (String symja : new String[] {"Sin", "Cos", "Tan", "Cot", "Sec", "Csc", "ArcSin", "ArcCos", "ArcTan", "ArcCot", "ArcSec",
            "ArcCsc", "Sinh", "Cosh", "Tanh", "Coth", "Sech", "Csch", "ArcSinh", "ArcCosh", "ArcTanh", "ArcCoth", "ArcSech", "ArcCsch",
            "Exp", "Log", "Log10", "Log2", "Sqrt", "Abs", "Sign", "Floor", "Ceiling", "Round", "Max", "Min", "Erf", "Erfc", "Gamma",
            "LogGamma", "Beta", "Factorial", "Binomial", "ProductLog", "Sinc", "Re", "Im", "Conjugate", "Arg", "UnitStep",
            "HeavisideTheta", "Ramp", "Clip", "Piecewise", "Boole", "KroneckerDelta", "Surd", "D", "Derivative", "Integrate",
            "Limit", "Sum", "Product", "Not", "And", "Or", "Element"}) {
            FUNCTIONS.put(symja.toLowerCase(Locale.ROOT), symja);
            FUNCTIONS.put(symja, symja);
        }
        for (String[] alias : new String[][] {{"ln", "Log"}, {"lg", "Log10"}, {"asin", "ArcSin"}, {"acos", "ArcCos"}, {"atan", "ArcTan"},
            {"acot", "ArcCot"}, {"asinh", "ArcSinh"}, {"acosh", "ArcCosh"}, {"atanh", "ArcTanh"}, {"arsinh", "ArcSinh"},
            {"arcosh", "ArcCosh"}, {"artanh", "ArcTanh"}, {"arcsinh", "ArcSinh"}, {"arccosh", "ArcCosh"}, {"arctanh", "ArcTanh"},
            {"ceil", "Ceiling"}, {"sgn", "Sign"}, {"heaviside", "HeavisideTheta"}}) {
            FUNCTIONS.put(alias[0], alias[1]);
        }
        for (ElementaryFunction f : ElementaryFunctions.all()) {
            if (!FUNCTIONS.containsKey(f.symbol())) {
                FUNCTIONS.put(f.symbol(), f.symbol());
            }
            f.aliases().forEach(a -> FUNCTIONS.putIfAbsent(a, f.symbol()));
        }
        for (String extra : new String[] {"abs2", "conj", "Dz", "Dzbar"}) {
            FUNCTIONS.putIfAbsent(extra, extra);
        }
        // leaky ReLU is prelu's alias in the table, but a function of its own to the engine, with the table's slope
        // (1/100): read as prelu, leakyrelu(-2) had no slope and could be decided by nothing
        FUNCTIONS.put("leakyrelu", "leakyrelu");
        FUNCTIONS.put("LeakyReLU", "leakyrelu");
        FUNCTIONS.put("dz", "Dz");
        FUNCTIONS.put("dzbar", "Dzbar");
    }

    /**
     * Single capital letters that Symja keeps for itself (C a constant, D the derivative, N numeric
     * evaluation, O the order of a series; E and I the constants): where one is a variable (a cost
     * C, a count N, an error E the document defines) it is its letter twice in lower case, as the
     * LaTeX reader names it.
     */
    private static final Map<String, String> RENAMED = Map.of("C", "cc", "D", "dd", "N", "nn", "O", "oo", "E", "ee", "I", "ii");

    private PlainNames() {}

    /** The expression language's name of a variable written {@code name}: w_1 is w1, C is cc. */
    static String variable(String name) {
        String joined = name.replace("_", "");
        return RENAMED.getOrDefault(joined, joined);
    }

    /** The capital letter a variable's name was renamed from (cc: C), or null. */
    static String renamedFrom(String variable) {
        return RENAMED.entrySet().stream().filter(r -> r.getValue().equals(variable)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The ASCII spelling of a letter that may start or continue a name (x, σ as sigma), or null. */
    static String letter(char c) {
        if (c < 128) {
            return Character.isLetter(c) ? String.valueOf(c) : null;
        }
        int greek = GREEK.indexOf(c);
        return greek >= 0 ? GREEK_NAMES[greek] : OTHER_LETTERS.get(c);
    }

    /** The expression language's name of a function written {@code name}, or null when it is not one. */
    static String function(String name) {
        return FUNCTIONS.get(name);
    }

    static boolean textbook(String function) {
        return TEXTBOOK.contains(function);
    }

    static String inverse(String function) {
        return INVERSES.get(function);
    }
}

package dev.gradus.proofs.latex;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The functions the front-end knows by name, before the per-call {@link LatexOptions}: LaTeX's
 * operator commands ({@code \tanh}, {@code \exp}; {@code \log} and {@code \ln} are both the
 * natural logarithm), the activation functions as sheets write them in {@code \text{...}} or as
 * bare letters ({@code \text{Leaky-ReLU}}, {@code relu}), and the letters f, g, h, which are
 * functions whenever they are applied ({@code f(x)}; any other letter multiplies: {@code x(1-x)}).
 */
final class Functions {
    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("exp", "Exp"), Map.entry("log", "Log"), Map.entry("ln", "Log"),
            Map.entry("sin", "Sin"), Map.entry("cos", "Cos"), Map.entry("tan", "Tan"), Map.entry("cot", "Cot"),
            Map.entry("sec", "Sec"), Map.entry("csc", "Csc"), Map.entry("sinh", "Sinh"), Map.entry("cosh", "Cosh"),
            Map.entry("tanh", "Tanh"), Map.entry("coth", "Coth"), Map.entry("sech", "Sech"), Map.entry("csch", "Csch"), Map.entry("arcsin", "ArcSin"),
            Map.entry("arccos", "ArcCos"), Map.entry("arctan", "ArcTan"), Map.entry("sgn", "Sign"),
            Map.entry("max", "Max"), Map.entry("min", "Min"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("sigmoid", "sigmoid"), Map.entry("relu", "relu"), Map.entry("leakyrelu", "leakyrelu"),
            Map.entry("prelu", "prelu"), Map.entry("elu", "elu"), Map.entry("selu", "selu"),
            Map.entry("softsign", "softsign"), Map.entry("softplus", "softplus"), Map.entry("hardtanh", "hardtanh"),
            Map.entry("swish", "swish"), Map.entry("logaddexp", "logaddexp"), Map.entry("sign", "Sign"),
            Map.entry("abs", "Abs"), Map.entry("sqrt", "Sqrt"), Map.entry("erf", "Erf"), Map.entry("erfc", "Erfc"),
            // not in the project's table: GELU stays an unknown function, SiLU is swish with beta = 1
            Map.entry("gelu", "gelu"), Map.entry("silu", "swish"));
    private static final Map<String, String> INVERSES = Map.of("Sin", "ArcSin", "Cos", "ArcCos", "Tan", "ArcTan",
            "Sinh", "ArcSinh", "Cosh", "ArcCosh", "Tanh", "ArcTanh");
    /** Functions of exactly one argument (Log may also have a base, written as a subscript). */
    private static final Set<String> UNARY = Set.of("Exp", "Log", "Sin", "Cos", "Tan", "Cot", "Sec", "Csc", "Sinh",
            "Cosh", "Tanh", "Coth", "Sech", "Csch", "ArcSin", "ArcCos", "ArcTan", "Sign", "Abs", "Sqrt", "Erf", "Erfc");

    private Functions() {}

    /** The function an operator command names ({@code tanh} for {@code \tanh}). */
    static Optional<String> command(String name) {
        return Optional.ofNullable(COMMANDS.get(name));
    }

    /** The function a word names, in any case and with any punctuation ({@code Leaky-ReLU}). */
    static Optional<String> word(String word) {
        String w = LatexOptions.normalized(word);
        return Optional.ofNullable(WORDS.getOrDefault(w, COMMANDS.get(w)));
    }

    static boolean isFunctionLetter(String letter) {
        return letter.equals("f") || letter.equals("g") || letter.equals("h");
    }

    /** The inverse of a trigonometric or hyperbolic function, for {@code \tanh^{-1}}. */
    static Optional<String> inverse(String function) {
        return Optional.ofNullable(INVERSES.get(function));
    }

    static boolean isUnary(String function) {
        return UNARY.contains(function);
    }
}

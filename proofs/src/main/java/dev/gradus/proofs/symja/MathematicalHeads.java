package dev.gradus.proofs.symja;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The expression language accepted from a network: the built-in Symja symbols that are
 * mathematics (arithmetic, elementary and special functions, calculus, relations, constants),
 * and nothing else. Symja also has functions that read and write files, start processes, open
 * URLs, make definitions that outlive a request, or turn strings into code; a whitelist, not a
 * list of those, because Symja has more than a thousand built-ins and adds some in every release.
 * Symbols the user makes up (variables, and the project's functions, which are definitions and
 * not built-ins) are always allowed; strings only as a limit's direction ({@code Direction -> "FromBelow"}):
 * no other mathematical expression needs one, and they are how code hides in data.
 */
public final class MathematicalHeads {
    /** Deeper trees are refused: Symja recurses on them, and no homework expression is half as deep. */
    public static final int MAX_DEPTH = 60;

    private static final Set<String> ALLOWED = Set.of(
            // structure and numbers
            "Plus", "Times", "Power", "Sqrt", "Surd", "Subtract", "Divide", "Minus", "Rational", "Complex", "List", "Rule",
            "ReplaceAll", "Dot",
            // constants
            "E", "Pi", "I", "Infinity", "ComplexInfinity", "DirectedInfinity", "Indeterminate", "Degree", "EulerGamma",
            "GoldenRatio", "True", "False", "Reals", "Integers", "Complexes",
            // elementary and special functions
            "Exp", "Log", "Log2", "Log10", "Sin", "Cos", "Tan", "Cot", "Sec", "Csc", "ArcSin", "ArcCos", "ArcTan", "ArcCot",
            "ArcSec", "ArcCsc", "Sinh", "Cosh", "Tanh", "Coth", "Sech", "Csch", "ArcSinh", "ArcCosh", "ArcTanh", "ArcCoth",
            "ArcSech", "ArcCsch", "Sinc", "Abs", "Sign", "Re", "Im", "Conjugate", "Arg", "Max", "Min", "Floor", "Ceiling",
            "Round", "UnitStep", "HeavisideTheta", "Ramp", "Clip", "Piecewise", "Boole", "KroneckerDelta", "Erf", "Erfc",
            "Gamma", "LogGamma", "Beta", "Factorial", "Binomial", "ProductLog",
            // calculus
            "D", "Derivative", "Integrate", "Limit", "Direction", "Sum", "Product",
            // relations, for assumptions and piecewise conditions
            "Equal", "Unequal", "Less", "LessEqual", "Greater", "GreaterEqual", "Inequality", "And", "Or", "Not", "Element");

    /**
     * Names refused even where this Symja does not implement them (it reads an unknown name as a
     * plain symbol, harmless today): the file, process and definition-making functions, so that
     * a request naming one is told so, whatever the Symja version.
     */
    private static final List<String> NEVER = List.of("Import", "Export", "Run", "RunProcess", "Get", "Put", "PutAppend", "Set",
            "SetDelayed", "Module", "Block", "With", "Compile", "ToExpression", "Symbol", "URLFetch", "URLRead", "SystemOpen");

    /** Why an expression is refused: what was found, and the name to point at in the text. */
    public record Refusal(String message, String name) {}

    private MathematicalHeads() {}

    /** The first thing in a parsed expression that is not mathematics, or empty when it all is. */
    public static Optional<Refusal> firstRefused(IExpr parsed) {
        return walk(parsed, 1);
    }

    private static Optional<Refusal> walk(IExpr expr, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.of(new Refusal("the expression is nested more than " + MAX_DEPTH + " levels deep", null));
        }
        if (expr.isRuleAST() && expr.first().isBuiltInSymbol() && expr.first().toString().equals("Direction")
                && expr.second().isString()) {
            return Optional.empty();
        }
        if (expr.isString()) {
            return Optional.of(new Refusal("strings are not part of the expression language", "\""));
        }
        if (expr.isSymbol()) {
            String name = NEVER.stream().filter(n -> n.equalsIgnoreCase(expr.toString())).findFirst()
                    .orElse(expr.isBuiltInSymbol() && !ALLOWED.contains(expr.toString()) ? expr.toString() : null);
            if (name != null) {
                return Optional.of(new Refusal(name + " is not allowed here: only mathematical functions are accepted", name));
            }
        }
        if (expr.isAST()) {
            IAST ast = (IAST) expr;
            for (int i = 0; i < ast.size(); i++) {
                Optional<Refusal> inside = walk(ast.get(i), depth + 1);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The 1-based column of a refused name in the text it was parsed from (relaxed syntax lets
     * users write it in any case), or 1 when it cannot be found (a name written as an operator,
     * such as {@code <<} for Get).
     */
    public static int column(String text, Refusal refusal) {
        return refusal.name() == null ? 1 : column(text, refusal.name());
    }

    /** The 1-based column of a name in the text, written in any case; 1 when it is not there as a word. */
    public static int column(String text, String name) {
        if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '$') {
            return Math.max(1, text.indexOf(name) + 1); // a quote: not a word
        }
        Matcher word = Pattern.compile("(?<![A-Za-z0-9$])" + Pattern.quote(name) + "(?![A-Za-z0-9$])",
                Pattern.CASE_INSENSITIVE).matcher(text);
        return word.find() ? word.start() + 1 : 1;
    }
}

package dev.gradus.proofs.plain;

import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.symja.LexicalScreen;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Set;

/**
 * Plain notation as people type it (textbooks, calculators, Python, Maxima, Mathematica, pasted
 * Unicode) read into the expression language: {@code x**2}, {@code 2x}, {@code sin x^2},
 * {@code ln(e^x)}, {@code d/dx x^2}, {@code (x^2)'}, {@code Sin[x]}, {@code %e}, {@code σ(z)},
 * {@code x²}, {@code −}. The expression language itself reads unchanged, except that a lone
 * letter before brackets multiplies ({@code x(1 - x)}) and e and i are constants. Each reading
 * that is a convention comes with a note ({@code sin x^2} is sin(x^2)). Pure text processing.
 */
public final class PlainNotation {
    private PlainNotation() {}

    /**
     * One side read.
     *
     * @param expression the expression-language text
     * @param notes      the conventions used, for the user to see
     * @param marks      1-based columns of {@code expression} where a written token starts, to its written column
     */
    public record Reading(String expression, List<String> notes, NavigableMap<Integer, Integer> marks) {
        public Reading {
            notes = List.copyOf(notes);
            marks = Collections.unmodifiableNavigableMap(new TreeMap<>(marks));
        }

        /** The written column of a column of {@link #expression()} (where an error Symja found there was written). */
        public int writtenColumn(int column) {
            Map.Entry<Integer, Integer> mark = marks.floorEntry(column);
            return mark == null ? 1 : mark.getValue() + column - mark.getKey();
        }
    }

    /**
     * Reads {@code text}.
     *
     * @param variables names to keep as variables where they would otherwise be constants (e, i)
     * @throws ParseError with the 1-based column of the offending character in {@code text}
     */
    public static Reading read(String text, Set<String> variables) throws ParseError {
        return read(text, variables, "");
    }

    /**
     * Reads {@code text}, one side of a step whose whole text is {@code step}: a name such as uv
     * is the product u v where u and v are written alone anywhere in the step.
     */
    public static Reading read(String text, Set<String> variables, String step) throws ParseError {
        return read(text, Notation.plain(variables), step);
    }

    /**
     * Reads {@code text} in {@code notation}: its variables, its declared functions, and the
     * definitions the document made before: dL/dw is then the derivative of what L stands for, not
     * of an unknown function L(w); a defined function is applied to what follows it in
     * parentheses, a defined name multiplies it (a(1 - a)).
     */
    public static Reading read(String text, Notation notation, String step) throws ParseError {
        // Symja's limits hold here too (the reading is screened again when parsed): within them a reading takes
        // milliseconds (measured), where 15,000 (x) took 1.7 s (each bracket searches the token list for a '||').
        LexicalScreen.check(text);
        try {
            return reading(text, notation, step);
        } catch (StackOverflowError e) {
            // 2,000 factors x*x*...*x are a tree as deep, printed recursively: beyond a thread's stack in milliseconds
            throw ParseError.refused("the expression is too deeply nested, or too long a chain, to read", 1);
        }
    }

    private static Reading reading(String text, Notation notation, String step) throws ParseError {
        Set<String> letters = new java.util.LinkedHashSet<>();
        Set<String> functions = new java.util.LinkedHashSet<>(notation.functions());
        try {
            List<PlainToken> tokens = PlainLexer.tokens(step);
            for (int i = 0; i < tokens.size(); i++) {
                PlainToken t = tokens.get(i);
                if (t.kind() == PlainToken.Kind.NAME && t.text().length() == 1) {
                    letters.add(t.text());
                }
                // y'(x) anywhere in the step makes y(x) a call, not y times x: one reading of y per step
                if (t.kind() == PlainToken.Kind.NAME && i + 2 < tokens.size() && (tokens.get(i + 1).is("'") || tokens.get(i + 1).is("''"))
                        && tokens.get(i + 2).is("(")) {
                    functions.add(t.text());
                }
            }
        } catch (ParseError unreadable) {
            // the other side's error is reported when that side is read
        }
        List<PlainToken> tokens = PlainLexer.tokens(text);
        distinctRenamed(tokens, step);
        PlainParser parser = new PlainParser(text, tokens, notation.withFunctions(functions), letters);
        PlainNode node = parser.whole();
        PlainPrinter printer = new PlainPrinter();
        node.print(printer);
        return new Reading(printer.toString(), List.copyOf(parser.notes()), printer.marks());
    }

    /** C is the variable cc: a step that writes both would read them as one variable. */
    private static void distinctRenamed(List<PlainToken> tokens, String step) throws ParseError {
        Set<String> written = new java.util.HashSet<>();
        try {
            PlainLexer.tokens(step).stream().filter(t -> t.kind() == PlainToken.Kind.NAME).forEach(t -> written.add(t.text()));
        } catch (ParseError unreadable) {
            // the other side's error is reported when that side is read
        }
        tokens.stream().filter(t -> t.kind() == PlainToken.Kind.NAME).forEach(t -> written.add(t.text()));
        for (PlainToken t : tokens) {
            String variable = PlainNames.variable(t.text());
            if (t.kind() == PlainToken.Kind.NAME && PlainNames.renamedFrom(variable) != null && !variable.equals(t.text())
                    && written.contains(variable)) {
                throw new ParseError(t.text() + " and " + variable + " would be one variable: rename one of them", t.column());
            }
        }
    }

    /**
     * The expression language's name of a name written alone ({@code δ2} is delta2, {@code w_1}
     * w1, {@code C} cc), as every step reads it, or empty when {@code written} is not one name or
     * is a constant (oo, pi; e unless among {@code variables}).
     */
    public static java.util.Optional<String> name(String written, Set<String> variables) {
        try {
            List<PlainToken> tokens = PlainLexer.tokens(written);
            if (tokens.size() != 2 || tokens.get(0).kind() != PlainToken.Kind.NAME) {
                return java.util.Optional.empty();
            }
            String name = tokens.get(0).text();
            // E and I are the variables ee and ii where they are defined
            String variable = PlainNames.variable(name);
            boolean constant = CONSTANTS.contains(name) && !variables.contains(name) && variable.equals(name);
            return constant ? java.util.Optional.empty() : java.util.Optional.of(variable);
        } catch (ParseError unreadable) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Whether a document may define a function of the table under its own name ({@code swish(x) = x
     * sigmoid(b x)}): one of the project's functions (swish, sigmoid, relu, ...), written as the
     * expression language names it, so that every later use reads the same name; never one of
     * Symja's (sin, exp, max), whose meaning the engine fixes, nor the complex calculus's own
     * (conj, dz, dzbar, abs2): {@code \bar z = x - iy} is what z's conjugate is, a claim to check.
     */
    public static boolean redefinable(String name) {
        String function = PlainNames.function(name);
        return name.equals(function) && Character.isLowerCase(name.charAt(0)) && !COMPLEX_CALCULUS.contains(name);
    }

    private static final Set<String> COMPLEX_CALCULUS = Set.of("conj", "dz", "dzbar", "abs2");

    /**
     * Whether a document may define {@code name} (z, L, net1, f): a name of letters and digits
     * that is neither a function plain notation knows (sin, sigmoid, D) nor a constant (e, i, pi),
     * or the variable a capital letter of the engine's is read as (C as cc).
     */
    public static boolean definable(String name) {
        return PlainNames.renamedFrom(name) != null || name.matches("[A-Za-z][A-Za-z0-9_]*") && PlainNames.function(name) == null
                && !CONSTANTS.contains(name) && !name.equals("d") && !(name.startsWith("log_"));
    }

    /** The names plain notation reads as constants (oo is infinity), unless declared variables. */
    private static final Set<String> CONSTANTS = Set.of("e", "i", "pi", "Pi", "PI", "E", "I", "inf", "infinity", "Infinity", "oo");
}

package dev.gradus.proofs.catalogue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Derivation;
import dev.gradus.proofs.DocumentDefinitions;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.bounds.Inequality;
import dev.gradus.proofs.bounds.Interval;
import dev.gradus.proofs.bounds.Maximum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a catalogue file: the checkable claims of one homework document. The format, line by
 * line ('#' starts a comment; a claim's lines are indented):
 *
 * <pre>
 * document sheet-transfer-functions-solution.txt
 * label transfer-functions                    (a short name for tables; default: the document)
 * latex \delta = sigmoid                      (for every tex line below: \delta(z) means sigmoid)
 *
 * claim sig-as-tanh
 *   says sig(x) = (1 + tanh(x/2))/2, derived as in the solution
 *   tex \text{sig}(x) = \frac{1 + \tanh \frac{x}{2}}{2} = ...     (a LaTeX chain)
 *   check sigmoid(x) = (1+tanh(x/2))/2                            (or a plain-text chain; f(x) := ... defines f)
 *   inequality sigmoid'(z) &lt;= 1/4 for z in (-Infinity, Infinity) by (sigmoid(z) - 1/2)^2
 *   maximum 2/w*Log(w/2*(1 + Sqrt(1 - 4/w)) - 1) for w in (4, 100) is 0.4477 at 6.894
 *   assume z &lt; 0            complex z, w            latex \sigma = f
 *   for N = 2..10           (a family: one claim per N; N can be used in let and tex)
 *   let s_i = w_i o_{i-1} + b_i for i = 1..N       (abbreviations, expanded in the claim: LaTeX
 *                                                   with tex, plain NAME = EXPRESSION with check)
 *   expect PROVED           (one verdict per step, or one for all steps)
 * </pre>
 *
 * A claim has exactly one of check, tex, inequality and maximum.
 */
public final class CatalogueReader {
    private static final Pattern RANGE = Pattern.compile("\\s*([A-Za-z])\\s*=\\s*(\\S+?)\\s*\\.\\.\\s*(\\S+)\\s*");
    private static final Pattern LET = Pattern.compile("(.+?)=(.+?)(?:\\bfor\\s+([A-Za-z])\\s*=\\s*(\\S+?)\\s*\\.\\.\\s*(\\S+))?\\s*");
    private static final Pattern INEQUALITY = Pattern.compile("(.+?)\\s*(<=|>=|<|>)\\s*(.+?)\\s+for\\s+([A-Za-z]\\w*)\\s+in\\s+([\\[(].*?[\\])])(?:\\s+by\\s+(.+))?");
    private static final Pattern MAXIMUM = Pattern.compile("(.+?)\\s+for\\s+([A-Za-z]\\w*)\\s+in\\s+([\\[(].*?[\\])])\\s+is\\s+(\\S+)\\s+at\\s+(\\S+)");

    private CatalogueReader() {}

    public static List<CatalogueEntry> read(List<String> lines) throws ParseError {
        String document = "";
        String label = "";
        Map<String, String> documentFunctions = new LinkedHashMap<>();
        List<CatalogueEntry> entries = new ArrayList<>();
        Draft draft = null;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String keyword = line.split("\\s+", 2)[0];
            String rest = line.substring(keyword.length()).strip();
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (!indented) {
                if (draft != null) {
                    entries.addAll(draft.entries());
                    draft = null;
                }
                switch (keyword) {
                    case "document" -> {
                        document = rest;
                        label = rest;
                    }
                    case "label" -> label = rest;
                    case "latex" -> function(rest, documentFunctions, number);
                    case "claim" -> draft = new Draft(document, label, rest, number, documentFunctions);
                    default -> throw error(number, "expected 'document', 'label', 'latex' or 'claim', found '" + keyword + "'");
                }
                continue;
            }
            if (draft == null) {
                throw error(number, "an indented line belongs to a claim: start one with 'claim NAME'");
            }
            draft.add(keyword, rest, number);
        }
        if (draft != null) {
            entries.addAll(draft.entries());
        }
        return entries;
    }

    static ParseError error(int line, String message) {
        return new ParseError("line " + line + ": " + message, 1);
    }

    private static void function(String text, Map<String, String> functions, int line) throws ParseError {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw error(line, "write 'latex \\delta = sigmoid' to read a LaTeX name as a function");
        }
        functions.put(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
    }

    /** A claim being read: its lines, turned into entries at its end. */
    private static final class Draft {
        private final String document;
        private final String label;
        private final String id;
        private final int line;
        private final Map<String, String> functions;
        private String says = "";
        private String kind;
        private String body;
        private int bodyLine;
        private final List<String> assumptions = new ArrayList<>();
        private final Set<String> complex = new LinkedHashSet<>();
        private final List<String[]> lets = new ArrayList<>();
        private final List<Integer> letLines = new ArrayList<>();
        private String family;
        private String familyFrom;
        private String familyTo;
        private List<Verdict> expected;

        Draft(String document, String label, String id, int line, Map<String, String> documentFunctions) throws ParseError {
            if (id.isEmpty()) {
                throw error(line, "a claim needs a name");
            }
            this.document = document;
            this.label = label;
            this.id = id;
            this.line = line;
            this.functions = new LinkedHashMap<>(documentFunctions);
        }

        void add(String keyword, String rest, int number) throws ParseError {
            switch (keyword) {
                case "says" -> says = rest;
                case "check", "tex", "inequality", "maximum" -> {
                    if (kind != null) {
                        throw error(number, "a claim has one of check, tex, inequality and maximum; this one has " + kind + " already");
                    }
                    kind = keyword;
                    body = rest;
                    bodyLine = number;
                }
                case "assume" -> assumptions.add(rest);
                case "complex" -> {
                    for (String z : rest.split(",")) {
                        if (!z.isBlank()) {
                            complex.add(z.strip());
                        }
                    }
                }
                case "latex" -> function(rest, functions, number);
                case "for" -> {
                    Matcher m = RANGE.matcher(rest);
                    if (!m.matches()) {
                        throw error(number, "write 'for N = 2..10'");
                    }
                    family = m.group(1);
                    familyFrom = m.group(2);
                    familyTo = m.group(3);
                }
                case "let" -> {
                    if (!LET.matcher(rest).matches()) {
                        throw error(number, "write 'let NAME = EXPRESSION' or 'let s_i = ... for i = 1..N'");
                    }
                    lets.add(new String[] {rest});
                    letLines.add(number);
                }
                case "expect" -> {
                    expected = new ArrayList<>();
                    for (String v : rest.split("\\s+")) {
                        try {
                            expected.add(Verdict.valueOf(v.toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw error(number, "'" + v + "' is not a verdict (PROVED, REFUTED, PLAUSIBLE, UNKNOWN, ERROR)");
                        }
                    }
                }
                default -> throw error(number, "unknown keyword '" + keyword + "' in claim " + id);
            }
        }

        List<CatalogueEntry> entries() throws ParseError {
            if (kind == null) {
                throw error(line, "claim " + id + " has nothing to check: give check, tex, inequality or maximum");
            }
            if (expected == null) {
                throw error(line, "claim " + id + " needs 'expect VERDICT'");
            }
            if (family == null) {
                return List.of(entry(Map.of(), ""));
            }
            List<CatalogueEntry> members = new ArrayList<>();
            int from = integer(familyFrom, Map.of(), line);
            int to = integer(familyTo, Map.of(), line);
            for (int n = from; n <= to; n++) {
                members.add(entry(Map.of(family, n), family + "=" + n));
            }
            return members;
        }

        private CatalogueEntry entry(Map<String, Integer> bindings, String instance) throws ParseError {
            List<Claim> steps = List.of();
            Inequality inequality = null;
            Maximum maximum = null;
            try {
                switch (kind) {
                    case "check" -> steps = expanded(Derivation.chain(body, assumptions, complex), bindings);
                    case "tex" -> steps = expanded(LatexReading.chain(body, functions, bindings, assumptions, complex), bindings);
                    case "inequality" -> inequality = inequality();
                    default -> maximum = maximum();
                }
            } catch (ParseError e) {
                if (e.getMessage().startsWith("line ")) {
                    throw e;
                }
                // a column in the claim's text: within the line after the keyword
                throw error(bodyLine, e.getMessage() + (e.column() > 0 ? " (column " + (e.column() + kind.length() + 3) + ")" : ""));
            }
            if (steps.stream().anyMatch(c -> c.notation().defines())) {
                steps = DocumentDefinitions.mark(steps, Notation.EXPRESSION);   // f(x) := x^2 + 1 = ...: DEFINED, then about it
            }
            int size = steps.isEmpty() ? 1 : steps.size();
            List<Verdict> perStep = expected.size() == 1 ? java.util.Collections.nCopies(size, expected.get(0)) : expected;
            if (perStep.size() != size) {
                throw error(line, "claim " + id + " has " + size + " steps but " + expected.size() + " expected verdicts");
            }
            return new CatalogueEntry(document, label, id, instance, says, steps, inequality, maximum, perStep, line);
        }

        /** Positions in the catalogue file: the body's line. */
        private List<Claim> located(List<Claim> claims) {
            return claims.stream().map(c -> new Claim(c.lhs(), c.rhs(), c.assumptions(), c.complexVariables(),
                    new Claim.Position(bodyLine, c.lhsAt().column()), new Claim.Position(bodyLine, c.rhsAt().column()))
                    .withNotation(c.notation()).withApproximate(c.approximate())).toList();
        }

        private List<Claim> expanded(List<Claim> claims, Map<String, Integer> bindings) throws ParseError {
            Macros macros = new Macros();
            for (int k = 0; k < lets.size(); k++) {
                define(macros, lets.get(k)[0], bindings, letLines.get(k));
            }
            List<Claim> located = located(claims);
            if (macros.isEmpty()) {
                return located;
            }
            try {
                return located.stream().map(c -> new Claim(macros.expand(c.lhs()), macros.expand(c.rhs()), c.assumptions(),
                        c.complexVariables(), c.lhsAt(), c.rhsAt()).withNotation(c.notation()).withApproximate(c.approximate())).toList();
            } catch (IllegalArgumentException e) {
                throw error(line, e.getMessage());
            }
        }

        private void define(Macros macros, String let, Map<String, Integer> bindings, int number) throws ParseError {
            Matcher m = LET.matcher(let);
            if (!m.matches()) {
                throw error(number, "write 'let NAME = EXPRESSION'");
            }
            if (kind.equals("check")) {
                // plain text: a name and an expression of the expression language, no ranges
                String name = m.group(1).strip();
                if (m.group(3) != null || !name.matches("[A-Za-z][A-Za-z0-9]*")) {
                    throw error(number, "with 'check', write 'let NAME = EXPRESSION' (ranges need tex)");
                }
                macros.define(name, m.group(2).strip());
                return;
            }
            if (m.group(3) == null) {
                macros.define(name(m.group(1), bindings, number), LatexReading.expression(m.group(2), functions, bindings));
                return;
            }
            int from = integer(m.group(4), bindings, number);
            int to = integer(m.group(5), bindings, number);
            for (int i = from; i <= to; i++) {
                Map<String, Integer> inner = new LinkedHashMap<>(bindings);
                inner.put(m.group(3), i);
                macros.define(name(m.group(1), inner, number), LatexReading.expression(m.group(2), functions, inner));
            }
        }

        private String name(String latex, Map<String, Integer> bindings, int number) throws ParseError {
            String name = LatexReading.expression(latex, functions, bindings).strip();
            if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw error(number, "'" + latex.strip() + "' is not a name that can be defined (it reads as " + name + ")");
            }
            return name;
        }

        private Inequality inequality() throws ParseError {
            Matcher m = INEQUALITY.matcher(body);
            if (!m.matches()) {
                throw error(bodyLine, "write 'inequality LHS <= RHS for z in (a, b) [by CERTIFICATE]'");
            }
            return new Inequality(m.group(1).strip(), m.group(2), m.group(3).strip(), m.group(4), interval(m.group(5)), m.group(6));
        }

        private Maximum maximum() throws ParseError {
            Matcher m = MAXIMUM.matcher(body);
            if (!m.matches()) {
                throw error(bodyLine, "write 'maximum EXPRESSION for w in (a, b) is VALUE at POINT'");
            }
            try {
                return new Maximum(m.group(1).strip(), m.group(2), interval(m.group(3)), new BigDecimal(m.group(4)), new BigDecimal(m.group(5)));
            } catch (NumberFormatException e) {
                throw error(bodyLine, "the value and the point of a maximum are decimal numbers");
            }
        }

        private Interval interval(String text) throws ParseError {
            try {
                return Interval.parse(text);
            } catch (ParseError e) {
                throw error(bodyLine, e.getMessage());
            }
        }

        /** An integer, a bound letter, or a letter plus or minus an integer: 2, N, N-1. */
        private static int integer(String text, Map<String, Integer> bindings, int number) throws ParseError {
            Matcher m = Pattern.compile("([A-Za-z]|-?\\d+)(?:([+-])(\\d+))?").matcher(text.strip());
            if (!m.matches()) {
                throw error(number, "'" + text + "' is not an integer or N, N-1, N+1");
            }
            int base;
            if (Character.isLetter(m.group(1).charAt(0))) {
                Integer bound = bindings.get(m.group(1));
                if (bound == null) {
                    throw error(number, m.group(1) + " has no value here");
                }
                base = bound;
            } else {
                base = Integer.parseInt(m.group(1));
            }
            if (m.group(2) != null) {
                base += (m.group(2).equals("+") ? 1 : -1) * Integer.parseInt(m.group(3));
            }
            return base;
        }
    }
}

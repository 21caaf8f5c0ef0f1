package dev.gradus.proofs;

import dev.gradus.proofs.latex.LatexDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a derivation into its steps. A chain {@code a = b = c} is the steps a = b and b = c. A
 * file holds chains, one per line; a line that starts with '=' continues the previous one;
 * blank lines are skipped, and a '#' outside a string starts a comment to the end of its line; {@code assume z < 0} adds an assumption
 * and {@code complex z, w} declares complex variables for the lines that follow;
 * {@code var e, i} and {@code function y} (see {@link #nameDirectives}) declare names for the whole file. Only '=',
 * '≈' (a step rounded to the digits written) and ':=' (a definition) at the top level separate sides: not inside
 * brackets, and not in ==, &lt;= , >= or !=.
 *
 * <p>Pure text processing: no Symja here, so that the command line can split without loading it.
 */
public final class Derivation {
    private Derivation() {}

    /** The steps of a one-line chain, with the given assumptions and complex variables. */
    public static List<Claim> chain(String text, List<String> assumptions, Set<String> complex) throws ParseError {
        List<Part> parts = split(text, 0);
        if (parts.size() < 2) {
            throw new ParseError(needsEquals(text), 1);
        }
        return steps(parts, assumptions, complex);
    }

    /** The steps of a file's lines; assumptions and complex variables from the command line apply throughout. */
    public static List<Claim> lines(List<String> lines, List<String> assumptions, Set<String> complex) throws ParseError {
        return lines(lines, assumptions, complex, new ArrayList<>());
    }

    /**
     * As {@link #lines(List, List, Set)}, where a line without a separating '=' ({@code x > 0},
     * {@code w ← w - η*dL/dw}) is added to {@code skipped} with its reason and position, and the
     * other lines are checked: one such line no longer stops a whole file.
     */
    public static List<Claim> lines(List<String> lines, List<String> assumptions, Set<String> complex,
                                    List<LatexDocument.Skipped> skipped) throws ParseError {
        List<Claim> steps = new ArrayList<>();
        List<String> assumed = new ArrayList<>(assumptions);
        Set<String> declared = new LinkedHashSet<>(complex);
        List<Part> chain = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = withoutComment(lines.get(i));
            String trimmed = line.strip();
            int number = i + 1;
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("assume ") || trimmed.startsWith("complex ")) {
                steps.addAll(steps(chain, assumed, declared));
                chain.clear();
                directive(trimmed, number, assumed, declared);
                continue;
            }
            List<Part> parts = split(line, number);
            if (parts.size() == 1) {
                skipped.add(new LatexDocument.Skipped(trimmed, "not an equality: " + needsEquals(trimmed),
                        new Claim.Position(number, line.indexOf(trimmed) + 1)));
                continue;
            }
            boolean continuation = parts.get(0).text().isEmpty();
            if (continuation) {
                if (chain.isEmpty()) {
                    throw new ParseError("line " + number + " starts with '=' but no expression comes before it",
                            line.indexOf('=') + 1);
                }
                chain.addAll(parts.subList(1, parts.size()));
            } else {
                steps.addAll(steps(chain, assumed, declared));
                chain = new ArrayList<>(parts);
            }
        }
        steps.addAll(steps(chain, assumed, declared));
        return steps;
    }

    /**
     * The names that lines starting with {@code keyword} declare for the whole file: {@code var e, i}
     * (variables where they would be constants), {@code function y} (functions where applied);
     * those lines are blanked in {@code lines}, so that line numbers stay.
     */
    public static Set<String> nameDirectives(List<String> lines, String keyword) throws ParseError {
        Set<String> names = new LinkedHashSet<>();
        String prefix = keyword + " ";
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = withoutComment(lines.get(i)).strip();
            if (!trimmed.startsWith(prefix)) {
                continue;
            }
            for (String name : trimmed.substring(prefix.length()).split(",")) {
                if (!isVariableName(name.strip())) {
                    throw new ParseError("line " + (i + 1) + ": " + keyword + ": not a name: '" + name.strip() + "'",
                            lines.get(i).indexOf(name.strip()) + 1);
                }
                names.add(name.strip());
            }
            lines.set(i, "");
        }
        return names;
    }

    /**
     * The line up to a '#' outside a string: {@code x^2 = x*x   # square} is the chain alone. The
     * columns of what is left stay those of the line as written.
     */
    static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static void directive(String line, int number, List<String> assumed, Set<String> declared) throws ParseError {
        if (line.startsWith("assume ")) {
            assumed.add(line.substring("assume ".length()).strip());
            return;
        }
        for (String name : line.substring("complex ".length()).split(",")) {
            if (!name.isBlank()) {
                if (!isVariableName(name.strip())) {
                    throw new ParseError("line " + number + ": complex: not a variable name: '" + name.strip() + "'",
                            line.indexOf(name.strip()) + 1);
                }
                declared.add(name.strip());
            }
        }
    }

    private static List<Claim> steps(List<Part> chain, List<String> assumptions, Set<String> complex) throws ParseError {
        List<Claim> steps = new ArrayList<>();
        if (chain.size() == 1) {
            Part only = chain.get(0);
            throw new ParseError((only.at().line() > 0 ? "line " + only.at().line() + ": " : "")
                    + needsEquals(only.text()), only.at().column());
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            Part a = chain.get(i);
            Part b = chain.get(i + 1);
            Claim step = new Claim(a.text(), b.text(), assumptions, complex, a.at(), b.at()).withApproximate(b.after() == Link.APPROXIMATELY);
            steps.add(b.after() == Link.DEFINES ? step.withNotation(step.notation().after(List.of(), true)) : step);
        }
        return steps;
    }

    /** A name that can stand for a variable: a letter, then letters or digits. */
    public static boolean isVariableName(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9]*");
    }

    /** The message for a claim without a separating '=', with a hint for those who wrote == (Mathematica's and Python's equality). */
    private static String needsEquals(String text) {
        return "a claim needs '=' between two expressions" + (text.contains("==") ? " (one '=': a = b, not a == b)" : "");
    }

    /** How a part follows the one before it: '=', '≈' (rounded), ':=' (a definition). */
    private enum Link { EQUALS, APPROXIMATELY, DEFINES }

    /** A trimmed expression between separators, where it starts, and how it follows the part before it. */
    private record Part(String text, Claim.Position at, Link after) {}

    /** The '='-separated parts of one line; a leading '=' gives an empty first part. */
    private static List<Part> split(String text, int line) throws ParseError {
        List<Part> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        Link link = Link.EQUALS;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean defines = c == ':' && text.startsWith(":=", i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && (c == '=' && isSeparator(text, i) || c == '≈' || defines)) {
                parts.add(part(text, start, i, line, parts.isEmpty(), link));
                link = defines ? Link.DEFINES : c == '≈' ? Link.APPROXIMATELY : Link.EQUALS;
                i += defines ? 1 : 0;
                start = i + 1;
            }
        }
        parts.add(part(text, start, text.length(), line, false, link));
        return parts;
    }

    private static boolean isSeparator(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return after != '=' && before != '=' && before != '<' && before != '>' && before != '!' && before != ':';
    }

    /** The trimmed text in [start, end); only the first part of a line may be empty (a continuation). */
    private static Part part(String text, int start, int end, int line, boolean mayBeEmpty, Link after) throws ParseError {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e && !mayBeEmpty) {
            throw new ParseError((line > 0 ? "line " + line + ": " : "") + "an empty expression beside '='",
                    Math.min(start, Math.max(text.length() - 1, 0)) + 1);
        }
        return new Part(text.substring(s, e), new Claim.Position(line, s + 1), after);
    }
}

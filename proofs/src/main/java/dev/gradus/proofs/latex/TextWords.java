package dev.gradus.proofs.latex;

import java.util.Locale;
import java.util.Set;

/**
 * What the words in {@code \text{...}} mean inside math. A prefix ending in ':' is a label and
 * dropped ({@code \text{zz: sig}} is "sig": "zz:" is German shorthand for "to show"); a final
 * period is punctuation ({@code \text{const.}}). Several words, or one connective ("if", "for",
 * "und"), are prose between formulas; "otherwise", "sonst", "else" mark a default case.
 */
final class TextWords {
    private static final Set<String> CONNECTIVES = Set.of("if", "for", "and", "or", "und", "oder", "falls", "für",
            "fur", "wenn", "when", "where", "with", "mit", "wobei", "also", "then", "dann", "da", "since", "thus",
            "hence", "so", "sowie", "bzw");
    private static final Set<String> CONDITION_PREFIXES = Set.of("if", "for", "falls", "für", "fur", "wenn", "when",
            "where");
    private static final Set<String> OTHERWISE = Set.of("otherwise", "sonst", "else", "andernfalls");

    /** Commands whose argument is text: {@code \\text}, {@code \\mathrm}, {@code \\operatorname}, ... */
    private static final Set<String> TEXT_COMMANDS = Set.of("text", "textrm", "textnormal", "textit", "textsf",
            "mathrm", "mathit", "operatorname", "mbox");

    private TextWords() {}

    static boolean isTextCommand(Token t) {
        return t.kind() == Token.Kind.COMMAND && TEXT_COMMANDS.contains(t.text());
    }

    /** The text without its label and final period, trimmed. */
    static String clean(String raw) {
        String s = raw.strip();
        int colon = s.lastIndexOf(':');
        if (colon >= 0 && !s.substring(colon + 1).isBlank()) {
            s = s.substring(colon + 1).strip();
        }
        while (s.endsWith(".") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Words between formulas rather than a name inside one. */
    static boolean isProse(String cleaned) {
        return cleaned.isEmpty() || cleaned.chars().anyMatch(Character::isWhitespace)
                || CONNECTIVES.contains(cleaned.toLowerCase(Locale.ROOT));
    }

    static boolean isOtherwise(String cleaned) {
        return OTHERWISE.contains(cleaned.toLowerCase(Locale.ROOT));
    }

    /** "if", "for", ... before a condition; also the start of "for all" and similar. */
    static boolean isConditionPrefix(String cleaned) {
        String first = cleaned.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return CONDITION_PREFIXES.contains(first);
    }

    static boolean isConjunction(String cleaned) {
        String w = cleaned.toLowerCase(Locale.ROOT);
        return w.equals("and") || w.equals("und");
    }

    static boolean isDisjunction(String cleaned) {
        String w = cleaned.toLowerCase(Locale.ROOT);
        return w.equals("or") || w.equals("oder");
    }

    /** A word usable as a name: letters and digits, starting with a letter. */
    static boolean isName(String cleaned) {
        return cleaned.matches("[A-Za-z][A-Za-z0-9]*");
    }
}

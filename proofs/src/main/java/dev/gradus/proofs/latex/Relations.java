package dev.gradus.proofs.latex;

import java.util.Map;
import java.util.Set;

/**
 * The tokens that relate or separate formulas. A relation ({@code =}, {@code \le}, {@code \in},
 * {@code \approx}, {@code \to}, ...) joins the sides of a statement; a separator
 * ({@code \Rightarrow}, {@code \wedge}, {@code \quad}, a comma, a sentence's period) ends one.
 * Only chains joined by '=' are checked; comparisons are also read inside conditions.
 */
final class Relations {
    /** Relations that a condition can hold, as the expression language writes them. */
    private static final Map<String, String> COMPARISONS = Map.ofEntries(
            Map.entry("<", "<"), Map.entry(">", ">"), Map.entry("=", "=="),
            Map.entry("\\lt", "<"), Map.entry("\\gt", ">"), Map.entry("\\le", "<="), Map.entry("\\leq", "<="),
            Map.entry("\\leqslant", "<="), Map.entry("\\ge", ">="), Map.entry("\\geq", ">="),
            Map.entry("\\geqslant", ">="), Map.entry("\\neq", "!="), Map.entry("\\ne", "!="));
    private static final Set<String> OTHER_RELATIONS = Set.of("approx", "propto", "in", "notin", "ni", "sim", "simeq",
            "equiv", "cong", "subset", "subseteq", "supset", "supseteq", "to", "rightarrow", "longrightarrow", "mapsto",
            "ll", "gg", "coloneqq", "coloneq", "defeq", "doteq", "triangleq", "thickapprox", "leftarrow", "uparrow", "downarrow", "perp", "parallel",
            "mid", "nearrow", "searrow");
    private static final Set<String> SEPARATORS = Set.of("Rightarrow", "Longrightarrow", "implies", "Leftarrow",
            "Longleftarrow", "impliedby", "Leftrightarrow", "Longleftrightarrow", "iff", "wedge", "land", "vee",
            "lor", "quad", "qquad", "forall", "exists", "therefore", "because");

    private Relations() {}

    /** The token as written ("=", "\le", ":"), or null when it is no relation. */
    static String relation(Token t) {
        String written = t.written();
        if (COMPARISONS.containsKey(written) || t.isSymbol(":")
                || t.kind() == Token.Kind.COMMAND && OTHER_RELATIONS.contains(t.text())) {
            return written;
        }
        return null;
    }

    /** A comparison in the expression language ("<=" for \le), or null. */
    static String comparison(Token t) {
        return COMPARISONS.get(t.written());
    }

    /** A command that ends a statement at the top level (prose in {@code \text} does too: see {@link TextWords}). */
    static boolean isSeparatorCommand(Token t) {
        return t.kind() == Token.Kind.COMMAND && SEPARATORS.contains(t.text());
    }
}

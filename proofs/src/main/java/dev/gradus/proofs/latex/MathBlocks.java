package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the math in a document (LaTeX, or markdown with LaTeX math): display blocks
 * {@code $$...$$}, {@code \[...\]}, display environments ({@code \begin{align}...}) and markdown's
 * math fences (a code block marked math), and inline {@code $...$} and {@code \(...\)} inside
 * prose, which count as display when they hold a display environment ({@code $\begin{aligned}...$}).
 * Prose, escaped dollars ({@code \$}), {@code %} comments (to the end of the line, as in LaTeX; in
 * markdown this also hides the rest of a line after a percent sign) and other markdown code
 * ({@code `...`}) are skipped; a lone '$' with no partner before the next blank line is a dollar
 * sign, not math.
 */
final class MathBlocks {
    /** A markdown code block of math, closed by the next three backticks. */
    private static final String FENCE = "```math";

    /** The math of one block: text[from, to). */
    record Block(int from, int to, boolean display) {}

    private MathBlocks() {}

    static List<Block> find(SourceText source) throws ParseError {
        String s = source.text();
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith(FENCE, i)) {
                int close = s.indexOf("```", i + FENCE.length());
                if (close < 0) {
                    throw source.error(i, FENCE + " is never closed by ```");
                }
                blocks.add(new Block(i + FENCE.length(), close, true));
                i = close + 3;
            } else if (c == '`') {
                i = afterCode(s, i);
            } else if (c == '%') {
                int newline = s.indexOf('\n', i);
                i = newline < 0 ? s.length() : newline;
            } else if (s.startsWith("$$", i)) {
                int close = s.indexOf("$$", i + 2);
                if (close < 0) {
                    throw source.error(i, "$$ is never closed by $$");
                }
                blocks.add(new Block(i + 2, close, true));
                i = close + 2;
            } else if (c == '$') {
                int close = inlineEnd(s, i + 1, "$");
                if (close > 0) {
                    blocks.add(new Block(i + 1, close, holdsDisplay(s, i + 1, close)));
                }
                i = close > 0 ? close + 1 : i + 1;
            } else if (s.startsWith("\\[", i)) {
                int close = s.indexOf("\\]", i + 2);
                if (close < 0) {
                    throw source.error(i, "\\[ is never closed by \\]");
                }
                blocks.add(new Block(i + 2, close, true));
                i = close + 2;
            } else if (s.startsWith("\\(", i)) {
                int close = inlineEnd(s, i + 2, "\\)");
                if (close > 0) {
                    blocks.add(new Block(i + 2, close, holdsDisplay(s, i + 2, close)));
                }
                i = close > 0 ? close + 2 : i + 2;
            } else if (s.startsWith("\\begin{", i) && Environments.isDisplay(environment(s, i))) {
                String end = "\\end{" + environment(s, i) + "}";
                int close = s.indexOf(end, i);
                if (close < 0) {
                    throw source.error(i, "\\begin{" + environment(s, i) + "} is never closed by " + end);
                }
                blocks.add(new Block(i, close + end.length(), true));
                i = close + end.length();
            } else {
                i += c == '\\' ? 2 : 1;
            }
        }
        return blocks;
    }

    /** A formula on its own (a command-line argument): inside its $...$, $$...$$, \[...\] or \(...\) if it has them. */
    static Block formula(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        String t = text.substring(from, to);
        for (String[] pair : new String[][] {{"$$", "$$"}, {"\\[", "\\]"}, {"\\(", "\\)"}, {"$", "$"}}) {
            if (t.length() >= pair[0].length() + pair[1].length() && t.startsWith(pair[0]) && t.endsWith(pair[1])) {
                return new Block(from + pair[0].length(), to - pair[1].length(), true);
            }
        }
        return new Block(from, to, true);
    }

    /**
     * Whether inline math s[from, to) holds a derivation: a display environment, or an array that
     * starts it (see {@link Environments#arrangesLines}).
     */
    private static boolean holdsDisplay(String s, int from, int to) {
        if (s.substring(from, to).strip().startsWith("\\begin{array}")) {
            return true;
        }
        for (int i = s.indexOf("\\begin{", from); i >= 0 && i < to; i = s.indexOf("\\begin{", i + 1)) {
            if (Environments.isDisplay(environment(s, i))) {
                return true;
            }
        }
        return false;
    }

    /** The name in {@code \begin{name}} at i. */
    private static String environment(String s, int i) {
        int open = i + "\\begin{".length();
        int close = s.indexOf('}', open);
        return close < 0 ? "" : s.substring(open, close);
    }

    /** Where an inline formula ends, or -1 when a blank line or the end comes first. */
    private static int inlineEnd(String s, int from, String end) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && !end.startsWith("\\")) {
                i++;
            } else if (s.startsWith(end, i)) {
                return i;
            } else if (s.charAt(i) == '\n' && blankLineAt(s, i)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean blankLineAt(String s, int newline) {
        for (int i = newline + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** After a markdown code span: the same number of backticks closes it. */
    private static int afterCode(String s, int i) {
        int run = 0;
        while (i + run < s.length() && s.charAt(i + run) == '`') {
            run++;
        }
        int close = s.indexOf("`".repeat(run), i + run);
        return close < 0 ? i + run : close + run;
    }
}

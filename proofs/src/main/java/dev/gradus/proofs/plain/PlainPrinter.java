package dev.gradus.proofs.plain;

import java.util.TreeMap;

/**
 * Prints a read expression and remembers where each token came from, so that an error Symja
 * finds in the printed text (a refused function, say) points at the column the user wrote.
 */
final class PlainPrinter {
    private final StringBuilder out = new StringBuilder();
    /** 1-based column in the printed text to the 1-based column in the written one. */
    private final TreeMap<Integer, Integer> marks = new TreeMap<>();

    PlainPrinter append(String text) {
        out.append(text);
        return this;
    }

    /** The text of a token written at {@code column} (0 for one the reading made up, such as D in d/dx). */
    PlainPrinter token(String text, int column) {
        if (column > 0) {
            marks.put(out.length() + 1, column);
        }
        out.append(text);
        return this;
    }

    TreeMap<Integer, Integer> marks() {
        return marks;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

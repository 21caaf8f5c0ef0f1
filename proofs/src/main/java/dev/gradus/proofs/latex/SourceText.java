package dev.gradus.proofs.latex;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;

/**
 * The text the user gave, which every token, step and error points into: offsets become 1-based
 * lines and columns of the original text, so that an error in a document names the line of the
 * document, not of the formula cut out of it.
 */
final class SourceText {
    private final String text;
    private final int[] lineStarts;
    private final boolean numberLines;
    private final boolean document;
    /** Whether its math is about complex numbers, found when first asked. */
    private Boolean complexNumbers;

    private SourceText(String text, boolean numberLines, boolean document) {
        this.text = text;
        this.numberLines = numberLines;
        this.document = document;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A document: positions always carry their line. */
    static SourceText document(String text) {
        return new SourceText(text, true, true);
    }

    /** A formula typed on the command line: line 0 (as {@code Derivation} does) unless it has several lines. */
    static SourceText formula(String text) {
        return new SourceText(text, text.indexOf('\n') >= 0, false);
    }

    String text() {
        return text;
    }

    /** Whether its math writes complex numbers (see {@link ComplexVariables#writtenIn}): then a star is a conjugate. */
    boolean writesComplexNumbers() {
        if (complexNumbers == null) {
            complexNumbers = ComplexVariables.writtenIn(this, document);
        }
        return complexNumbers;
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }

    Claim.Position position(int offset) {
        int line = lineOf(offset);
        return new Claim.Position(numberLines ? line + 1 : 0, offset - lineStarts[line] + 1);
    }

    ParseError error(int offset, String message) {
        Claim.Position at = position(offset);
        return new ParseError(message, at.line(), at.column());
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}

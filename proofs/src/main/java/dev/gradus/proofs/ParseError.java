package dev.gradus.proofs;

/**
 * Input that could not be parsed; {@link #column()} is 1-based within the text given, and
 * {@link #line()} the 1-based line when the text has several (0 for one-line input).
 */
public final class ParseError extends Exception {
    private final int line;
    private final int column;

    public ParseError(String message, int column) {
        this(message, 0, column);
    }

    public ParseError(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the offending character, 0 for one-line input or when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending character, 0 when unknown. */
    public int column() {
        return column;
    }
}

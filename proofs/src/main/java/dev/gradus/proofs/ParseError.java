package dev.gradus.proofs;

/**
 * Input that could not be parsed, or that parses but is refused (a file operation, an
 * assignment); {@link #column()} is 1-based within the text given, and {@link #line()} the
 * 1-based line when the text has several (0 for one-line input).
 */
public final class ParseError extends Exception {
    private final int line;
    private final int column;
    private final boolean refused;

    public ParseError(String message, int column) {
        this(message, 0, column);
    }

    public ParseError(String message, int line, int column) {
        this(message, line, column, false);
    }

    private ParseError(String message, int line, int column, boolean refused) {
        super(message);
        this.line = line;
        this.column = column;
        this.refused = refused;
    }

    /** The same error at another column of the same line (where it was written, for text that was translated first). */
    public ParseError atColumn(int column) {
        return new ParseError(getMessage(), line, column, refused);
    }

    /** An expression that parses but is not accepted, such as Import(...) or f(x) := 0. */
    public static ParseError refused(String message, int column) {
        return new ParseError(message, 0, column, true);
    }

    /** How a message about it starts: "syntax error", or "refused" for what parsed but is not accepted. */
    public String kind() {
        return refused ? "refused" : "syntax error";
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

package dev.gradus.proofs;

/** Input that could not be parsed; {@link #column()} is 1-based within the text given. */
public final class ParseError extends Exception {
    private final int column;

    public ParseError(String message, int column) {
        super(message);
        this.column = column;
    }

    /** 1-based column of the offending character, 0 when unknown. */
    public int column() {
        return column;
    }
}

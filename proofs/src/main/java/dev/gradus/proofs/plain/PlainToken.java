package dev.gradus.proofs.plain;

/**
 * One token of plain notation, with the 1-based column where it starts in the text as written.
 *
 * @param kind   what it is
 * @param text   its normal form: {@code ^} for {@code **} and {@code ²}'s power, {@code -} for
 *               {@code −}, a name's ASCII spelling ({@code pi} for {@code π})
 * @param column where it starts
 * @param end    the column just after it
 * @param spaced whether white space comes before it
 */
record PlainToken(Kind kind, String text, int column, int end, boolean spaced) {
    enum Kind { NUMBER, NAME, SYMBOL, STRING, END }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind == Kind.END ? "the end" : "'" + text + "'";
    }
}

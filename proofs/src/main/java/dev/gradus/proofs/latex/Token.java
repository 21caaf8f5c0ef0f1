package dev.gradus.proofs.latex;

/**
 * One lexical unit of LaTeX math: a command ({@code \frac} has text "frac", {@code \\} has "\",
 * {@code \,} has ","), one letter, one digit (LaTeX reads {@code \frac12} digit by digit), one other
 * character, or the end. Offsets are into the original text; {@code spaceBefore} keeps the one
 * thing whitespace means in math: {@code out_k} is a name, {@code o u t_k} is not.
 */
record Token(Kind kind, String text, int start, int end, boolean spaceBefore) {
    enum Kind { COMMAND, LETTER, DIGIT, SYMBOL, END }

    boolean isCommand(String name) {
        return kind == Kind.COMMAND && text.equals(name);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isEnd() {
        return kind == Kind.END;
    }

    /** The token as written: "(", "\\{", "\\rvert". */
    String written() {
        return kind == Kind.COMMAND ? "\\" + text : text;
    }

    /** The token as a message shows it: \frac, '{', or "the end of the formula". */
    String shown() {
        return switch (kind) {
            case COMMAND -> "\\" + text;
            case END -> "the end of the formula";
            default -> "'" + text + "'";
        };
    }
}

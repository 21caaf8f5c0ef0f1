package dev.gradus.proofs;

import java.util.List;
import java.util.Set;

/**
 * A claim lhs = rhs in the expression language (relaxed Symja syntax plus the project's
 * functions), and where its sides stand in the user's input so that errors can point there.
 *
 * @param lhs              the left-hand side
 * @param rhs              the right-hand side
 * @param assumptions      conditions such as "z < 0" or "w >= 4" under which the claim is made
 * @param complexVariables variables that are complex; all others are real
 * @param lhsAt            where lhs starts in the input
 * @param rhsAt            where rhs starts in the input
 */
public record Claim(String lhs, String rhs, List<String> assumptions, Set<String> complexVariables,
                    Position lhsAt, Position rhsAt) {
    public Claim {
        assumptions = List.copyOf(assumptions);
        complexVariables = Set.copyOf(complexVariables);
    }

    /** A claim about real variables without assumptions, typed as "lhs = rhs". */
    public static Claim of(String lhs, String rhs) {
        return of(lhs, rhs, List.of(), Set.of());
    }

    public static Claim of(String lhs, String rhs, List<String> assumptions, Set<String> complexVariables) {
        return new Claim(lhs, rhs, assumptions, complexVariables, new Position(0, 1), new Position(0, lhs.length() + 4));
    }

    /**
     * A place in the user's input.
     *
     * @param line   1-based line, or 0 for a one-line input
     * @param column 1-based column
     */
    public record Position(int line, int column) {
        /** The position {@code offset} characters further on the same line (offset 1 is this one). */
        public Position plus(int offset) {
            return new Position(line, column + Math.max(offset, 1) - 1);
        }

        @Override
        public String toString() {
            return (line > 0 ? "line " + line + ", " : "") + "column " + column;
        }
    }
}

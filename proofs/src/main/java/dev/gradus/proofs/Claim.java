package dev.gradus.proofs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A claim lhs = rhs in the expression language (relaxed Symja syntax plus the project's
 * functions), and where its sides stand in the user's input so that errors can point there.
 *
 * @param lhs              the left-hand side
 * @param rhs              the right-hand side
 * @param assumptions      conditions such as "z &lt; 0" or "w >= 4" under which the claim is made
 * @param complexVariables variables that are complex; all others are real
 * @param lhsAt            where lhs starts in the input
 * @param rhsAt            where rhs starts in the input
 * @param strictDomains    whether a point in one side's domain and not the other's refutes the claim (by default
 *                         the claim is judged on the common domain, and such a point is a note)
 * @param notation         how the sides and assumptions are written
 * @param approximate      whether the step is written with ≈: its sides are numbers equal to the digits written
 */
public record Claim(String lhs, String rhs, List<String> assumptions, Set<String> complexVariables,
                    Position lhsAt, Position rhsAt, boolean strictDomains, Notation notation, boolean approximate) {
    public Claim {
        assumptions = List.copyOf(assumptions);
        complexVariables = Set.copyOf(complexVariables);
        notation = notation == null ? Notation.EXPRESSION : notation;
    }

    /** A claim in the expression language, judged on the common domain of its sides. */
    public Claim(String lhs, String rhs, List<String> assumptions, Set<String> complexVariables, Position lhsAt, Position rhsAt) {
        this(lhs, rhs, assumptions, complexVariables, lhsAt, rhsAt, false, Notation.EXPRESSION, false);
    }

    /** This claim, judged on both domains ({@code true}: a point in one side's domain only refutes it) or the common one. */
    public Claim withStrictDomains(boolean strict) {
        return new Claim(lhs, rhs, assumptions, complexVariables, lhsAt, rhsAt, strict, notation, approximate);
    }

    /** This claim, its sides and assumptions written in {@code notation}. */
    public Claim withNotation(Notation notation) {
        return new Claim(lhs, rhs, assumptions, complexVariables, lhsAt, rhsAt, strictDomains, notation, approximate);
    }

    /** This claim under {@code more} assumptions besides its own. */
    public Claim withAssumptions(List<String> more) {
        List<String> all = new ArrayList<>(assumptions);
        all.addAll(more);
        return new Claim(lhs, rhs, all, complexVariables, lhsAt, rhsAt, strictDomains, notation, approximate);
    }

    /** This claim, written with ≈ (or not). */
    public Claim withApproximate(boolean approx) {
        return new Claim(lhs, rhs, assumptions, complexVariables, lhsAt, rhsAt, strictDomains, notation, approx);
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

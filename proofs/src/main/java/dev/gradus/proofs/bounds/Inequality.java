package dev.gradus.proofs.bounds;

import java.util.List;

/**
 * A claim lhs REL rhs for every value of one real variable in an interval.
 *
 * @param lhs         left-hand side in the expression language
 * @param relation    one of {@code <}, {@code <=}, {@code >}, {@code >=}
 * @param rhs         right-hand side
 * @param variable    the variable that ranges over the domain
 * @param domain      where the claim is made
 * @param certificate optional: an expression C with (larger side - smaller side) = C, whose sign
 *                    can be read off its form (a square, an exponential, a product of such); null if none
 */
public record Inequality(String lhs, String relation, String rhs, String variable, Interval domain, String certificate) {
    public static final List<String> RELATIONS = List.of("<=", ">=", "<", ">");

    public Inequality {
        if (!RELATIONS.contains(relation)) {
            throw new IllegalArgumentException("not a relation: " + relation);
        }
    }

    public boolean strict() {
        return relation.length() == 1;
    }

    /** The smaller side's text (the one that is claimed to be below). */
    public String smaller() {
        return relation.startsWith("<") ? lhs : rhs;
    }

    public String larger() {
        return relation.startsWith("<") ? rhs : lhs;
    }

    @Override
    public String toString() {
        return lhs + " " + relation + " " + rhs + " for " + variable + " in " + domain;
    }
}

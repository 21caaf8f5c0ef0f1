package dev.gradus.proofs.catalogue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.bounds.Inequality;
import dev.gradus.proofs.bounds.Maximum;
import java.util.List;

/**
 * One checkable claim of a homework document, with the verdict each of its steps should get.
 * Exactly one of {@code steps} (an equality chain), {@code inequality} or {@code maximum} is set.
 *
 * @param document the seed document it comes from
 * @param label    a short name of the document, for tables
 * @param id       its name in the catalogue file
 * @param instance for a family ("for N = 2..10"), which member, e.g. "N=3"; else empty
 * @param says     what the document claims, in words
 * @param steps    the steps of an equality chain, or empty
 * @param expected one verdict per step (one for an inequality or a maximum)
 * @param line     where the claim starts in the catalogue file
 */
public record CatalogueEntry(String document, String label, String id, String instance, String says, List<Claim> steps,
                             Inequality inequality, Maximum maximum, List<Verdict> expected, int line) {
    public CatalogueEntry {
        steps = List.copyOf(steps);
        expected = List.copyOf(expected);
    }

    /** The id with its instance, as shown in tables: "chain-rule (N=3)". */
    public String name() {
        return instance.isEmpty() ? id : id + " (" + instance + ")";
    }

    /** How many verdicts checking it produces. */
    public int size() {
        return steps.isEmpty() ? 1 : steps.size();
    }
}

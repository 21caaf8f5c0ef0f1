package dev.gradus.proofs.latex;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import java.util.List;
import java.util.Map;

/**
 * What a document's display math holds: the steps of its equality chains, in order, and the
 * statements that were skipped because they relate their sides by something other than '='
 * ({@code \le}, {@code \in}, {@code \approx}, ...), so that the command line can say so, and the
 * equalities that could not be read, and by step index the steps that are not decided (they use a
 * name whose definition could not be read).
 */
public record LatexDocument(List<LatexStep> steps, List<Skipped> skipped, List<Unreadable> unreadable, Map<Integer, String> blocked) {
    public LatexDocument {
        steps = List.copyOf(steps);
        skipped = List.copyOf(skipped);
        unreadable = List.copyOf(unreadable);
        blocked = Map.copyOf(blocked);
    }

    /**
     * An equality that could not be read.
     *
     * @param latex the statement as written
     * @param at    where the statement starts
     * @param error what is wrong, and where (line and column in the document)
     */
    public record Unreadable(String latex, Claim.Position at, ParseError error) {}

    /**
     * A statement that is not checked.
     *
     * @param latex    the statement as written
     * @param reason   why: "not an equality (\le)"
     * @param at       where the statement starts
     */
    public record Skipped(String latex, String reason, Claim.Position at) {}
}

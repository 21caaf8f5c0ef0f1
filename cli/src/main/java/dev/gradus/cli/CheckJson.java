package dev.gradus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.latex.LatexDocument;
import java.util.List;

/** The JSON of a checked derivation: {@code check --json} and the web API's {@code /api/check}. */
public final class CheckJson {
    private CheckJson() {}

    /**
     * The whole report: the overall verdict and every step.
     *
     * @param sources each step as written in LaTeX, or fewer (none for plain text)
     * @param texts   each step's two sides as read, in LaTeX, or an empty list when unknown
     * @param skipped what a LaTeX document relates by something other than '=' (none for plain text)
     */
    public static ObjectNode report(Verdict overall, List<Claim> steps, List<String> sources, List<List<String>> texts,
                                    List<StepResult> results, List<LatexDocument.Skipped> skipped) {
        ObjectNode root = Json.object();
        root.put("verdict", overall.name());
        ArrayNode array = root.putArray("steps");
        for (int i = 0; i < results.size(); i++) {
            array.add(step(steps.get(i), i < sources.size() ? sources.get(i) : null, texts.get(i), results.get(i)));
        }
        ArrayNode notChecked = root.putArray("skipped");
        for (LatexDocument.Skipped s : skipped) {
            notChecked.addObject().put("latex", s.latex()).put("reason", s.reason()).put("line", s.at().line())
                    .put("column", s.at().column());
        }
        return root;
    }

    /** One step: its verdict, method, counterexample and message, the input, and where it is. */
    public static ObjectNode step(Claim claim, String source, List<String> tex, StepResult r) {
        ObjectNode step = Json.object();
        step.put("lhs", r.lhs());
        step.put("rhs", r.rhs());
        step.put("verdict", r.verdict().name());
        step.put("method", r.method());
        if (r.counterexample() == null) {
            step.putNull("counterexample");
        } else {
            ObjectNode point = step.putObject("counterexample");
            r.counterexample().forEach((name, value) -> Json.put(point, name, value));
        }
        step.put("message", r.message());
        r.notes().forEach(step.putArray("notes")::add);
        step.put("input", claim.lhs() + (claim.approximate() ? " ≈ " : " = ") + claim.rhs());
        if (source != null) {
            step.put("latex", source);
        }
        if (tex.size() == 2) {
            step.put("lhsTex", tex.get(0));
            step.put("rhsTex", tex.get(1));
        }
        // where the step's right-hand side starts: the new expression this step introduces
        step.put("line", claim.rhsAt().line());
        step.put("column", claim.rhsAt().column());
        return step;
    }
}

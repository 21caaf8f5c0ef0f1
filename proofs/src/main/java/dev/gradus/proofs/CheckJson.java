package dev.gradus.proofs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.proofs.latex.LatexDocument;

/**
 * The JSON of checked steps, the one form {@code gradus check --json}, {@code gradus proofs --json}
 * and the web API's {@code /api/check} share. A counterexample's non-finite coordinates are null
 * (JSON has no NaN).
 */
public final class CheckJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CheckJson() {}

    /** A whole derivation: {"verdict", "steps": [{@link #step}...], "skipped": [{latex, reason, line, column}...]}. */
    public static ObjectNode report(CheckedDerivation derivation) {
        ObjectNode root = NODES.objectNode();
        root.put("verdict", derivation.verdict().name());
        ArrayNode steps = root.putArray("steps");
        derivation.steps().forEach(s -> steps.add(step(s)));
        ArrayNode notChecked = root.putArray("skipped");
        for (LatexDocument.Skipped s : derivation.skipped()) {
            notChecked.addObject().put("latex", s.latex()).put("reason", s.reason()).put("line", s.at().line())
                    .put("column", s.at().column());
        }
        return root;
    }

    /** A step of a derivation: {@link #result its result}, the input, and where it is. */
    public static ObjectNode step(CheckedStep checked) {
        ObjectNode step = result(checked.result());
        Claim claim = checked.claim();
        step.put("input", claim.lhs() + (claim.approximate() ? " ≈ " : " = ") + claim.rhs());
        asRead(step, checked);
        return step;
    }

    /**
     * A step as read, before it is checked: its input, its LaTeX and typeset sides where there are
     * any, and where its right-hand side starts (the new expression the step introduces).
     */
    public static ObjectNode read(CheckedStep unchecked) {
        ObjectNode step = NODES.objectNode();
        Claim claim = unchecked.claim();
        step.put("input", claim.lhs() + (claim.approximate() ? " ≈ " : " = ") + claim.rhs());
        asRead(step, unchecked);
        return step;
    }

    private static void asRead(ObjectNode step, CheckedStep checked) {
        if (checked.source() != null) {
            step.put("latex", checked.source());
        }
        if (checked.tex().size() == 2) {
            step.put("lhsTex", checked.tex().get(0));
            step.put("rhsTex", checked.tex().get(1));
        }
        step.put("line", checked.claim().rhsAt().line());
        step.put("column", checked.claim().rhsAt().column());
    }

    /** A step's result alone: {"lhs", "rhs", "verdict", "method", "counterexample": {name: value} or null, "message", "notes"}. */
    public static ObjectNode result(StepResult r) {
        ObjectNode step = NODES.objectNode();
        step.put("lhs", r.lhs());
        step.put("rhs", r.rhs());
        step.put("verdict", r.verdict().name());
        step.put("method", r.method());
        if (r.counterexample() == null) {
            step.putNull("counterexample");
        } else {
            ObjectNode point = step.putObject("counterexample");
            r.counterexample().forEach((name, value) -> {
                if (Double.isFinite(value)) {
                    point.put(name, value);
                } else {
                    point.putNull(name);
                }
            });
        }
        step.put("message", r.message());
        r.notes().forEach(step.putArray("notes")::add);
        return step;
    }
}

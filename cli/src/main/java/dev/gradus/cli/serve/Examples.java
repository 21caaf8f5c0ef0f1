package dev.gradus.cli.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.cli.Json;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.catalogue.Catalogue;
import dev.gradus.proofs.catalogue.CatalogueEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The seed catalogue as examples for the page ({@code GET /api/examples}): every equality chain
 * of the homework documents, written as a derivation file that the text area accepts (its
 * {@code assume} and {@code complex} lines first), with the verdicts it should get. Inequalities
 * and maxima are left out: the page checks equalities.
 */
final class Examples {
    private Examples() {}

    static ArrayNode shipped() throws ParseError {
        ArrayNode examples = Json.MAPPER.createArrayNode();
        for (CatalogueEntry entry : Catalogue.shipped()) {
            if (entry.steps().isEmpty()) {
                continue;
            }
            ObjectNode example = examples.addObject();
            example.put("document", entry.label());
            example.put("name", entry.name());
            example.put("says", entry.says());
            example.put("text", derivation(entry.steps()));
            ArrayNode expected = example.putArray("expected");
            entry.expected().forEach(v -> expected.add(v.name()));
        }
        return examples;
    }

    /** The steps as lines: a chain continues with "= ..." while each step starts where the last ended. */
    static String derivation(List<Claim> steps) {
        StringBuilder text = new StringBuilder();
        Set<String> assumptions = new LinkedHashSet<>();
        Set<String> complex = new LinkedHashSet<>();
        steps.forEach(s -> {
            assumptions.addAll(s.assumptions());
            complex.addAll(s.complexVariables());
        });
        assumptions.forEach(a -> text.append("assume ").append(a).append('\n'));
        if (!complex.isEmpty()) {
            text.append("complex ").append(String.join(", ", complex)).append('\n');
        }
        List<String> lines = new ArrayList<>();
        String previous = null;
        for (Claim step : steps) {
            if (step.lhs().equals(previous)) {
                lines.add("  = " + step.rhs());
            } else {
                lines.add(step.lhs() + " = " + step.rhs());
            }
            previous = step.rhs();
        }
        return text.append(String.join("\n", lines)).toString();
    }
}

package dev.gradus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.proofs.Calculus;
import java.util.List;

/** The JSON of symbolic partial derivatives: {@code derive --json} and the web API's {@code /api/derive}. */
public final class DeriveJson {
    private DeriveJson() {}

    public static ObjectNode of(String expression, List<Calculus.Partial> partials) {
        ObjectNode root = Json.object();
        root.put("expression", expression);
        ObjectNode derivatives = root.putObject("derivatives");
        ObjectNode latex = root.putObject("tex");
        for (Calculus.Partial p : partials) {
            derivatives.put(p.variable(), p.expression());
            latex.put(p.variable(), p.tex());
        }
        return root;
    }
}

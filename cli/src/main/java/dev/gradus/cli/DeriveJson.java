package dev.gradus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.proofs.calculus.Calculus;
import java.util.List;

/** The JSON of symbolic partial derivatives: {@code derive --json} and the web API's {@code /api/derive}. */
public final class DeriveJson {
    private DeriveJson() {}

    /** {@code order}: 1 for first derivatives, 2 for d^2/dx^2 by each variable. */
    public static ObjectNode of(String expression, int order, List<Calculus.Partial> partials) {
        ObjectNode root = Json.object();
        root.put("expression", expression);
        root.put("order", order);
        ObjectNode derivatives = root.putObject("derivatives");
        ObjectNode latex = root.putObject("tex");
        for (Calculus.Partial p : partials) {
            derivatives.put(p.variable(), p.expression());
            latex.put(p.variable(), p.tex());
        }
        return root;
    }
}

package dev.gradus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.Wirtinger;
import dev.gradus.proofs.calculus.RealGradient;
import dev.gradus.proofs.calculus.RealHessian;
import dev.gradus.proofs.calculus.WirtingerGradient;

/**
 * The JSON of a gradient compared three ways (tape, central differences, Symja): {@code grad
 * --json} and the web API's {@code /api/grad}. For complex variables each entry is the Wirtinger
 * pair, and for a real-valued expression also {@code grad} = dL/dx + i dL/dy = 2 dL/dzbar. For real
 * variables, {@code differenceNotes} says where the differences are no check (a kink). With
 * {@code --hessian}, the Hessian three ways as matrices (rows of the variables' order).
 */
public final class GradJson {
    private GradJson() {}

    public static ObjectNode of(RealGradient g) {
        ObjectNode root = Json.object();
        root.put("expression", g.expression());
        Json.put(root, "value", g.value());
        ObjectNode tape = root.putObject("gradient");
        ObjectNode fd = root.putObject("finiteDifference");
        ObjectNode symbolic = root.putObject("symbolic");
        for (int i = 0; i < g.variables().size(); i++) {
            Json.put(tape, g.variables().get(i), g.tape()[i]);
            Json.put(fd, g.variables().get(i), g.finiteDifference()[i]);
            Json.put(symbolic, g.variables().get(i), g.symbolic()[i]);
        }
        ObjectNode notes = root.putObject("differenceNotes");
        for (int i = 0; i < g.variables().size(); i++) {
            if (!g.differenceNotes().get(i).isEmpty()) {
                notes.put(g.variables().get(i), g.differenceNotes().get(i));
            }
        }
        Json.put(root, "maxRelError", g.maxRelError());
        return root;
    }

    public static ObjectNode of(WirtingerGradient g) {
        ObjectNode root = Json.object();
        root.put("expression", g.expression());
        complex(root, "value", g.value());
        root.put("realValued", g.realValued());
        ObjectNode tape = root.putObject("gradient");
        ObjectNode fd = root.putObject("finiteDifference");
        ObjectNode symbolic = root.putObject("symbolic");
        for (int i = 0; i < g.variables().size(); i++) {
            String v = g.variables().get(i);
            pair(tape.putObject(v), g.tape().get(i), g.realValued());
            pair(fd.putObject(v), g.finiteDifference().get(i), g.realValued());
            pair(symbolic.putObject(v), g.symbolic().get(i), g.realValued());
        }
        Json.put(root, "maxRelError", g.maxRelError());
        return root;
    }

    public static ObjectNode of(RealHessian h) {
        ObjectNode root = Json.object();
        root.put("expression", h.expression());
        ArrayNode variables = root.putArray("variables");
        h.variables().forEach(variables::add);
        ObjectNode at = root.putObject("point");
        for (int i = 0; i < h.variables().size(); i++) {
            Json.put(at, h.variables().get(i), h.point()[i]);
        }
        Json.put(root, "value", h.value());
        ObjectNode gradient = root.putObject("gradient");
        for (int i = 0; i < h.variables().size(); i++) {
            Json.put(gradient, h.variables().get(i), h.gradient()[i]);
        }
        matrix(root.putArray("hessian"), h.tape());
        matrix(root.putArray("finiteDifference"), h.finiteDifference());
        matrix(root.putArray("symbolic"), h.symbolic());
        Json.put(root, "maxRelError", h.maxRelError());
        Json.put(root, "asymmetry", h.asymmetry());
        return root;
    }

    private static void matrix(ArrayNode rows, double[][] m) {
        for (double[] row : m) {
            ArrayNode r = rows.addArray();
            for (double x : row) {
                if (Double.isFinite(x)) {
                    r.add(x);
                } else {
                    r.addNull();
                }
            }
        }
    }

    private static void pair(ObjectNode node, Wirtinger w, boolean realValued) {
        complex(node, "dz", w.dz());
        complex(node, "dzbar", w.dzbar());
        if (realValued) {
            complex(node, "grad", w.gradient());
        } else {
            node.putNull("grad");
        }
    }

    private static void complex(ObjectNode parent, String field, Complex c) {
        ObjectNode node = parent.putObject(field);
        Json.put(node, "re", c.re());
        Json.put(node, "im", c.im());
    }
}

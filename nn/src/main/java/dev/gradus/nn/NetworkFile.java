package dev.gradus.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A network saved as network2.py saves it, so that either can read the other's files: JSON with
 * "sizes", "weights" (per layer, out rows of in columns), "biases" (per layer, a column: one
 * single-element list per neuron) and "cost" ("CrossEntropyCost", ...), plus "activations" (the
 * hidden layers', which network2 does not have: sigmoid when absent) and "skips" (the skip
 * connections as [from, to] pairs, only when there are some). Saving writes a temporary
 * file beside the target and moves it into place atomically, so that a crash mid-save leaves the
 * previous file as it was.
 */
public final class NetworkFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkFile() {}

    public static void save(Network network, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        int[] sizes = network.sizes();
        ArrayNode s = root.putArray("sizes");
        for (int n : sizes) {
            s.add(n);
        }
        ArrayNode weights = root.putArray("weights");
        ArrayNode biases = root.putArray("biases");
        for (int l = 0; l < network.layers(); l++) {
            double[] w = network.weightsOf(l);
            ArrayNode layer = weights.addArray();
            for (int r = 0; r < sizes[l + 1]; r++) {
                ArrayNode row = layer.addArray();
                for (int c = 0; c < sizes[l]; c++) {
                    row.add(w[r * sizes[l] + c]);
                }
            }
            ArrayNode column = biases.addArray();
            for (double b : network.biasesOf(l)) {
                column.addArray().add(b);
            }
        }
        root.put("cost", network.costFunction().network2Name());
        ArrayNode activations = root.putArray("activations");
        for (UnaryFunction f : network.hiddenActivations()) {
            activations.add(f.symbol());
        }
        List<int[]> skips = network.skips();
        if (!skips.isEmpty()) {
            ArrayNode pairs = root.putArray("skips");
            for (int[] skip : skips) {
                pairs.addArray().add(skip[0]).add(skip[1]);
            }
        }
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        try {
            JSON.writeValue(temporary.toFile(), root);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads a saved network; a file that is not one is an IOException saying what is wrong. */
    public static Network load(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not a JSON network file: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        try {
            int[] sizes = ints(root.required("sizes"));
            Cost cost = Cost.parse(root.required("cost").asText());
            List<UnaryFunction> hidden = new ArrayList<>();
            JsonNode activations = root.path("activations");
            for (int l = 0; l < sizes.length - 2; l++) {
                String name = activations.isArray() && activations.size() > l ? activations.get(l).asText() : "sigmoid";
                hidden.add(ElementaryFunctions.byName(name).filter(UnaryFunction.class::isInstance).map(UnaryFunction.class::cast)
                        .orElseThrow(() -> new IllegalArgumentException("unknown activation " + name)));
            }
            Network network = new Network(sizes, hidden.isEmpty() ? new UnaryFunction[0] : hidden.toArray(UnaryFunction[]::new),
                    cost, Initializer.NETWORK2_DEFAULT, 0);
            for (int l = 0; l < sizes.length - 1; l++) {
                JsonNode w = root.required("weights").get(l);
                JsonNode b = root.required("biases").get(l);
                if (w == null || b == null) {
                    throw new IllegalArgumentException("layer " + (l + 1) + " is missing");
                }
                network.setParameters(l, matrix(w, sizes[l + 1], sizes[l], "weights of layer " + (l + 1)),
                        matrix(b, sizes[l + 1], 1, "biases of layer " + (l + 1)));
            }
            for (JsonNode skip : root.path("skips")) {
                if (skip.size() != 2 || !skip.get(0).isInt() || !skip.get(1).isInt()) {
                    throw new IllegalArgumentException("a skip connection is [from, to], not " + skip);
                }
                network.skip(skip.get(0).asInt(), skip.get(1).asInt());
            }
            return network;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a network file: " + e.getMessage(), e);
        }
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static double[] matrix(JsonNode rows, int r, int c, String what) {
        if (rows.size() != r) {
            throw new IllegalArgumentException(what + ": " + rows.size() + " rows, expected " + r);
        }
        double[] out = new double[r * c];
        for (int i = 0; i < r; i++) {
            JsonNode row = rows.get(i);
            if (row.size() != c) {
                throw new IllegalArgumentException(what + ": row " + (i + 1) + " has " + row.size() + " values, expected " + c);
            }
            for (int j = 0; j < c; j++) {
                if (!row.get(j).isNumber()) {
                    throw new IllegalArgumentException(what + ": row " + (i + 1) + " holds " + row.get(j) + ", not a number");
                }
                out[i * c + j] = row.get(j).asDouble();
            }
        }
        return out;
    }
}

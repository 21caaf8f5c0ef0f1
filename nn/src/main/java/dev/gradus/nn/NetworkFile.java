package dev.gradus.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A network saved as network2.py saves it, so that either can read the other's files: JSON with
 * "sizes", "weights" (per layer, out rows of in columns), "biases" (per layer, a column: one
 * single-element list per neuron) and "cost" ("CrossEntropyCost", ...), plus what network2 does
 * not have: "activations" (the hidden layers' names as {@link Activation#parse} reads them;
 * sigmoid when absent) and "activation_parameters" (per hidden layer, what its activation learned:
 * prelu's slope per unit, an empty list for the others). A maxout layer of n units with k pieces
 * has k n rows of weights and biases. "skips" lists the skip connections as [from, to] pairs,
 * only when there are some. Saving writes a temporary
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
            for (int r = 0; r < w.length / sizes[l]; r++) {
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
        ArrayNode learned = root.putArray("activation_parameters");
        Activation[] hidden = network.hiddenActivations();
        for (int l = 0; l < hidden.length; l++) {
            activations.add(hidden[l].name());
            ArrayNode values = learned.addArray();
            for (double v : network.activationParametersOf(l)) {
                values.add(v);
            }
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
            List<Activation> hidden = new ArrayList<>();
            JsonNode activations = root.path("activations");
            for (int l = 0; l < sizes.length - 2; l++) {
                hidden.add(Activation.parse(activations.isArray() && activations.size() > l ? activations.get(l).asText() : "sigmoid"));
            }
            Network network = new Network(sizes, hidden.toArray(Activation[]::new), cost, Initializer.NETWORK2_DEFAULT, 0);
            JsonNode learned = root.path("activation_parameters");
            for (int l = 0; l < sizes.length - 1; l++) {
                JsonNode w = root.required("weights").get(l);
                JsonNode b = root.required("biases").get(l);
                if (w == null || b == null) {
                    throw new IllegalArgumentException("layer " + (l + 1) + " is missing");
                }
                int rows = network.weightsOf(l).length / sizes[l];
                network.setParameters(l, matrix(w, rows, sizes[l], "weights of layer " + (l + 1)),
                        matrix(b, rows, 1, "biases of layer " + (l + 1)));
                int count = network.activationParametersOf(l).length;
                if (count > 0) {
                    JsonNode values = learned.path(l);
                    if (values.size() != count) {
                        throw new IllegalArgumentException("layer " + (l + 1) + "'s " + hidden.get(l).name() + " needs "
                                + count + " activation parameters, the file has " + values.size());
                    }
                    network.setActivationParameters(l, vector(values, "activation parameters of layer " + (l + 1)));
                }
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

    private static double[] vector(JsonNode values, String what) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            if (!values.get(i).isNumber()) {
                throw new IllegalArgumentException(what + ": " + values.get(i) + " is not a number");
            }
            out[i] = values.get(i).asDouble();
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

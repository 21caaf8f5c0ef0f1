package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkFileTest {
    @Test
    void aSavedNetworkHasNetwork2sKeysAndLoadsBackExactly(@TempDir Path dir) throws IOException {
        Network net = new Network(new int[] {3, 4, 2}, new UnaryFunction[] {UnaryFunction.TANH}, Cost.CROSS_ENTROPY,
                Initializer.NETWORK2_DEFAULT, 8);
        Path file = dir.resolve("net.json");
        NetworkFile.save(net, file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("[3,4,2]", json.get("sizes").toString());
        assertEquals("CrossEntropyCost", json.get("cost").asText());
        assertEquals(4, json.get("weights").get(0).size(), "layer 1: 4 rows (out) ...");
        assertEquals(3, json.get("weights").get(0).get(0).size(), "... of 3 columns (in)");
        assertEquals(1, json.get("biases").get(1).get(0).size(), "biases are columns, as numpy saves them");
        Network back = NetworkFile.load(file);
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(net.weightsOf(l), back.weightsOf(l), 0.0);
            assertArrayEquals(net.biasesOf(l), back.biasesOf(l), 0.0);
        }
        assertEquals(Activation.of(UnaryFunction.TANH), back.hiddenActivations()[0]);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void skipConnectionsAreSavedAndComeBack(@TempDir Path dir) throws IOException {
        Network net = new Network(new int[] {4, 4, 4, 4}, new UnaryFunction[] {UnaryFunction.TANH}, Cost.QUADRATIC,
                Initializer.NETWORK2_DEFAULT, 3).skip(1, 3).skip(0, 2);
        Path file = dir.resolve("skips.json");
        NetworkFile.save(net, file);
        Network back = NetworkFile.load(file);
        assertEquals("[[0, 2], [1, 3]]", back.skips().stream().map(java.util.Arrays::toString).toList().toString());
        Path plain = dir.resolve("plain.json");
        NetworkFile.save(new Network(new int[] {4, 4}, new UnaryFunction[0], Cost.QUADRATIC, Initializer.NETWORK2_DEFAULT, 3), plain);
        assertTrue(!Files.readString(plain).contains("skips"), "network2's keys only when there is no skip");
    }

    @Test
    void preluSlopesMaxoutPiecesAndRreluBoundsSurviveARoundTrip(@TempDir Path dir) throws IOException {
        Activation[] hidden = {Activation.PRELU, new Activation.Maxout(3), new Activation.RandomizedLeakyRelu(0.05, 0.4), Activation.SWISH};
        Network net = new Network(new int[] {3, 4, 5, 2, 3, 2}, hidden, Cost.LOG_LIKELIHOOD, Initializer.HE, 4);
        net.setActivationParameters(0, new double[] {0.1, 0.2, 0.3, -0.4});
        Path file = dir.resolve("net.json");
        NetworkFile.save(net, file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("[\"prelu\",\"maxout:3\",\"rrelu:0.05,0.4\",\"swish\"]", json.get("activations").toString());
        assertEquals("[[0.1,0.2,0.3,-0.4],[],[],[]]", json.get("activation_parameters").toString());
        assertEquals(15, json.get("weights").get(1).size(), "maxout: 3 pieces x 5 units rows");
        Network back = NetworkFile.load(file);
        assertArrayEquals(hidden, back.hiddenActivations());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, -0.4}, back.activationParametersOf(0), 0.0);
        for (int l = 0; l < net.layers(); l++) {
            assertArrayEquals(net.weightsOf(l), back.weightsOf(l), 0.0);
            assertArrayEquals(net.biasesOf(l), back.biasesOf(l), 0.0);
        }
        Files.writeString(file, Files.readString(file).replace("[0.1,0.2,0.3,-0.4]", "[0.1]"));
        IOException e = assertThrows(IOException.class, () -> NetworkFile.load(file));
        assertTrue(e.getMessage().contains("prelu needs 4 activation parameters, the file has 1"), e.getMessage());
    }

    @Test
    void aFileThatIsNotANetworkIsRejectedWithAReason(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"sizes\": [3, 2], \"cost\": \"CrossEntropyCost\", "
                + "\"weights\": [[[1, 2, 3], [4, 5]]], \"biases\": [[[0], [0]]]}");
        IOException e = assertThrows(IOException.class, () -> NetworkFile.load(broken));
        assertTrue(e.getMessage().contains("row 2 has 2 values, expected 3"), e.getMessage());
        Path notJson = Files.writeString(dir.resolve("x.json"), "{\"sizes\": [3, ");
        assertThrows(IOException.class, () -> NetworkFile.load(notJson));
    }

    @Test
    void savingOverAFileReplacesItInOneMove(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "previous");
        Network net = new Network(new int[] {2, 2}, new UnaryFunction[0], Cost.QUADRATIC, Initializer.HE, 1);
        NetworkFile.save(net, file);
        assertTrue(Files.readString(file).startsWith("{\"sizes\""), Files.readString(file));
        IOException e = assertThrows(IOException.class, () -> NetworkFile.save(net, dir.resolve("missing").resolve("net.json")));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only net.json: the temporary file was moved, not copied");
        }
    }
}

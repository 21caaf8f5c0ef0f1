package dev.gradus.cli;

import static dev.gradus.cli.CommandRun.gradus;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.nn.NetworkFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gradus train on the shipped 8x8 digits: the epoch lines, the files it writes, and bad input. */
class TrainCommandTest {

    @Test
    void trainingPrintsAnEpochPerLineAndWritesHistoryPlotAndModel(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("history.csv");
        Path json = dir.resolve("history.json");
        Path png = dir.resolve("accuracy.png");
        Path model = dir.resolve("net.json");
        CommandRun run = gradus("train", "--data", "optdigits", "--sizes", "64,30,10", "--eta", "0.5", "--epochs", "8",
                "--history", csv.toString(), "--plot", png.toString(), "--save", model.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        long epochLines = run.out().lines().filter(l -> l.startsWith("epoch ")).count();
        assertEquals(8, epochLines, run.out());
        assertTrue(run.out().contains("test accuracy"), run.out());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("epoch,training_seconds,training_cost,training_accuracy,evaluation_cost,evaluation_accuracy", rows.get(0));
        assertEquals(9, rows.size());
        double lastAccuracy = Double.parseDouble(rows.get(8).split(",")[5]);
        assertTrue(lastAccuracy > 0.9, "the 8x8 digits are easy: " + rows.get(8));
        byte[] image = Files.readAllBytes(png);
        assertEquals((byte) 0x89, image[0]);
        assertEquals('P', image[1], "a PNG");
        JsonNode saved = Json.MAPPER.readTree(model.toFile());
        assertEquals("CrossEntropyCost", saved.get("cost").asText());
        gradus("train", "--data", "optdigits", "--epochs", "2", "--history", json.toString());
        assertEquals(2, Json.MAPPER.readTree(json.toFile()).size());
    }

    @Test
    void aCorruptedIdxFileIsAOneLineErrorWithExitTwo(@TempDir Path dir) throws Exception {
        byte[] header = {0, 0, 8, 1, 0, 0, 0, 2}; // a label file's magic where images belong
        Files.write(dir.resolve("train-images-idx3-ubyte"), header);
        Files.write(dir.resolve("train-labels-idx1-ubyte"), header);
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), header);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), header);
        CommandRun run = gradus("train", "--data", dir.toString(), "--epochs", "1");
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("gradus train: "), run.err());
    }

    @Test
    void everyActivationOfTheSlidesTrainsAndSavesALoadableNetwork(@TempDir Path dir) throws Exception {
        List<List<String>> activations = List.of(List.of("sigmoid"), List.of("tanh"), List.of("softsign"), List.of("hardtanh"),
                List.of("relu"), List.of("leakyrelu"), List.of("elu"), List.of("selu"), List.of("softplus"), List.of("swish"),
                List.of("prelu"), List.of("rrelu"), List.of("maxout", "--pieces", "3"));
        for (List<String> activation : activations) {
            Path model = dir.resolve(activation.get(0) + ".json");
            List<String> args = new java.util.ArrayList<>(List.of("train", "--data", "optdigits", "--eta", "0.1", "--epochs", "2",
                    "--monitor", "evaluation", "--save", model.toString(), "--activation"));
            args.addAll(activation);
            CommandRun run = gradus(args.toArray(String[]::new));
            assertEquals(0, run.status(), activation + ": " + run.out() + run.err());
            double accuracy = Double.parseDouble(run.out().replaceAll("(?s).*final test accuracy ([0-9.]+)%.*", "$1"));
            assertTrue(accuracy > 50, activation + " learns something in two epochs: " + run.out());
            dev.gradus.nn.Network back = dev.gradus.nn.NetworkFile.load(model);
            String expected = activation.get(0).equals("maxout") ? "maxout:3" : activation.get(0);
            assertEquals(expected, back.hiddenActivations()[0].name());
        }
    }

    @Test
    void anUnknownActivationOrPiecesWithoutMaxoutAreUsageErrors() {
        CommandRun unknown = gradus("train", "--data", "optdigits", "--activation", "relu6", "--epochs", "1");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown activation 'relu6'") && unknown.err().contains("maxout"), unknown.err());
        CommandRun pieces = gradus("train", "--data", "optdigits", "--activation", "relu", "--pieces", "3", "--epochs", "1");
        assertEquals(2, pieces.status());
        assertTrue(pieces.err().contains("--pieces goes with --activation maxout"), pieces.err());
        CommandRun zero = gradus("train", "--data", "optdigits", "--activation", "maxout", "--pieces", "0", "--epochs", "1");
        assertEquals(2, zero.status());
        assertTrue(zero.err().contains("maxout needs at least one piece"), zero.err());
    }

    @Test
    void sizesThatDoNotFitTheDataAreAUsageError() {
        CommandRun run = gradus("train", "--data", "optdigits", "--sizes", "784,30,10", "--epochs", "1");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--sizes must start with the 64 inputs"), run.err());
    }

    @Test
    void aTrainingSizeBeyondTheDataIsAUsageError() {
        for (String size : new String[] {"0", "1398"}) {
            CommandRun run = gradus("train", "--data", "optdigits", "--train-size", size, "--epochs", "1");
            assertEquals(2, run.status(), size);
            assertTrue(run.err().contains("--train-size is from 1 to the 1397 training samples of optdigits, not " + size), run.err());
        }
    }

    @Test
    void everyLearningRuleTrainsAndBadRulesAreUsageErrors() {
        for (String rule : new String[] {"momentum", "vario-eta", "adam"}) {
            double eta = rule.equals("momentum") ? 0.05 : rule.equals("adam") ? 0.003 : 0.01;
            CommandRun run = gradus("train", "--data", "optdigits", "--optimizer", rule, "--eta", String.valueOf(eta), "--epochs", "3",
                    "--batch", "20");
            assertEquals(0, run.status(), run.out() + run.err());
            assertTrue(run.out().contains(rule + ", eta"), run.out());
        }
        CommandRun unknown = gradus("train", "--data", "optdigits", "--optimizer", "rmsprop", "--epochs", "1");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown --optimizer 'rmsprop': one of sgd, momentum, vario-eta, adam"), unknown.err());
        CommandRun single = gradus("train", "--data", "optdigits", "--optimizer", "vario-eta", "--batch", "1", "--epochs", "1");
        assertEquals(2, single.status());
        assertTrue(single.err().contains("--optimizer vario-eta needs --batch 2 or more"), single.err());
    }

    @Test
    void outputFilesThatCannotBeWrittenAreRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("net.json");
        CommandRun save = gradus("train", "--data", "optdigits", "--epochs", "1", "--save", missing.toString());
        assertEquals(2, save.status());
        assertTrue(save.err().contains("cannot write --save " + missing + ": the folder " + missing.getParent() + " does not exist"),
                save.err());
        assertFalse(save.out().contains("epoch"), "refused before training: " + save.out());
        CommandRun history = gradus("train", "--data", "optdigits", "--epochs", "1", "--history", dir.resolve("h.txt").toString());
        assertEquals(2, history.status());
        assertTrue(history.err().contains("--history wants a .csv or .json file"), history.err());
        Path folder = Files.createDirectory(dir.resolve("plot.png"));
        CommandRun plot = gradus("train", "--data", "optdigits", "--epochs", "1", "--plot", folder.toString());
        assertEquals(2, plot.status());
        assertTrue(plot.err().contains("cannot write --plot " + folder + ": " + folder + " is a folder"), plot.err());
    }

    @Test
    void aFileThatCannotBeWrittenAfterTrainingDoesNotCostTheOthers(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("net.json");
        Path csv = dir.resolve("history.csv");
        // No epoch, so no plot; the network and the (empty) history are still written.
        CommandRun run = gradus("train", "--data", "optdigits", "--epochs", "0", "--plot", dir.resolve("a.png").toString(),
                "--save", net.toString(), "--history", csv.toString());
        assertEquals(2, run.status());
        assertEquals("gradus train: cannot write " + dir.resolve("a.png") + ": no epoch to plot", run.err().strip());
        assertArrayEquals(new int[] {64, 30, 10}, NetworkFile.load(net).sizes());
        assertEquals(1, Files.readAllLines(csv).size(), "the header only");
    }

    @Test
    void aRunThatDivergesSavesTheNetworkOfItsLastGoodEpoch(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("net.json");
        // L2's decay 1 - eta lambda / n is then about -1e297: the weights overflow in the first epoch.
        CommandRun run = gradus("train", "--data", "optdigits", "--eta", "1e300", "--lambda", "1", "--epochs", "3",
                "--save", net.toString());
        assertEquals(1, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("eta 1.0E300, lambda 1,"), run.out());
        assertTrue(run.err().contains("training diverged in epoch 1"), run.err());
        assertTrue(NetworkFile.load(net).firstNonFiniteLayer() == 0, "the network as it started, all finite");
    }
}

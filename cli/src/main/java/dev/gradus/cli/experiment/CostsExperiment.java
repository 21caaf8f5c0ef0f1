package dev.gradus.cli.experiment;

import dev.gradus.nn.Cost;
import dev.gradus.nn.EpochResult;
import dev.gradus.nn.TrainingDiverged;
import dev.gradus.nn.data.DataSetException;
import dev.gradus.nn.data.DataSets;
import dev.gradus.nn.data.Split;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Aufgabe 25 (a): the quadratic cost with eta = 3 against cross-entropy with eta = 0.5, accuracy per epoch. */
@Command(name = "costs", mixinStandardHelpOptions = true,
        description = {"Aufgabe 25 (a): network2 [784,30,10] with the quadratic cost (eta 3) and with cross-entropy"
                + " (eta 0.5), mini-batch 10, no L2: training and test accuracy per epoch (accuracy.png,"
                + " accuracy.csv)."})
final class CostsExperiment implements Callable<Integer> {
    @Mixin
    ExperimentFiles files;

    @Option(names = "--data", defaultValue = DataSets.MNIST_10K, paramLabel = "NAME|DIR", description = "default: ${DEFAULT-VALUE}")
    String data;

    @Option(names = "--epochs", defaultValue = "30", description = "default: ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Both runs: the quadratic cost's, then cross-entropy's. */
    record Result(List<EpochResult> quadratic, List<EpochResult> crossEntropy) {}

    static Result run(Split split, int epochs, long seed) throws TrainingDiverged {
        return new Result(Network2Runs.train(split.train(), split.test(), Cost.QUADRATIC, 3.0, 0, epochs, seed),
                Network2Runs.train(split.train(), split.test(), Cost.CROSS_ENTROPY, 0.5, 0, epochs, seed));
    }

    @Override
    public Integer call() throws DataSetException, TrainingDiverged {
        if (epochs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--epochs must be at least 1");
        }
        Split split = DataSets.open(data);
        Path dir = files.folder("costs");
        Result r = run(split, epochs, seed);
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            EpochResult q = r.quadratic().get(e);
            EpochResult c = r.crossEntropy().get(e);
            rows.add(new double[] {e + 1, 100 * q.trainingAccuracy(), 100 * q.evaluationAccuracy(),
                100 * c.trainingAccuracy(), 100 * c.evaluationAccuracy()});
        }
        ExperimentFiles.csv(dir, "accuracy.csv", List.of("epoch", "quadratic_training", "quadratic_test",
                "cross_entropy_training", "cross_entropy_test"), rows);
        double[] x = Network2Runs.epochs(r.quadratic());
        new LinePlot("network2 on " + data + ": quadratic (eta 3) vs cross-entropy (eta 0.5)", "epoch", "accuracy (%)")
                .line("quadratic, training", x, column(rows, 1))
                .line("quadratic, test", x, column(rows, 2))
                .line("cross-entropy, training", x, column(rows, 3))
                .line("cross-entropy, test", x, column(rows, 4))
                .save(dir.resolve("accuracy.png"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "quadratic cost, eta 3:    test accuracy %.2f%% after epoch 1, %.2f%% at the end, best %.2f%%%n",
                100 * r.quadratic().get(0).evaluationAccuracy(), 100 * Network2Runs.last(r.quadratic()), 100 * Network2Runs.best(r.quadratic()));
        out.printf(Locale.ROOT, "cross-entropy, eta 0.5:   test accuracy %.2f%% after epoch 1, %.2f%% at the end, best %.2f%%%n",
                100 * r.crossEntropy().get(0).evaluationAccuracy(), 100 * Network2Runs.last(r.crossEntropy()), 100 * Network2Runs.best(r.crossEntropy()));
        out.println("wrote " + dir.resolve("accuracy.csv") + " and " + dir.resolve("accuracy.png"));
        return 0;
    }

    static double[] column(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(row -> row[i]).toArray();
    }
}

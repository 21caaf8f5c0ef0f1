package dev.gradus.cli.experiment;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.Cost;
import dev.gradus.nn.DeadUnits;
import dev.gradus.nn.EpochResult;
import dev.gradus.nn.Initializer;
import dev.gradus.nn.Network;
import dev.gradus.nn.Sgd;
import dev.gradus.nn.TrainingDiverged;
import dev.gradus.nn.data.DataSet;
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

/**
 * The slides' dying-relu claim: with a large learning rate, over 40% of a relu network's units may
 * die (output 0 for every training sample, so that no gradient reaches them again); a smaller
 * learning rate kills far fewer. The same network, data and shuffles trained with both rates; the
 * dead fraction measured on the training set before training and after every epoch.
 */
@Command(name = "dying-relu", mixinStandardHelpOptions = true,
        description = {"The slides' dying relu: [784,H,10] relu networks (He initialisation, softmax and"
                + " log-likelihood, mini-batch 10) trained with a large and a small learning rate; the fraction of"
                + " hidden units that never fire on the training set, per epoch (dead.png, accuracy.png,"
                + " dying-relu.csv)."})
final class DyingReluExperiment implements Callable<Integer> {
    @Mixin
    ExperimentFiles files;

    @Option(names = "--data", defaultValue = DataSets.MNIST_10K, paramLabel = "NAME|DIR", description = "default: ${DEFAULT-VALUE}")
    String data;

    @Option(names = "--hidden", defaultValue = "100", description = "hidden units (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--large-eta", defaultValue = "0.7", description = "the large learning rate (default: ${DEFAULT-VALUE})")
    double largeEta;

    @Option(names = "--small-eta", defaultValue = "0.01", description = "the small learning rate (default: ${DEFAULT-VALUE})")
    double smallEta;

    @Option(names = "--epochs", defaultValue = "10", description = "default: ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * One run: the dead fraction before training (index 0) and after each epoch (index e), and the
     * epochs' monitoring (test accuracy).
     */
    record Run(double eta, double[] dead, List<EpochResult> epochs) {
        double finalDead() {
            return dead[dead.length - 1];
        }
    }

    record Result(Run large, Run small) {}

    static Result run(DataSet training, DataSet test, int hidden, double largeEta, double smallEta, int epochs, long seed)
            throws TrainingDiverged {
        return new Result(train(training, test, hidden, largeEta, epochs, seed), train(training, test, hidden, smallEta, epochs, seed));
    }

    private static Run train(DataSet training, DataSet test, int hidden, double eta, int epochs, long seed) throws TrainingDiverged {
        Network network = new Network(new int[] {training.d(), hidden, DataSet.MNIST_CLASSES}, new UnaryFunction[] {UnaryFunction.RELU},
                Cost.LOG_LIKELIHOOD, Initializer.HE, seed);
        DeadUnits detector = new DeadUnits(MatrixKernels.best());
        double[] dead = new double[epochs + 1];
        dead[0] = detector.count(network, training).fraction();
        List<EpochResult> results = new ArrayList<>();
        new Sgd(new Sgd.Settings(eta, 0, 10, epochs, seed + 1), MatrixKernels.best()).train(network, training, test,
                Sgd.Monitoring.EVALUATION_ACCURACY, r -> {
                    results.add(r);
                    dead[r.epoch()] = detector.count(network, training).fraction();
                }, batch -> { });
        return new Run(eta, dead, results);
    }

    @Override
    public Integer call() throws DataSetException, TrainingDiverged {
        if (epochs < 1 || hidden < 1 || !(largeEta > 0) || !(smallEta > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --epochs >= 1, --hidden >= 1 and learning rates > 0");
        }
        Split split = DataSets.open(data);
        Path dir = files.folder("dying-relu");
        Result r = run(split.train(), split.test(), hidden, largeEta, smallEta, epochs, seed);
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e <= epochs; e++) {
            rows.add(new double[] {e, 100 * r.large().dead()[e], 100 * r.small().dead()[e],
                e == 0 ? Double.NaN : 100 * r.large().epochs().get(e - 1).evaluationAccuracy(),
                e == 0 ? Double.NaN : 100 * r.small().epochs().get(e - 1).evaluationAccuracy()});
        }
        ExperimentFiles.csv(dir, "dying-relu.csv", List.of("epoch", "dead_percent_large_eta", "dead_percent_small_eta",
                "test_accuracy_large_eta", "test_accuracy_small_eta"), rows);
        double[] x = CostsExperiment.column(rows, 0);
        String large = "eta " + largeEta;
        String small = "eta " + smallEta;
        new LinePlot("dead relu units of [" + split.train().d() + "," + hidden + ",10] on " + data + " (training set)", "epoch",
                "units that never fire (%)")
                .line(large, x, CostsExperiment.column(rows, 1))
                .line(small, x, CostsExperiment.column(rows, 2))
                .save(dir.resolve("dead.png"));
        List<double[]> trained = rows.subList(1, rows.size());
        new LinePlot("test accuracy of the same runs", "epoch", "accuracy (%)")
                .line(large, CostsExperiment.column(trained, 0), CostsExperiment.column(trained, 3))
                .line(small, CostsExperiment.column(trained, 0), CostsExperiment.column(trained, 4))
                .save(dir.resolve("accuracy.png"));
        PrintWriter out = spec.commandLine().getOut();
        summary(out, r.large(), hidden);
        summary(out, r.small(), hidden);
        out.println("wrote " + dir.resolve("dying-relu.csv") + ", " + dir.resolve("dead.png") + " and " + dir.resolve("accuracy.png"));
        return 0;
    }

    private static void summary(PrintWriter out, Run run, int hidden) {
        out.printf(Locale.ROOT, "eta %-6s dead units %.1f%% before training, %.1f%% after epoch 1, %.1f%% at the end (%d of %d); "
                        + "test accuracy %.2f%%%n",
                run.eta(), 100 * run.dead()[0], 100 * run.dead()[1], 100 * run.finalDead(), Math.round(run.finalDead() * hidden), hidden,
                100 * Network2Runs.last(run.epochs()));
    }
}

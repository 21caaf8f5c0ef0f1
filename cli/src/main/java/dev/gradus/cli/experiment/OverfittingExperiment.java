package dev.gradus.cli.experiment;

import dev.gradus.nn.Cost;
import dev.gradus.nn.EpochResult;
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
 * Aufgabe 25 (b) and (c): network2 on the first 1,000 training digits for 400 epochs, without L2
 * and with lambda = 0.1; the training cost and the test accuracy from epoch 100 on.
 */
@Command(name = "overfitting", mixinStandardHelpOptions = true,
        description = {"Aufgabe 25 (b, c): network2 [784,30,10], cross-entropy, eta 0.5, mini-batch 10 on the first"
                + " 1000 training digits for 400 epochs, lambda 0 and lambda 0.1: training cost and test accuracy"
                + " from epoch 100 on (cost.png, accuracy.png, overfitting.csv)."})
final class OverfittingExperiment implements Callable<Integer> {
    @Mixin
    ExperimentFiles files;

    @Option(names = "--data", defaultValue = DataSets.MNIST_10K, paramLabel = "NAME|DIR", description = "default: ${DEFAULT-VALUE}")
    String data;

    @Option(names = "--train-size", defaultValue = "1000", description = "default: ${DEFAULT-VALUE}")
    int trainSize;

    @Option(names = "--epochs", defaultValue = "400", description = "default: ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--from", defaultValue = "100", description = "first epoch plotted (default: ${DEFAULT-VALUE})")
    int from;

    @Option(names = "--lambda", defaultValue = "0.1", description = "the regularised run's L2 parameter (default: ${DEFAULT-VALUE})")
    double lambda;

    @Option(names = "--seed", defaultValue = "1", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    record Result(List<EpochResult> plain, List<EpochResult> regularised) {}

    static Result run(DataSet training, DataSet test, int epochs, double lambda, long seed) throws TrainingDiverged {
        return new Result(Network2Runs.train(training, test, Cost.CROSS_ENTROPY, 0.5, 0, epochs, seed),
                Network2Runs.train(training, test, Cost.CROSS_ENTROPY, 0.5, lambda, epochs, seed));
    }

    @Override
    public Integer call() throws DataSetException, TrainingDiverged {
        if (epochs < 1 || trainSize < 1 || from < 1 || from > epochs || !(lambda >= 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "need --epochs >= 1, --train-size >= 1, 1 <= --from <= --epochs and --lambda >= 0");
        }
        Split split = DataSets.open(data);
        DataSet training = split.train().first(Math.min(trainSize, split.train().size()));
        Path dir = files.folder("overfitting");
        Result r = run(training, split.test(), epochs, lambda, seed);
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            EpochResult p = r.plain().get(e);
            EpochResult q = r.regularised().get(e);
            rows.add(new double[] {e + 1, p.trainingCost(), 100 * p.trainingAccuracy(), 100 * p.evaluationAccuracy(),
                q.trainingCost(), 100 * q.trainingAccuracy(), 100 * q.evaluationAccuracy()});
        }
        ExperimentFiles.csv(dir, "overfitting.csv", List.of("epoch", "training_cost", "training_accuracy", "test_accuracy",
                "training_cost_l2", "training_accuracy_l2", "test_accuracy_l2"), rows);
        List<double[]> shown = rows.subList(from - 1, epochs);
        double[] x = CostsExperiment.column(shown, 0);
        String l2 = "lambda " + lambda;
        new LinePlot("training cost on " + training.size() + " digits, from epoch " + from, "epoch", "training cost")
                .line("lambda 0", x, CostsExperiment.column(shown, 1))
                .line(l2, x, CostsExperiment.column(shown, 4))
                .save(dir.resolve("cost.png"));
        new LinePlot("test accuracy (" + split.test().size() + " digits), from epoch " + from, "epoch", "accuracy (%)")
                .line("lambda 0", x, CostsExperiment.column(shown, 3))
                .line(l2, x, CostsExperiment.column(shown, 6))
                .save(dir.resolve("accuracy.png"));
        PrintWriter out = spec.commandLine().getOut();
        summary(out, "lambda 0", r.plain(), from);
        summary(out, l2, r.regularised(), from);
        out.println("wrote " + dir.resolve("overfitting.csv") + ", " + dir.resolve("cost.png") + " and " + dir.resolve("accuracy.png"));
        return 0;
    }

    private static void summary(PrintWriter out, String name, List<EpochResult> run, int from) {
        EpochResult first = run.get(from - 1);
        EpochResult last = run.get(run.size() - 1);
        out.printf(Locale.ROOT, "%-11s training cost %.4f at epoch %d, %.4f at %d; training accuracy %.1f%%; "
                        + "test accuracy %.2f%% at epoch %d, %.2f%% at %d (best %.2f%%)%n",
                name, first.trainingCost(), from, last.trainingCost(), last.epoch(), 100 * last.trainingAccuracy(),
                100 * first.evaluationAccuracy(), from, 100 * last.evaluationAccuracy(), last.epoch(), 100 * Network2Runs.best(run));
    }
}

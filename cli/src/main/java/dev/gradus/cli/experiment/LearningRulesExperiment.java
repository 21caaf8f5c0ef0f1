package dev.gradus.cli.experiment;

import dev.gradus.nn.Cost;
import dev.gradus.nn.EpochResult;
import dev.gradus.nn.LearningRule;
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
 * The lecture's learning rules side by side on one network (network2's [784, 30, 10], sigmoid,
 * cross-entropy, no L2), the same initial weights and shuffles: the training cost after each
 * epoch. Each rule has the learning rate that did best in a short sweep (5 epochs on mnist-10k,
 * rates a factor of about 3 apart; RULES says which).
 */
@Command(name = "learning-rules", mixinStandardHelpOptions = true,
        description = {"The lecture's learning rules on network2 [784,30,10] (sigmoid, cross-entropy, no L2):"
                + " pattern-by-pattern, steepest descent, mini-batch SGD, momentum, Vario-Eta and Adam; training"
                + " cost per epoch (cost.png, cost.csv), and a table of the final cost, test accuracy and seconds"
                + " (summary.csv)."})
final class LearningRulesExperiment implements Callable<Integer> {
    @Mixin
    ExperimentFiles files;

    @Option(names = "--data", defaultValue = DataSets.MNIST_10K, paramLabel = "NAME|DIR", description = "default: ${DEFAULT-VALUE}")
    String data;

    @Option(names = "--epochs", defaultValue = "15", description = "default: ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--train-size", defaultValue = "4000", paramLabel = "N",
            description = "the first N training samples (all six runs in well under two minutes); default: ${DEFAULT-VALUE}")
    int trainSize;

    @Option(names = "--seed", defaultValue = "1", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * One learning rule's setting. A batch size of 0 means the whole training set (steepest
     * descent).
     */
    record Setting(String name, LearningRule rule, double eta, int batchSize) {
        int batchFor(DataSet training) {
            return batchSize == 0 ? training.size() : batchSize;
        }
    }

    /**
     * The rates, from the sweep: pattern-by-pattern 0.1 (one sample's gradient, ten times as many
     * steps as mini-batch 10 at 1.0); steepest descent 3 (one step per epoch, so the largest rate
     * that does not overshoot); mini-batch 1.0 (better than network2's 0.5, and 3 oscillates);
     * momentum 0.05 (with beta 0.9 a steady gradient gets 0.05 / 0.1 = 0.5); Vario-Eta 0.01 on
     * batches of 100 (on batches of 10 a class is often missing from a batch, its output bias then
     * has nearly the same gradient in every sample, and the tiny spread makes a huge step; even at
     * 0.003 it stalls above a cost of 2); Adam 0.003 (the paper's 0.001 is slower here, 0.01 no better).
     */
    static final List<Setting> RULES = List.of(
            new Setting("pattern-by-pattern", LearningRule.SGD, 0.1, 1),
            new Setting("steepest descent", LearningRule.SGD, 3.0, 0),
            new Setting("mini-batch 10", LearningRule.SGD, 1.0, 10),
            new Setting("momentum", LearningRule.MOMENTUM, 0.05, 10),
            new Setting("vario-eta", LearningRule.VARIO_ETA, 0.01, 100),
            new Setting("adam", LearningRule.ADAM, 0.003, 10));

    /** One rule's run: the epochs' results and the total training seconds (without the monitoring passes). */
    record Run(Setting setting, List<EpochResult> epochs) {
        double finalCost() {
            return epochs.get(epochs.size() - 1).trainingCost();
        }

        double testAccuracy() {
            return epochs.get(epochs.size() - 1).evaluationAccuracy();
        }

        double seconds() {
            return epochs.stream().mapToDouble(EpochResult::trainingSeconds).sum();
        }
    }

    static List<Run> run(DataSet training, DataSet test, List<Setting> settings, int epochs, long seed) throws TrainingDiverged {
        Sgd.Monitoring monitoring = new Sgd.Monitoring(true, false, false, true);
        List<Run> runs = new ArrayList<>();
        for (Setting s : settings) {
            runs.add(new Run(s, Network2Runs.train(training, test, Cost.CROSS_ENTROPY, s.rule().create(), s.eta(), 0,
                    s.batchFor(training), epochs, seed, monitoring)));
        }
        return runs;
    }

    @Override
    public Integer call() throws DataSetException, TrainingDiverged {
        if (epochs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--epochs must be at least 1");
        }
        if (trainSize < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--train-size must be at least 2");
        }
        Split split = DataSets.open(data);
        DataSet training = split.train().first(Math.min(trainSize, split.train().size()));
        Path dir = files.folder("learning-rules");
        List<Run> runs = run(training, split.test(), RULES, epochs, seed);
        List<String> header = new ArrayList<>(List.of("epoch"));
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            double[] row = new double[runs.size() + 1];
            row[0] = e + 1;
            for (int r = 0; r < runs.size(); r++) {
                row[r + 1] = runs.get(r).epochs().get(e).trainingCost();
            }
            rows.add(row);
        }
        runs.forEach(r -> header.add(r.setting().name().replace(' ', '_').replace('-', '_')));
        ExperimentFiles.csv(dir, "cost.csv", header, rows);
        List<double[]> summary = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            summary.add(new double[] {r + 1, run.setting().eta(), run.setting().batchFor(training), run.finalCost(),
                100 * run.testAccuracy(), run.seconds()});
        }
        ExperimentFiles.csv(dir, "summary.csv", List.of("rule", "eta", "batch", "final_training_cost", "test_accuracy", "seconds"), summary);
        LinePlot plot = new LinePlot("learning rules: " + training.size() + " samples of " + data + ", [784,30,10]", "epoch",
                "training cost (log scale)").logY();
        double[] x = Network2Runs.epochs(runs.get(0).epochs());
        for (Run run : runs) {
            plot.line(run.setting().name() + " (eta " + fmt(run.setting().eta()) + ")", x,
                    run.epochs().stream().mapToDouble(EpochResult::trainingCost).toArray());
        }
        plot.save(dir.resolve("cost.png"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-3s %-20s %-9s %7s %8s %11s %14s %8s%n", "", "rule", "optimizer", "eta", "batch", "final cost",
                "test accuracy", "seconds");
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            out.printf(Locale.ROOT, "%-3d %-20s %-9s %7s %8d %11.4f %13.2f%% %8.1f%n", r + 1, run.setting().name(),
                    run.setting().rule().label(), fmt(run.setting().eta()), run.setting().batchFor(training), run.finalCost(),
                    100 * run.testAccuracy(), run.seconds());
        }
        out.println("(summary.csv numbers the rules 1 to " + runs.size() + " in this order)");
        out.println("wrote " + dir.resolve("cost.csv") + ", " + dir.resolve("summary.csv") + " and " + dir.resolve("cost.png"));
        return 0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}

package dev.gradus.cli;

import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.Activation;
import dev.gradus.nn.Cost;
import dev.gradus.nn.EpochResult;
import dev.gradus.nn.Initializer;
import dev.gradus.nn.LearningRule;
import dev.gradus.nn.Network;
import dev.gradus.nn.NetworkFile;
import dev.gradus.nn.Sgd;
import dev.gradus.nn.TrainingDiverged;
import dev.gradus.nn.data.DataSet;
import dev.gradus.nn.data.DataSetException;
import dev.gradus.nn.data.DataSets;
import dev.gradus.nn.data.Split;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a network as network2.py does: mini-batch SGD with L2 (or momentum, Vario-Eta, Adam), one line per epoch.",
            "Example: gradus train --data mnist-10k --sizes 784,30,10 --cost cross-entropy --eta 0.5 --lambda 5 --epochs 30 --batch 10"},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:trained", "1:training diverged (NaN or infinite cost): the last good model is kept", "2:usage or input error", "3:internal error (a bug in gradus: its details go to a file the message names)"})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "NAME|DIR",
            description = "a shipped data set (mnist-10k, optdigits) or a folder of MNIST-format files (Fashion-MNIST: /usr/share/datasets/fashion-mnist)")
    String data;

    @Option(names = "--sizes", split = ",", paramLabel = "784,30,10", description = "neurons per layer (default: inputs,30,10)")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--cost", defaultValue = "cross-entropy", paramLabel = "COST",
            description = "quadratic, cross-entropy or log-likelihood (softmax outputs); default: ${DEFAULT-VALUE}")
    String cost;

    @Option(names = "--activation", defaultValue = "sigmoid", paramLabel = "F",
            description = {"hidden activation: sigmoid, tanh, softsign, hardtanh, relu, leakyrelu, elu, selu, softplus,"
                    + " swish, prelu (a learned slope per unit), rrelu (random slopes in [1/8, 1/3] while training;"
                    + " rrelu:L,U for others), maxout (with --pieces), or any one-argument function of the table"
                    + " (default: ${DEFAULT-VALUE})"})
    String activation;

    @Option(names = "--pieces", paramLabel = "K", description = "maxout's affine pieces per unit (default: " + Activation.DEFAULT_PIECES + ")")
    Integer pieces;

    @Option(names = "--init", defaultValue = "default", paramLabel = "INIT",
            description = "default (network2), large, uniform-3-over-sqrt-n, uniform-0.3, xavier, he, lecun (default: ${DEFAULT-VALUE})")
    String init;

    @Option(names = "--eta", defaultValue = "0.5", description = "learning rate (default: ${DEFAULT-VALUE})")
    double eta;

    @Option(names = "--optimizer", defaultValue = "sgd", paramLabel = "RULE",
            description = "the learning rule: sgd (network2's), momentum (beta 0.9), vario-eta (batch >= 2), adam (the paper's defaults); default: ${DEFAULT-VALUE}")
    String optimizer;

    @Option(names = "--lambda", defaultValue = "0", description = "L2 parameter (default: ${DEFAULT-VALUE})")
    double lambda;

    @Option(names = "--epochs", defaultValue = "30", description = "(default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "10", description = "mini-batch size; 1 is pattern by pattern (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--train-size", paramLabel = "N", description = "use only the first N training samples (the sheet's overfitting run: 1000)")
    Integer trainSize;

    @Option(names = "--seed", defaultValue = "1", description = "initialisation and shuffling (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--monitor", defaultValue = "all", paramLabel = "WHAT",
            description = "all (network2's four lists) or evaluation (test accuracy only: faster); default: ${DEFAULT-VALUE}")
    String monitor;

    @Option(names = "--history", paramLabel = "FILE", description = "write each epoch's seconds, costs and accuracies (.csv or .json), after every epoch")
    Path history;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "plot the accuracy per epoch, training and test")
    Path plot;

    @Option(names = "--save", paramLabel = "FILE", description = "save the network (network2's JSON) after every epoch and at the end")
    Path save;

    private boolean checkpointFailed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Split split;
        try {
            split = DataSets.open(data);
        } catch (DataSetException e) {
            err.println("gradus train: " + e.getMessage());
            return Gradus.INPUT_ERROR;
        }
        if (trainSize != null && (trainSize < 1 || trainSize > split.train().size())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--train-size is from 1 to the " + split.train().size()
                    + " training samples of " + data + ", not " + trainSize);
        }
        DataSet training = trainSize == null ? split.train() : split.train().first(trainSize);
        Network network = network(training.d(), Math.max(split.train().classes(), split.test().classes()));
        Sgd.Settings settings;
        try {
            settings = new Sgd.Settings(eta, lambda, batch, epochs, seed + 1);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LearningRule rule = learningRule();
        checkOutputs();
        MatrixKernels kernels = MatrixKernels.best();
        out.printf(Locale.ROOT, "%s: %d training, %d test samples; network %s, %s, %s; %s, eta %s, lambda %s, batch %d; kernels: %s%n",
                data, training.size(), split.test().size(), Arrays.toString(network.sizes()), network.hiddenActivations().length > 0
                        ? network.hiddenActivations()[0].name() : "no hidden layer", network.costFunction(),
                rule.label(), fmt(eta), fmt(lambda), batch, kernels);
        List<EpochResult> results = new ArrayList<>();
        int batches = (training.size() + batch - 1) / batch;
        int status = Gradus.HOLDS;
        try (ProgressBar bar = progressBar(batches)) {
            new Sgd(settings, rule.create(), kernels).train(network, training, split.test(), monitoring(),
                    r -> {
                        results.add(r);
                        if (bar != null) {
                            bar.reset();
                        }
                        out.println(line(r));
                        out.flush();
                        checkpoint(network, results, err);
                    },
                    i -> {
                        if (bar != null) {
                            bar.stepTo(i + 1L);
                        }
                    });
        } catch (TrainingDiverged e) {
            err.println("gradus train: " + e.getMessage());
            status = Gradus.FAILED;
        }
        summary(out, results);
        return write(network, results, err) ? status : Gradus.INPUT_ERROR;
    }

    private Network network(int inputs, int classes) {
        List<Integer> layers = sizes.isEmpty() ? List.of(inputs, 30, classes) : sizes;
        if (layers.get(0) != inputs || layers.get(layers.size() - 1) != classes) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sizes must start with the " + inputs
                    + " inputs of " + data + " and end with its " + classes + " classes, not " + layers);
        }
        try {
            return new Network(layers.stream().mapToInt(Integer::intValue).toArray(), new Activation[] {hiddenActivation()},
                    Cost.parse(cost), Initializer.parse(init), seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** --activation, with --pieces for maxout (and only for maxout). */
    private Activation hiddenActivation() {
        Activation hidden = Activation.parse(activation);
        if (pieces == null) {
            return hidden;
        }
        if (!(hidden instanceof Activation.Maxout) || activation.contains(":")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pieces goes with --activation maxout, not " + activation);
        }
        return new Activation.Maxout(pieces);
    }

    private LearningRule learningRule() {
        LearningRule rule = LearningRule.named(optimizer).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown --optimizer '" + optimizer + "': one of " + String.join(", ", LearningRule.labels())));
        if (rule == LearningRule.VARIO_ETA && batch < 2) {
            // Vario-Eta divides by the spread of the batch's per-sample gradients: one sample has none.
            throw new CommandLine.ParameterException(spec.commandLine(), "--optimizer vario-eta needs --batch 2 or more");
        }
        if (rule == LearningRule.VARIO_ETA && (hiddenActivation().pieces() > 1 || hiddenActivation() instanceof Activation.PRelu)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--optimizer vario-eta works on dense layers only, not with --activation " + activation);
        }
        return rule;
    }

    private Sgd.Monitoring monitoring() {
        return switch (monitor) {
            case "all" -> Sgd.Monitoring.ALL;
            case "evaluation" -> Sgd.Monitoring.EVALUATION_ACCURACY;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--monitor is all or evaluation, not " + monitor);
        };
    }

    /** A bar for the batches of an epoch, only when a person is watching (a terminal). */
    private static ProgressBar progressBar(int batches) {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("epoch").setInitialMax(batches).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate().build();
    }

    static String line(EpochResult r) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "epoch %3d  %6.2f s", r.epoch(), r.trainingSeconds()));
        if (!Double.isNaN(r.trainingCost())) {
            s.append(String.format(Locale.ROOT, "  training cost %.4f", r.trainingCost()));
        }
        if (!Double.isNaN(r.trainingAccuracy())) {
            s.append(String.format(Locale.ROOT, "  training accuracy %6.2f%%", 100 * r.trainingAccuracy()));
        }
        if (!Double.isNaN(r.evaluationCost())) {
            s.append(String.format(Locale.ROOT, "  test cost %.4f", r.evaluationCost()));
        }
        if (!Double.isNaN(r.evaluationAccuracy())) {
            s.append(String.format(Locale.ROOT, "  test accuracy %6.2f%%", 100 * r.evaluationAccuracy()));
        }
        return s.toString();
    }

    private static void summary(PrintWriter out, List<EpochResult> results) {
        if (results.isEmpty()) {
            return;
        }
        EpochResult last = results.get(results.size() - 1);
        EpochResult best = results.stream().max(java.util.Comparator.comparingDouble(EpochResult::evaluationAccuracy)).orElse(last);
        double seconds = results.stream().mapToDouble(EpochResult::trainingSeconds).sum();
        out.printf(Locale.ROOT, "final test accuracy %.2f%%, best %.2f%% (epoch %d); %.1f s of training, %.3f s per epoch%n",
                100 * last.evaluationAccuracy(), 100 * best.evaluationAccuracy(), best.epoch(), seconds, seconds / results.size());
        out.flush();
    }

    /** --save, --history and --plot, before the training whose results they will hold: each of a kind and in a place it can be written. */
    private void checkOutputs() {
        checkOutput("--save", save);
        checkOutput("--history", history, ".csv", ".json");
        checkOutput("--plot", plot, ".png");
    }

    private void checkOutput(String option, Path file, String... endings) {
        if (file == null) {
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (endings.length > 0 && Arrays.stream(endings).noneMatch(name::endsWith)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " wants a " + String.join(" or ", endings) + " file, not " + file);
        }
        UserFiles.whyNotWritable(file).ifPresent(why -> {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot write " + option + " " + file + ": " + why);
        });
    }

    /**
     * The network and the history after an epoch, so that a run stopped early (Ctrl-C, a crash, a
     * divergence) keeps its last finished epoch; after a failure, only the end of the run tries again.
     */
    private void checkpoint(Network network, List<EpochResult> results, PrintWriter err) {
        if (!checkpointFailed) {
            checkpointFailed = !writeNetworkAndHistory(network, results, err);
        }
    }

    /**
     * The model, history and plot files, each on its own, so that one that cannot be written does
     * not cost the others; false (after saying why) if one could not be written. The network and the
     * history as they end are already written when an epoch's checkpoint was (a divergence restores
     * the network of the last finished epoch); otherwise (no epoch, a failed checkpoint) now.
     */
    private boolean write(Network network, List<EpochResult> results, PrintWriter err) {
        boolean checkpointed = !results.isEmpty() && !checkpointFailed;
        boolean networkAndHistory = checkpointed || writeNetworkAndHistory(network, results, err);
        boolean plotted = write(plot, file -> AccuracyPlot.write(file, results, data), err);
        return networkAndHistory && plotted;
    }

    /** The network first: it is what the training made. */
    private boolean writeNetworkAndHistory(Network network, List<EpochResult> results, PrintWriter err) {
        boolean saved = write(save, file -> NetworkFile.save(network, file), err);
        boolean recorded = write(history, file -> History.write(file, results), err);
        return saved && recorded;
    }

    private interface OutputWriter {
        void write(Path file) throws IOException;
    }

    private static boolean write(Path file, OutputWriter writer, PrintWriter err) {
        if (file == null) {
            return true;
        }
        try {
            writer.write(file);
            return true;
        } catch (IOException e) {
            err.println("gradus train: cannot write " + file + ": " + UserFiles.reason(e, file));
        } catch (IllegalArgumentException e) {
            err.println("gradus train: cannot write " + file + ": " + e.getMessage());
        }
        return false;
    }

    private static String fmt(double v) {
        // Whole numbers without ".0", within long's range (1e300 is whole too, and would print as Long.MAX_VALUE).
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}

package dev.gradus.cli.experiment;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.nn.TrainingDiverged;
import dev.gradus.nn.complex.ComplexEpoch;
import dev.gradus.nn.complex.ComplexNetwork;
import dev.gradus.nn.complex.ComplexSamples;
import dev.gradus.nn.complex.ComplexSgd;
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
 * The complex-backprop Tutoraufgabe put to work: a complex network [1, hidden, 1] with a
 * holomorphic activation in every layer learns to rotate points of the unit disc by 60 degrees and
 * scale them by 0.8 (about the activation's value at 0, the centre of its range), trained by
 * mini-batch gradient descent with the complex tape's Wirtinger gradients.
 */
@Command(name = "complex", mixinStandardHelpOptions = true,
        description = {"Complex backprop (network2 sheet, Tutoraufgabe): a complex network [1, hidden, 1] with a"
                + " holomorphic activation in every layer learns z -> sigma(0) + 0.8 e^(i pi/3) z on the unit disc,"
                + " trained with the Wirtinger gradients 2 dC/d conj(w) of the complex tape: mean cost 1/2 |y -"
                + " a|^2 per epoch (loss.csv, loss.png)."})
final class ComplexExperiment implements Callable<Integer> {
    /** The map to learn: a rotation by 60 degrees and a scaling by 0.8. */
    static final Complex FACTOR = new Complex(0.8 * Math.cos(Math.PI / 3), 0.8 * Math.sin(Math.PI / 3));
    static final double RADIUS = 1.0;

    @Mixin
    ExperimentFiles files;

    @Option(names = "--activation", defaultValue = "tanh", paramLabel = "F",
            description = "a holomorphic function of the table: tanh, sigmoid, ... (default: ${DEFAULT-VALUE})")
    String activation;

    @Option(names = "--hidden", defaultValue = "8", description = "hidden neurons (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--epochs", defaultValue = "300", description = "default: ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--eta", defaultValue = "0.1", description = "learning rate (default: ${DEFAULT-VALUE})")
    double eta;

    @Option(names = "--batch", defaultValue = "10", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--train-size", defaultValue = "200", description = "training points (default: ${DEFAULT-VALUE})")
    int trainSize;

    @Option(names = "--test-size", defaultValue = "200", description = "test points (default: ${DEFAULT-VALUE})")
    int testSize;

    @Option(names = "--seed", defaultValue = "1", description = "for the points, the weights and the shuffles (default: ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the run was and how it went: epoch 0 (before training) first. */
    record Result(UnaryFunction activation, Complex centre, List<ComplexEpoch> epochs, double seconds) {
        ComplexEpoch first() {
            return epochs.get(0);
        }

        ComplexEpoch last() {
            return epochs.get(epochs.size() - 1);
        }
    }

    static Result run(UnaryFunction activation, int hidden, int epochs, double eta, int batch, int trainSize, int testSize, long seed)
            throws TrainingDiverged {
        long begin = System.nanoTime();
        Complex centre = Complex.real(activation.value(0.0));
        ComplexSamples training = ComplexSamples.rotation(FACTOR, centre, RADIUS, trainSize, seed);
        ComplexSamples test = ComplexSamples.rotation(FACTOR, centre, RADIUS, testSize, seed + 1);
        ComplexNetwork network = new ComplexNetwork(new int[] {1, hidden, 1}, activation, seed);
        List<ComplexEpoch> history = new ComplexSgd(new ComplexSgd.Settings(eta, batch, epochs, seed)).train(network, training, test, e -> { });
        return new Result(activation, centre, history, (System.nanoTime() - begin) / 1e9);
    }

    @Override
    public Integer call() throws TrainingDiverged {
        if (hidden < 1 || epochs < 1 || !(eta > 0) || batch < 1 || trainSize < 1 || testSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "need --hidden, --epochs, --batch, --train-size and --test-size of at least 1, and --eta > 0");
        }
        UnaryFunction f = holomorphic(activation);
        Path dir = files.folder("complex");
        Result r = run(f, hidden, epochs, eta, batch, trainSize, testSize, seed);
        List<double[]> rows = new ArrayList<>();
        for (ComplexEpoch e : r.epochs()) {
            rows.add(new double[] {e.epoch(), e.trainingCost(), e.testCost(), e.seconds()});
        }
        ExperimentFiles.csv(dir, "loss.csv", List.of("epoch", "training_cost", "test_cost", "seconds"), rows);
        double[] x = CostsExperiment.column(rows, 0);
        new LinePlot(String.format(Locale.ROOT, "complex network [1,%d,1], %s: rotation by 60 deg, scaling by 0.8 (eta %s, batch %d)",
                hidden, f.symbol(), eta, batch), "epoch", "mean cost 1/2 |y - a|^2")
                .logY()
                .line("training", x, CostsExperiment.column(rows, 1))
                .line("test", x, CostsExperiment.column(rows, 2))
                .save(dir.resolve("loss.png"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "complex network [1,%d,1], %s in every layer, learning z -> %s + 0.8 e^(i pi/3) z on |z| <= %s%n",
                hidden, f.symbol(), r.centre(), RADIUS);
        out.printf(Locale.ROOT, "%d training and %d test points, eta %s, mini-batch %d, %d epochs in %.1f s%n",
                trainSize, testSize, eta, batch, epochs, r.seconds());
        out.printf(Locale.ROOT, "training cost %.4g before training, %.4g at the end (%.0fx lower); test cost %.4g -> %.4g%n",
                r.first().trainingCost(), r.last().trainingCost(), r.first().trainingCost() / r.last().trainingCost(),
                r.first().testCost(), r.last().testCost());
        out.println("wrote " + dir.resolve("loss.csv") + " and " + dir.resolve("loss.png"));
        return 0;
    }

    private UnaryFunction holomorphic(String name) {
        List<String> allowed = ElementaryFunctions.all().stream().filter(UnaryFunction.class::isInstance).map(UnaryFunction.class::cast)
                .filter(ComplexExperiment::usable).map(UnaryFunction::symbol).toList();
        return ElementaryFunctions.byName(name).filter(UnaryFunction.class::isInstance).map(UnaryFunction.class::cast)
                .filter(ComplexExperiment::usable)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--activation must be a holomorphic function "
                        + "of the table (the sheet's BP1-BP4 assume one), one of " + String.join(", ", allowed) + "; got '" + name + "'"));
    }

    /** Holomorphic, and defined at 0, where the points are centred (log and sqrt are not usable). */
    private static boolean usable(UnaryFunction f) {
        return f.holomorphic() && Double.isFinite(f.value(0.0)) && Double.isFinite(f.derivative(0.0, f.value(0.0)));
    }
}

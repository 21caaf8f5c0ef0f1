package dev.gradus.cli.experiment;

import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.ActivationStatistics;
import dev.gradus.nn.ActivationStatistics.Layer;
import dev.gradus.nn.ActivationStatistics.Result;
import dev.gradus.nn.ActivationStatistics.Settings;
import dev.gradus.nn.ActivationStatistics.Transfer;
import dev.gradus.nn.Initializer;
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
 * {@code gradus stats}: the activation and gradient statistics of a deep untrained network (the
 * transfer-function solution, task 5), computed by {@link ActivationStatistics}. It lives beside
 * the experiments because it writes its files as they do.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Per-layer statistics of a deep fully connected network on standard normal inputs: mean and standard"
                + " deviation of the activations and of the gradients dC/dz, for the cost C = sum R_ij a_ij (a random"
                + " projection of the last layer, R_ij from N(0, 1)); histograms of the activations per layer.",
            "Writes stats.csv, histograms.csv, std.png and histograms.png into --out (default experiments/stats-ACTIVATION)."})
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    ExperimentFiles files;

    @Option(names = "--activation", defaultValue = "selu", paramLabel = "F", description = "tanh, relu, elu (alpha 1) or selu (default: ${DEFAULT-VALUE})")
    String activation;

    @Option(names = "--init", paramLabel = "NAME",
            description = "initialiser: default, large, uniform-3-over-sqrt-n, uniform-0.3, xavier, he, lecun "
                    + "(default: xavier for tanh, he for relu and elu, lecun for selu)")
    String init;

    @Option(names = "--depth", defaultValue = "20", description = "layers (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--width", defaultValue = "100", description = "units per layer (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--samples", defaultValue = "1000", description = "input vectors (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--bins", defaultValue = "30", description = "histogram bins (default: ${DEFAULT-VALUE})")
    int bins;

    @Option(names = "--seed", defaultValue = "1", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = settings();
        Result r = ActivationStatistics.measure(settings, MatrixKernels.best());
        String name = settings.transfer().displayName();
        Path dir = files.folder("stats-" + name);
        List<double[]> rows = new ArrayList<>();
        for (Layer l : r.layers()) {
            rows.add(new double[] {l.layer(), l.activationMean(), l.activationStd(), l.gradientMean(), l.gradientStd()});
        }
        ExperimentFiles.csv(dir, "stats.csv", List.of("layer", "activation_mean", "activation_std", "gradient_mean", "gradient_std"), rows);
        writeHistograms(r, dir);
        String network = name + ", " + settings.initializer().name().toLowerCase(Locale.ROOT) + " weights, " + depth + " x " + width;
        double[] layers = CostsExperiment.column(rows, 0);
        new LinePlot("standard deviations per layer (" + network + ")", "layer", "standard deviation").logY()
                .line("activations a", layers, CostsExperiment.column(rows, 2))
                .line("gradients dC/dz", layers, CostsExperiment.column(rows, 4))
                .save(dir.resolve("std.png"));

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s, %d samples; cost: a random projection of the last layer%n", network, samples);
        out.printf(Locale.ROOT, "%5s %12s %12s %12s %12s%n", "layer", "mean a", "std a", "mean dC/dz", "std dC/dz");
        for (Layer l : r.layers()) {
            out.printf(Locale.ROOT, "%5d %12.4g %12.4g %12.4g %12.4g%n", l.layer(), l.activationMean(), l.activationStd(),
                    l.gradientMean(), l.gradientStd());
        }
        out.println("wrote " + dir.resolve("stats.csv") + ", histograms.csv, std.png and histograms.png");
        return 0;
    }

    private Settings settings() {
        try {
            Transfer transfer = Transfer.parse(activation);
            Initializer initializer = init == null ? transfer.defaultInitializer() : Initializer.parse(init);
            return new Settings(transfer, initializer, depth, width, samples, bins, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** histograms.csv (one row per layer and bin) and the heat map: layers across, bins up. */
    private static void writeHistograms(Result r, Path dir) {
        int bins = r.settings().bins();
        double width = (r.histogramHigh() - r.histogramLow()) / bins;
        List<double[]> rows = new ArrayList<>();
        double[][] cells = new double[r.layers().size()][];
        double interiorTop = 0;
        for (Layer l : r.layers()) {
            cells[l.layer() - 1] = l.histogram();
            for (int b = 0; b < bins; b++) {
                rows.add(new double[] {l.layer(), r.histogramLow() + b * width, r.histogramLow() + (b + 1) * width, l.histogram()[b]});
                if (b > 0 && b < bins - 1) {
                    interiorTop = Math.max(interiorTop, l.histogram()[b]);
                }
            }
        }
        ExperimentFiles.csv(dir, "histograms.csv", List.of("layer", "bin_low", "bin_high", "fraction"), rows);
        List<String> layers = r.layers().stream().map(l -> String.valueOf(l.layer())).toList();
        List<String> centres = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            centres.add(String.format(Locale.ROOT, "%.2f", r.histogramLow() + (b + 0.5) * width));
        }
        // The end bins also hold everything beyond the range (and relu's zeros): the colour scale
        // ends at the largest interior bin, so that they do not wash out the shape of the rest.
        new HeatMapPlot("histograms of the activations per layer (" + r.settings().transfer().displayName() + ", "
                + r.settings().initializer().name().toLowerCase(Locale.ROOT) + ")", "layer", "activation (bin centre)")
                .cells("fraction of the activations", layers, centres, cells, interiorTop > 0 ? interiorTop : 1)
                .save(dir.resolve("histograms.png"));
    }
}

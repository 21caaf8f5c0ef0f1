package dev.gradus.cli.experiment;

import dev.gradus.nn.VanishingGradients;
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

/** The sheet's vanishing gradients in a deep narrow sigmoid network, with and without a skip connection. */
@Command(name = "vanishing-gradients", mixinStandardHelpOptions = true,
        description = {"A deep narrow sigmoid network (quadratic cost, network2's initialisation): the size of dC/dw_l"
                + " per layer, without and with the sheet's skip connection (layer 1's output added to the last"
                + " layer's input); medians over many random networks (gradients.png, log scale; gradients.csv)."})
final class VanishingGradientsExperiment implements Callable<Integer> {
    @Mixin
    ExperimentFiles files;

    @Option(names = "--depth", defaultValue = "10", description = "layers N (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--width", defaultValue = "1", description = "units per layer; 1 is the sheet's chain (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--networks", defaultValue = "1000", description = "random networks per median (default: ${DEFAULT-VALUE})")
    int networks;

    @Option(names = "--samples", defaultValue = "100", description = "random inputs per network (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--seed", defaultValue = "1", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VanishingGradients.Result r;
        try {
            r = VanishingGradients.measure(depth, width, networks, samples, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = files.folder("vanishing-gradients");
        List<double[]> rows = new ArrayList<>();
        double[] layers = new double[depth];
        for (int l = 0; l < depth; l++) {
            layers[l] = l + 1;
            rows.add(new double[] {l + 1, r.withoutSkip()[l], r.withSkip()[l]});
        }
        ExperimentFiles.csv(dir, "gradients.csv", List.of("layer", "without_skip", "with_skip"), rows);
        new LinePlot("median |dC/dw| per layer, depth " + depth + ", width " + width + " (" + networks + " networks)",
                "layer", "|dC/dw|")
                .logY()
                .line("without skip connection", layers, r.withoutSkip())
                .line("with skip 1 -> " + depth, layers, r.withSkip())
                .save(dir.resolve("gradients.png"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("layer  without skip    with skip 1 -> " + depth);
        for (int l = 0; l < depth; l++) {
            out.printf(Locale.ROOT, "%5d  %12.4e  %12.4e%n", l + 1, r.withoutSkip()[l], r.withSkip()[l]);
        }
        out.printf(Locale.ROOT, "the skip connection makes the first layer's gradient %.3g times larger; without it, layer 1's is %.3g times layer %d's%n",
                r.firstLayerGain(), r.withoutSkip()[0] / r.withoutSkip()[depth - 1], depth);
        out.println("wrote " + dir.resolve("gradients.csv") + " and " + dir.resolve("gradients.png"));
        return 0;
    }
}

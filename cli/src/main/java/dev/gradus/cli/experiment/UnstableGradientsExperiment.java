package dev.gradus.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Aufgabe 26 (b, c): for |w| >= 4 the factor |w sigma'(w a + b)| reaches 1 only for a in an
 * interval whose length is plotted and maximised; the products of the factors that make up
 * |delta^l|, simulated against the log-normal model of their mean.
 */
@Command(name = "unstable-gradients", mixinStandardHelpOptions = true,
        description = {"Aufgabe 26: (b) the length (2/|w|) log(|w|/2 (1 + sqrt(1 - 4/|w|)) - 1) of the interval of a"
                + " where |w sigma'(w a + b)| >= 1, over |w|, with its maximum (golden-section search;"
                + " interval.png, interval.csv); (c) products Q_n of n i.i.d. factors q = |w sigma'(w a + b)|, w ~"
                + " N(0, sd^2), b ~ N(0, 1), a ~ U(0, 1), simulated against the log-normal mean exp(n mu + n"
                + " s^2/2), and a control with q = exp(N(mu, c^2)) (products.png, control.png, products.csv)."})
final class UnstableGradientsExperiment implements Callable<Integer> {
    /** The sheet's interval starts where |w sigma'| can first reach 1: sigma' <= 1/4. */
    static final double SMALLEST_WEIGHT = 4;

    @Mixin
    ExperimentFiles files;

    @Option(names = "--max-weight", defaultValue = "20", description = "the plot's largest |w| (default: ${DEFAULT-VALUE})")
    double maxWeight;

    @Option(names = "--depth", defaultValue = "30", description = "the largest number of factors n (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--chains", defaultValue = "100000", description = "simulated products per depth (default: ${DEFAULT-VALUE})")
    int chains;

    @Option(names = "--weight-sd", defaultValue = "1", description = "standard deviation of w (default: ${DEFAULT-VALUE})")
    double weightSd;

    @Option(names = "--control-sd", defaultValue = "0.3", description = "standard deviation of log q in the control (default: ${DEFAULT-VALUE})")
    double controlSd;

    @Option(names = "--seed", defaultValue = "1", description = "default: ${DEFAULT-VALUE}")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The interval length for |w| >= 4 (0 at |w| = 4, where the interval shrinks to a point). */
    static double intervalLength(double w) {
        return 2 / w * Math.log(w / 2 * (1 + Math.sqrt(1 - 4 / w)) - 1);
    }

    /**
     * The maximum over [4, 100] (the length is unimodal there: it rises from 0, then decays like
     * 2 log(w)/w). The bracket shrinks to 1e-10, but a flat maximum is only resolved to about
     * sqrt(machine epsilon) relative: |w| to some 1e-8, the length to the last digit.
     */
    static GoldenSectionSearch.Maximum longestInterval() {
        return GoldenSectionSearch.maximise(UnstableGradientsExperiment::intervalLength, SMALLEST_WEIGHT, 100, 1e-10);
    }

    /** The sheet's factors and the control: log-normal factors with the same mu. */
    record Result(GoldenSectionSearch.Maximum longest, GradientProducts.Result sigmoid, GradientProducts.Result control) {}

    static Result run(double weightSd, double controlSd, int depth, int chains, long seed) {
        GradientProducts.Result sigmoid = GradientProducts.simulate(GradientProducts.sigmoidLayer(weightSd), depth, chains, seed);
        GradientProducts.Result control = GradientProducts.simulate(GradientProducts.logNormal(sigmoid.mu(), controlSd), depth, chains, seed + 1);
        return new Result(longestInterval(), sigmoid, control);
    }

    @Override
    public Integer call() {
        if (!(maxWeight > SMALLEST_WEIGHT) || depth < 1 || chains < 2 || !(weightSd > 0) || !(controlSd > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "need --max-weight > 4, --depth >= 1, --chains >= 2, --weight-sd > 0 and --control-sd > 0");
        }
        Path dir = files.folder("unstable-gradients");
        Result r = run(weightSd, controlSd, depth, chains, seed);
        writeInterval(dir, r.longest());
        writeProducts(dir, r);

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "(b) the interval is longest at |w| = %.6f: length %.6f (golden-section search on [4, 100])%n",
                r.longest().at(), r.longest().value());
        GradientProducts.Result s = r.sigmoid();
        out.printf(Locale.ROOT, "(c) q = |w sigma'(w a + b)|, w ~ N(0, %.3g^2), b ~ N(0, 1), a ~ U(0, 1): mu = %.4f, s^2 = %.4f, "
                + "E q = %.4f (log-normal model: exp(mu + s^2/2) = %.4f)%n", weightSd, s.mu(), s.s2(), s.meanQ(), Math.exp(s.mu() + s.s2() / 2));
        out.printf(Locale.ROOT, "%5s %12s %12s %12s %12s %12s %12s%n", "n", "mean log Q", "n mu", "E[Q] sim", "log-normal", "(E q)^n",
                "control sim/ln");
        for (int n : shownDepths()) {
            int i = n - 1;
            out.printf(Locale.ROOT, "%5d %12.4f %12.4f %12.4g %12.4g %12.4g %12.4f%n", n, s.meanLogQ()[i], n * s.mu(), s.simulatedMean()[i],
                    s.logNormalMean()[i], s.iidMean()[i], r.control().simulatedMean()[i] / r.control().logNormalMean()[i]);
        }
        out.println("wrote " + dir.resolve("interval.csv") + ", interval.png, products.csv, products.png and control.png");
        return 0;
    }

    private int[] shownDepths() {
        return IntStream.of(1, 2, 5, 10, 20, 30, 50, 100, depth).filter(n -> n <= depth).distinct().sorted().toArray();
    }

    private void writeInterval(Path dir, GoldenSectionSearch.Maximum longest) {
        int points = 400;
        double[] w = new double[points + 1];
        double[] length = new double[points + 1];
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i <= points; i++) {
            w[i] = SMALLEST_WEIGHT + (maxWeight - SMALLEST_WEIGHT) * i / points;
            length[i] = intervalLength(w[i]);
            rows.add(new double[] {w[i], length[i]});
        }
        ExperimentFiles.csv(dir, "interval.csv", List.of("abs_w", "interval_length"), rows);
        new LinePlot("Aufgabe 26 (b): where |w sigma'(w a + b)| >= 1", "|w|", "interval length")
                .line("(2/|w|) log(|w|/2 (1 + sqrt(1 - 4/|w|)) - 1)", w, length)
                .line(String.format(Locale.ROOT, "maximum %.4f at |w| = %.4f", longest.value(), longest.at()),
                        new double[] {longest.at(), longest.at()}, new double[] {0, longest.value()})
                .points("the maximum", new double[] {longest.at()}, new double[] {longest.value()})
                .save(dir.resolve("interval.png"));
    }

    private void writeProducts(Path dir, Result r) {
        GradientProducts.Result s = r.sigmoid();
        GradientProducts.Result c = r.control();
        List<double[]> rows = new ArrayList<>();
        double[] n = new double[depth];
        for (int i = 0; i < depth; i++) {
            n[i] = i + 1;
            rows.add(new double[] {i + 1, s.meanLogQ()[i], (i + 1) * s.mu(), s.varLogQ()[i], (i + 1) * s.s2(),
                s.simulatedMean()[i], s.logNormalMean()[i], s.iidMean()[i], s.simulatedVariance()[i], s.logNormalVariance()[i],
                c.simulatedMean()[i], c.logNormalMean()[i], c.simulatedVariance()[i], c.logNormalVariance()[i]});
        }
        ExperimentFiles.csv(dir, "products.csv", List.of("n", "mean_log_q", "n_mu", "var_log_q", "n_s2",
                "mean_q", "mean_q_lognormal", "mean_q_iid", "var_q", "var_q_lognormal",
                "control_mean_q", "control_mean_q_lognormal", "control_var_q", "control_var_q_lognormal"), rows);
        new LinePlot(String.format(Locale.ROOT, "Aufgabe 26 (c): E[Q_n], q = |w sigma'(w a + b)| (mu %.3f, s^2 %.3f)", s.mu(), s.s2()),
                "n (factors)", "mean of Q_n").logY()
                .line("simulated (" + s.chains() + " products)", n, s.simulatedMean())
                .line("log-normal exp(n mu + n s^2/2)", n, s.logNormalMean())
                .line("i.i.d. exact (E q)^n", n, s.iidMean())
                .line("median exp(n mu)", n, exp(n, s.mu()))
                .save(dir.resolve("products.png"));
        new LinePlot(String.format(Locale.ROOT, "control: q = exp(N(%.3f, %s^2)), log Q_n normal", c.mu(), controlSd),
                "n (factors)", "mean of Q_n").logY()
                .line("simulated (" + c.chains() + " products)", n, c.simulatedMean())
                .line("log-normal exp(n mu + n s^2/2)", n, c.logNormalMean())
                .save(dir.resolve("control.png"));
    }

    private static double[] exp(double[] n, double mu) {
        double[] y = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            y[i] = Math.exp(n[i] * mu);
        }
        return y;
    }
}

package dev.gradus.cli.experiment;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gradus experiment NAME}: the experiments of the homework documents, each one command
 * that writes its CSV data and PNG plots into a folder and prints a short summary.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Rerun an experiment of the homework documents: CSV data and PNG plots in --out, a summary on the terminal."},
        subcommands = {CostsExperiment.class, OverfittingExperiment.class, VanishingGradientsExperiment.class, UnstableGradientsExperiment.class,
            DyingReluExperiment.class, LearningRulesExperiment.class, ComplexExperiment.class, CommandLine.HelpCommand.class})
public final class ExperimentCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name an experiment: " + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
    }
}

package dev.gradus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that asks Symja something: its time limit and JSON output. */
final class SymjaOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    double timeout = 10;

    /** The time limit as the verifier's API takes it. */
    java.time.Duration timeLimit() {
        return java.time.Duration.ofMillis(Math.round(timeout * 1000));
    }

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time limit, per step where there are steps (default: ${DEFAULT-VALUE})")
    void setTimeout(double seconds) {
        if (!(seconds > 0 && seconds <= Gradus.MAX_TIMEOUT_SECONDS)) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--timeout must be a positive number of seconds, at most " + (long) Gradus.MAX_TIMEOUT_SECONDS + " (a day)");
        }
        timeout = seconds;
    }
}

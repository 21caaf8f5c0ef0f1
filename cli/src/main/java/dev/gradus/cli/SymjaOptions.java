package dev.gradus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that asks Symja something: its time limit and JSON output. */
final class SymjaOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    /** The longest time limit: a day. */
    static final double MAX_SECONDS = 86_400;

    double timeout = 10;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time limit, per step where there are steps (default: ${DEFAULT-VALUE})")
    void setTimeout(double seconds) {
        // A bound, as deadlines are milliseconds since 1970 in a long: 1e308 seconds would overflow into the past.
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--timeout must be a positive number of seconds, at most " + (long) MAX_SECONDS + " (a day)");
        }
        timeout = seconds;
    }
}

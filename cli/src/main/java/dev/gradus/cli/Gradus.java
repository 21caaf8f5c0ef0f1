package dev.gradus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gradus} command. Exit status: 0 when everything checked holds, 1 when something was
 * refuted or could not be decided, 2 for usage or input errors (with a message naming the
 * position), 3 for an internal error (a bug in gradus: one line, and the details in a file).
 */
@Command(name = "gradus", mixinStandardHelpOptions = true, version = "gradus 0.1.0",
        description = "Symbolic and automatic differentiation: check derivations, derive, and compare gradients.")
public final class Gradus implements Runnable {
    public static final int HOLDS = 0;
    public static final int FAILED = 1;
    public static final int INPUT_ERROR = 2;
    /** The longest --timeout, a day: deadlines are milliseconds since 1970 in a long, and 1e308 seconds would overflow into the past. */
    public static final double MAX_TIMEOUT_SECONDS = 86_400;

    /**
     * The subcommands by name (each its {@code @Command} name), in the order the help lists them.
     * They are registered here rather than in the annotation so that a run registers only the
     * ones it can reach: picocli builds a subcommand's model by reflection when it is registered,
     * which took more time than the JVM's start (see {@link #commandLine(String...)}).
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand.class);
        commands.put("derive", DeriveCommand.class);
        commands.put("grad", GradCommand.class);
        commands.put("proofs", ProofsCommand.class);
        commands.put("train", TrainCommand.class);
        commands.put("experiment", dev.gradus.cli.experiment.ExperimentCommand.class);
        commands.put("stats", dev.gradus.cli.experiment.StatsCommand.class);
        commands.put("serve", dev.gradus.cli.serve.ServeCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** When the command started: the process start when run from main, else when asked (in-process use). */
    private static volatile long commandStart;

    /** When this command started (the JVM's start where known): a time limit holds from the user's point of view. */
    static java.time.Instant started() {
        return java.time.Instant.ofEpochMilli(commandStart > 0 ? commandStart : System.currentTimeMillis());
    }

    /**
     * The deadline of the first piece of work, counted from the command's start, so that a time
     * limit holds for the whole command, JVM and Symja start-up included.
     */
    static long firstDeadline(double seconds) {
        long started = commandStart > 0 ? commandStart : System.currentTimeMillis();
        return started + Math.round(seconds * 1000);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: check, derive, grad, proofs, train, experiment, stats or serve");
    }

    /**
     * The command that runs {@code args}, with its exit statuses for exceptions: 2 for input errors,
     * 3 for internal ones (see {@link Failures}). It has the subcommands {@code args} can reach, which
     * is all of them except when the first argument names one (only that one runs, and its help and
     * errors do not list its siblings; {@code help} does, so it gets them all) or the arguments are
     * just the version option. The output is the same as with every subcommand registered.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Gradus());
        String first = args.length > 0 ? args[0] : "";
        boolean versionOnly = args.length == 1 && (first.equals("-V") || first.equals("--version"));
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cli.addSubcommand(first, SUBCOMMANDS.get(first));
        } else if (!versionOnly) {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        cli.setExecutionExceptionHandler(new Failures(Path.of(System.getProperty("java.io.tmpdir"))));
        return cli;
    }

    public static void main(String[] args) {
        commandStart = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
        int status;
        try {
            status = commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            // Sizes a user chose (a layer of 100,000 units): the heap is the limit, not a bug to show a stack trace for.
            System.err.printf(Locale.ROOT, "gradus: out of memory: Java's heap holds at most %d MB here; choose smaller sizes,"
                    + " or give Java more, e.g. JAVA_OPTS=-Xmx16g ./gradus ...%n", Runtime.getRuntime().maxMemory() >> 20);
            status = INPUT_ERROR;
        }
        System.exit(status); // also ends a Symja worker that is still starting
    }
}

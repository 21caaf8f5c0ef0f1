package dev.gradus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine;

/**
 * What an exception out of a command means to its user. One about the input (a value a command
 * refused, a file it could not read) is a usage or input error, exit 2, with its message. Any
 * other is a bug in gradus, not in the input: exit 3, one line that says so, and the stack trace
 * in a file whose path the line names, for the bug report.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int INTERNAL_ERROR = 3;

    private final Path reports;

    /** Reports of internal errors go to {@code reports} (the system's temporary folder for the command). */
    Failures(Path reports) {
        this.reports = reports;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (isAboutTheInput(e)) {
            err.println("gradus: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return Gradus.INPUT_ERROR;
        }
        err.println("gradus: internal error (a bug in gradus, not in your input): " + e + "; " + report(e));
        return INTERNAL_ERROR;
    }

    /** Exceptions a command throws for what it was given: IllegalArgumentException (NumberFormatException too) and I/O. */
    static boolean isAboutTheInput(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException;
    }

    /** Writes the stack trace to a new file; says where, or why it could not. */
    private String report(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(reports);
            Path file = Files.createTempFile(reports, "gradus-error-", ".txt");
            Files.writeString(file, "gradus 0.1.0, " + Instant.now() + ", Java " + Runtime.version() + "\n" + trace,
                    StandardCharsets.UTF_8);
            return "the details are in " + file + " (please attach it to a bug report)";
        } catch (IOException | UncheckedIOException cannotWrite) {
            return "its details could not be written (" + cannotWrite.getMessage() + ")";
        }
    }
}

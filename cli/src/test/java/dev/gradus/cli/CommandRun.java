package dev.gradus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One run of the gradus command in this JVM, as a user would type it: its exit status and output. */
record CommandRun(int status, String out, String err) {
    static CommandRun gradus(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Gradus.commandLine(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new CommandRun(status, out.toString(), err.toString());
    }

    JsonNode json() throws Exception {
        return Json.MAPPER.readTree(out);
    }

    /** The verdict of each step of a {@code check --json} run, in order. */
    List<String> verdicts() throws Exception {
        List<String> verdicts = new ArrayList<>();
        json().path("steps").forEach(step -> verdicts.add(step.path("verdict").asText()));
        return verdicts;
    }
}

package dev.gradus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Derivation;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.Response;
import dev.gradus.proofs.worker.SymjaWorker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verify a claim, or a derivation step by step.",
            "A chain a = b = c is checked as a = b and b = c. In a FILE each line is a chain; a line starting",
            "with '=' continues the previous one; '#' starts a comment; 'assume z < 0' and 'complex z, w'",
            "apply to the lines after them.",
            "Verdicts: PROVED, PLAUSIBLE (equal at many random points, no proof), UNKNOWN, REFUTED",
            "(with a counterexample confirmed in 50 digits), ERROR (the input does not parse)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every step PROVED or PLAUSIBLE", "1:a step REFUTED or UNKNOWN", "2:usage or input error"})
final class CheckCommand implements Callable<Integer> {
    @Option(names = {"-e", "--expression"}, paramLabel = "CLAIM", description = "the claim or chain, e.g. \"sigmoid(x) = (1+tanh(x/2))/2\"")
    String expression;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a file of derivation lines")
    Path file;

    @Option(names = "--complex", split = ",", paramLabel = "z,w", description = "variables that are complex (all others are real)")
    List<String> complex = new ArrayList<>();

    @Option(names = "--assume", paramLabel = "CONDITION", description = "an assumption such as \"z < 0\" (repeatable)")
    List<String> assumptions = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "time limit per step (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((expression == null) == (file == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either -e CLAIM or a FILE");
        }
        if (!(timeout > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        List<Claim> steps;
        try {
            Set<String> declared = new LinkedHashSet<>(complex.stream().map(String::strip).toList());
            steps = expression != null ? Derivation.chain(expression, assumptions, declared)
                    : Derivation.lines(Files.readAllLines(file, StandardCharsets.UTF_8), assumptions, declared);
        } catch (ParseError e) {
            return inputError(out, err, syntaxFirst(e));
        } catch (NoSuchFileException e) {
            return inputError(out, err, "no such file: " + file);
        } catch (IOException e) {
            return inputError(out, err, "cannot read " + file + ": " + e.getMessage());
        }
        List<StepResult> results = new ArrayList<>();
        try (SymjaWorker worker = new SymjaWorker()) {
            for (int i = 0; i < steps.size(); i++) {
                Claim step = steps.get(i);
                long deadline = i == 0 ? Gradus.firstDeadline(timeout) : System.currentTimeMillis() + Math.round(timeout * 1000);
                StepResult result = outcome(step, worker.call(id -> Request.check(id, step, deadline)));
                results.add(result);
                if (!json) {
                    Terminal.printStep(out, i + 1, step, result);
                }
            }
        }
        Verdict overall = Verdict.worst(results.stream().map(StepResult::verdict).toList());
        if (json) {
            out.println(Json.text(report(overall, steps, results)));
        } else {
            out.println("verdict: " + overall);
        }
        out.flush();
        return exitStatus(overall);
    }

    /**
     * For -e input that cannot be split into steps, a syntax error inside the text says more than
     * "needs '='": ask Symja to parse it whole, and report its error if it has one.
     */
    private String syntaxFirst(ParseError splitting) {
        String fallback = splitting.getMessage() + (splitting.column() > 0 ? " (column " + splitting.column() + ")" : "");
        if (expression == null) {
            return fallback;
        }
        long deadline = Gradus.firstDeadline(timeout);
        try (SymjaWorker worker = new SymjaWorker()) {
            SymjaWorker.Outcome parsed = worker.call(id -> Request.parse(id, expression, deadline));
            return parsed.result().filter(r -> "error".equals(r.kind()))
                    .map(r -> "syntax error" + (r.column() > 0 ? " at column " + r.column() : "") + ": " + r.message())
                    .orElse(fallback);
        }
    }

    /** The step's verdict: the worker's answer, or when it was stopped, its last provisional verdict or UNKNOWN. */
    private static StepResult outcome(Claim step, SymjaWorker.Outcome outcome) {
        if (outcome.result().isPresent()) {
            Response r = outcome.result().get();
            if (r.step() != null) {
                return r.step();
            }
            return new StepResult(step.lhs(), step.rhs(), Verdict.UNKNOWN, "none", null, r.message());
        }
        if (outcome.provisional().isPresent()) {
            return outcome.provisional().get().step();
        }
        return new StepResult(step.lhs(), step.rhs(), Verdict.UNKNOWN, "time limit", null, outcome.failure());
    }

    static int exitStatus(Verdict overall) {
        return switch (overall) {
            case PROVED, PLAUSIBLE -> Gradus.HOLDS;
            case UNKNOWN, REFUTED -> Gradus.FAILED;
            case ERROR -> Gradus.INPUT_ERROR;
        };
    }

    private int inputError(PrintWriter out, PrintWriter err, String message) {
        if (json) {
            ObjectNode root = Json.object();
            root.put("verdict", Verdict.ERROR.name());
            ArrayNode steps = root.putArray("steps");
            ObjectNode step = steps.addObject();
            step.putNull("lhs");
            step.putNull("rhs");
            step.put("verdict", Verdict.ERROR.name());
            step.put("method", "parse");
            step.putNull("counterexample");
            step.put("message", message);
            out.println(Json.text(root));
            out.flush();
        } else {
            err.println("gradus check: " + message);
        }
        return Gradus.INPUT_ERROR;
    }

    private static ObjectNode report(Verdict overall, List<Claim> steps, List<StepResult> results) {
        ObjectNode root = Json.object();
        root.put("verdict", overall.name());
        ArrayNode array = root.putArray("steps");
        for (int i = 0; i < results.size(); i++) {
            StepResult r = results.get(i);
            ObjectNode step = array.addObject();
            step.put("lhs", r.lhs());
            step.put("rhs", r.rhs());
            step.put("verdict", r.verdict().name());
            step.put("method", r.method());
            if (r.counterexample() == null) {
                step.putNull("counterexample");
            } else {
                ObjectNode point = step.putObject("counterexample");
                r.counterexample().forEach((name, value) -> Json.put(point, name, value));
            }
            step.put("message", r.message());
            step.put("input", steps.get(i).lhs() + " = " + steps.get(i).rhs());
            // where the step's right-hand side starts: the new expression this step introduces
            step.put("line", steps.get(i).rhsAt().line());
            step.put("column", steps.get(i).rhsAt().column());
        }
        return root;
    }
}

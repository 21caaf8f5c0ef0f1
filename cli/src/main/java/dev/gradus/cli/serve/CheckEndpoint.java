package dev.gradus.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.cli.Json;
import dev.gradus.proofs.CheckInput;
import dev.gradus.proofs.CheckJson;
import dev.gradus.proofs.CheckedDerivation;
import dev.gradus.proofs.CheckedStep;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.latex.LatexOptions;
import dev.gradus.proofs.worker.Request;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/check}: {"text": a derivation (plain lines or LaTeX), "assume": [..], "complex":
 * [..], "variables": [..] (names such as e and i read as variables, not constants), "strictDomains": false}. The answer is what {@code gradus check --json} prints. With {@code Accept:
 * application/x-ndjson} it comes as lines instead, so that a page can show progress: the steps as
 * read (before any is checked), then each step when it is checked, then the whole report.
 */
final class CheckEndpoint implements Exchanges.Endpoint {
    static final String STREAM = "application/x-ndjson";

    private final WebLimits limits;
    private final InputScreen screen;
    private final WorkerPool pool;

    CheckEndpoint(WebLimits limits, InputScreen screen, WorkerPool pool) {
        this.limits = limits;
        this.screen = screen;
        this.pool = pool;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        JsonNode body = exchange.body();
        String text = Exchanges.text(body, "text");
        List<String> assumptions = Exchanges.texts(body, "assume");
        Set<String> complex = new LinkedHashSet<>();
        Exchanges.texts(body, "complex").forEach(z -> complex.add(InputScreen.name("complex variable", z)));
        boolean strictDomains = Exchanges.flag(body, "strictDomains");
        Set<String> variables = new LinkedHashSet<>();
        Exchanges.texts(body, "variables").forEach(v -> variables.add(InputScreen.name("variable", v)));
        CheckInput input;
        try {
            input = CheckInput.pasted(text, LatexOptions.defaults(), assumptions, complex, Notation.plain(variables));
        } catch (ParseError e) {
            throw new HttpError(400, e.getMessage(), e.line(), e.column());
        }
        if (input.steps().isEmpty()) {
            throw HttpError.badRequest("no equality to check: write a chain such as sigmoid(x) = (1+tanh(x/2))/2");
        }
        if (input.steps().size() > limits.maxSteps()) {
            throw HttpError.badRequest(input.steps().size() + " steps: at most " + limits.maxSteps() + " in one request");
        }
        List<List<String>> texts = screen.steps(input);
        String accept = exchange.requestHeader("Accept");
        boolean streamed = accept != null && accept.contains(STREAM);
        OutputStream stream = null;
        if (streamed) {
            stream = exchange.stream(STREAM + "; charset=utf-8");
            Exchanges.line(stream, readAs(input, texts));
        }
        List<CheckedStep> checked = new ArrayList<>();
        for (int i = 0; i < input.steps().size(); i++) {
            CheckedStep step = new CheckedStep(input.steps().get(i), source(input, i), texts.get(i), check(exchange.client(), input, i, strictDomains));
            checked.add(step);
            if (streamed) {
                ObjectNode line = Json.object().put("type", "step").put("index", i);
                line.set("step", CheckJson.step(step));
                Exchanges.line(stream, line);
            }
        }
        ObjectNode report = CheckJson.report(new CheckedDerivation(checked, input.skipped(), input.latex()));
        if (streamed) {
            ObjectNode line = Json.object().put("type", "report");
            line.set("report", report);
            Exchanges.line(stream, line);
            stream.close();
        } else {
            exchange.sendJson(200, report);
        }
    }

    private StepResult check(String client, CheckInput input, int index, boolean strictDomains) {
        Claim step = input.steps().get(index).withStrictDomains(strictDomains);
        if (input.unreadable().containsKey(index)) {
            return new StepResult(step.lhs(), step.rhs(), Verdict.ERROR, "parse", null, input.unreadable().get(index));
        }
        WorkerPool.Answer answer = pool.run(client, (id, deadline) -> Request.check(id, step, deadline), limits.stepMillis());
        StepResult result = answer.outcome().step(step.lhs(), step.rhs());
        if (answer.sliceOnly()) {
            String why = pool.hasLongWorkers() ? "the server is busy with long checks, so this step had" : "this server gives a step";
            return new StepResult(result.lhs(), result.rhs(), result.verdict(), result.method(), result.counterexample(),
                    result.message() + String.format(Locale.ROOT, " (%s %.1f s; gradus check on your machine gives it the full time)",
                            why, pool.sliceMillis() / 1000.0), result.notes());
        }
        return result;
    }

    private static String source(CheckInput input, int index) {
        return index < input.sources().size() ? input.sources().get(index) : null;
    }

    /** The first streamed line: every step as read, so that the page shows them while they are checked. */
    private static ObjectNode readAs(CheckInput input, List<List<String>> texts) {
        ObjectNode line = Json.object().put("type", "steps");
        ArrayNode steps = line.putArray("steps");
        for (int i = 0; i < input.steps().size(); i++) {
            steps.add(CheckJson.read(new CheckedStep(input.steps().get(i), source(input, i), texts.get(i), null)));
        }
        return line;
    }
}

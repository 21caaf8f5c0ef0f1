package dev.gradus.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.autodiff.complex.Complex;
import dev.gradus.cli.DeriveJson;
import dev.gradus.cli.GradJson;
import dev.gradus.cli.PointParser;
import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.Response;
import dev.gradus.proofs.worker.SymjaWorker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/derive} ({"expression", "variables": [..]}) and {@code POST /api/grad}
 * ({"expression", "at": "x=0.7,y=-1.3", "complex": [..]}): one worker task each, answered with
 * what {@code gradus derive --json} and {@code gradus grad --json} print. A task that does not
 * finish in the time limit is 504; input Symja cannot read is 400 with the column.
 */
final class CalculusEndpoint {
    private final WebLimits limits;
    private final InputScreen screen;
    private final WorkerPool pool;

    CalculusEndpoint(WebLimits limits, InputScreen screen, WorkerPool pool) {
        this.limits = limits;
        this.screen = screen;
        this.pool = pool;
    }

    void derive(Exchange exchange) throws IOException {
        JsonNode body = exchange.body();
        String expression = Exchanges.text(body, "expression");
        List<String> variables = Exchanges.texts(body, "variables").stream().map(v -> InputScreen.name("variable", v)).toList();
        if (variables.isEmpty()) {
            throw HttpError.badRequest("\"variables\" is required: the names to differentiate by");
        }
        screen.expression(expression);
        Response r = answer(run(exchange, (id, deadline) -> Request.derive(id, expression, variables, deadline)));
        exchange.sendJson(200, DeriveJson.of(expression, 1, r.partials()));
    }

    void grad(Exchange exchange) throws IOException {
        JsonNode body = exchange.body();
        String expression = Exchanges.text(body, "expression");
        List<String> complex = Exchanges.texts(body, "complex").stream().map(z -> InputScreen.name("complex variable", z)).toList();
        screen.expression(expression);
        Map<String, String> values;
        try {
            values = PointParser.assignments(Exchanges.text(body, "at"));
            values.keySet().forEach(n -> InputScreen.name("variable", n));
            complex.stream().filter(z -> !values.containsKey(z)).findFirst().ifPresent(z -> {
                throw HttpError.badRequest("\"complex\" names " + z + ", which has no value in \"at\"");
            });
            List<String> names = new ArrayList<>(values.keySet());
            Response r;
            if (complex.isEmpty()) {
                double[] point = names.stream().mapToDouble(n -> PointParser.real(n, values.get(n))).toArray();
                r = answer(run(exchange, (id, deadline) -> Request.gradient(id, expression, names, point, deadline)));
                exchange.sendJson(200, GradJson.of(r.gradient()));
            } else {
                List<Complex> point = names.stream().map(n -> PointParser.complex(n, values.get(n))).toList();
                r = answer(run(exchange, (id, deadline) -> Request.wirtinger(id, expression, names, point, deadline)));
                exchange.sendJson(200, GradJson.of(r.wirtinger()));
            }
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    private SymjaWorker.Outcome run(Exchange exchange, WorkerPool.Task task) {
        return pool.run(exchange.client(), task, limits.stepMillis()).outcome();
    }

    /** The worker's result, or the error it reported as 400, or 504 when it was stopped at the time limit. */
    private Response answer(SymjaWorker.Outcome outcome) {
        if (outcome.result().isEmpty()) {
            throw new HttpError(504, "Symja could not finish in " + limits.stepMillis() / 1000.0 + " s: " + outcome.failure());
        }
        Response r = outcome.result().get();
        if ("error".equals(r.kind())) {
            throw new HttpError(400, r.message(), 0, r.column());
        }
        return r;
    }
}

package dev.gradus.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reading requests and writing JSON answers, with the size limit and the error handling every endpoint shares. */
final class Exchanges {
    private static final Logger LOG = Logger.getLogger(Exchanges.class.getName());
    /** Compact JSON on the wire; the CLI's pretty printing is for people. */
    private static final ObjectMapper WIRE = new ObjectMapper();

    /** What an endpoint does with a request whose method is already checked. */
    @FunctionalInterface
    interface Endpoint {
        void handle(HttpExchange exchange) throws IOException;
    }

    private Exchanges() {}

    /** Who sent a request, for the limits per client: its address (without the port, which changes per connection). */
    static String client(HttpExchange exchange) {
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    /**
     * The endpoint behind the checks every request needs: the method, and the translation of
     * failures into answers: an {@link HttpError} as its status and message, a busy pool as 503 (or 429) with Retry-After,
     * anything else as 500 with a message that gives nothing away (the cause goes to the log).
     */
    static HttpHandler guarded(String method, Endpoint endpoint) {
        return exchange -> {
            try {
                if (!exchange.getRequestMethod().equals(method)) {
                    exchange.getResponseHeaders().set("Allow", method);
                    throw new HttpError(405, "use " + method + " here");
                }
                endpoint.handle(exchange);
            } catch (HttpError e) {
                sendIfNotStarted(exchange, e.status(), e.json());
            } catch (WorkerPool.Busy e) {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(e.retryAfterSeconds()));
                sendIfNotStarted(exchange, e.status(), new HttpError(e.status(), e.getMessage()).json());
            } catch (StackOverflowError e) {
                sendIfNotStarted(exchange, 400, HttpError.badRequest("the input is nested too deeply").json());
            } catch (IOException e) {
                LOG.log(Level.FINE, "client went away", e);
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "request failed", e);
                sendIfNotStarted(exchange, 500, new HttpError(500, "internal error").json());
            } finally {
                exchange.close();
            }
        };
    }

    /** The body as JSON, at most {@code maxBytes} long. */
    static JsonNode readJson(HttpExchange exchange, int maxBytes) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw new HttpError(413, "the request is larger than " + maxBytes + " bytes");
        }
        try {
            JsonNode json = WIRE.readTree(body);
            if (json == null || !json.isObject()) {
                throw HttpError.badRequest("the body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "the body is not JSON: " + e.getOriginalMessage(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        }
    }

    /** A required string field. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw HttpError.badRequest("\"" + field + "\" is required: a non-empty string");
        }
        return value.asText();
    }

    /** An optional boolean field (false when absent). */
    static boolean flag(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw HttpError.badRequest("\"" + field + "\" must be true or false");
        }
        return value.asBoolean();
    }

    /** An optional array of strings (empty when absent). */
    static List<String> texts(JsonNode body, String field) {
        JsonNode value = body.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            throw HttpError.badRequest("\"" + field + "\" must be an array of strings");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw HttpError.badRequest("\"" + field + "\" must be an array of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** One line of a streamed (NDJSON) answer, sent at once. */
    static void line(OutputStream out, Object value) throws IOException {
        out.write(json(value).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }

    private static String json(Object value) {
        try {
            return WIRE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Errors after a streamed answer has begun cannot change its status: the stream just ends. */
    private static void sendIfNotStarted(HttpExchange exchange, int status, Object body) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, status, body);
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away", e);
        }
    }
}

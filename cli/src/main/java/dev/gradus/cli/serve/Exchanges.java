package dev.gradus.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Endpoints as Jetty handlers: the checks every request needs (its method; for a POST, a JSON body
 * of bounded size, read without holding a thread while it arrives), and failures translated into
 * JSON answers. The endpoint itself runs on a request thread and may block, waiting for a worker.
 */
final class Exchanges {
    private static final Logger LOG = Logger.getLogger(Exchanges.class.getName());
    /** Compact JSON on the wire; the CLI's pretty printing is for people. */
    private static final ObjectMapper WIRE = new ObjectMapper();
    static final String JSON_TYPE = "application/json; charset=utf-8";

    /** What an endpoint does with a request whose method, and body for a POST, are checked. */
    @FunctionalInterface
    interface Endpoint {
        void handle(Exchange exchange) throws IOException;
    }

    private Exchanges() {}

    /** An endpoint for GET requests. */
    static Handler get(Endpoint endpoint) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (allows(request, response, callback, "GET")) {
                    answer(request, response, callback, null, endpoint);
                }
                return true;
            }
        };
    }

    /**
     * An endpoint for POST requests with a JSON object of at most {@code maxBytes} as their body
     * ({@code Content-Type: application/json}: other types are what a page of another site can
     * send without asking, so they are refused with 415).
     */
    static Handler post(int maxBytes, Endpoint endpoint) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (!allows(request, response, callback, "POST")) {
                    return true;
                }
                String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
                if (type == null || !type.split(";")[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
                    refuse(response, callback, new HttpError(415, "send JSON, with Content-Type: application/json"));
                } else if (request.getLength() > maxBytes) {
                    refuse(response, callback, tooLarge(maxBytes));
                } else {
                    new BodyReader(request, maxBytes, body -> answer(request, response, callback, body, endpoint), failure -> {
                        if (failure instanceof HttpError e) {
                            refuse(response, callback, e);
                        } else if (failure instanceof HttpException e) {
                            // found by Jetty's parser as the body came: a malformed chunk
                            refuse(response, callback, new HttpError(e.getCode(), "the body is malformed"));
                        } else {
                            callback.failed(failure); // the connection is closed or timed out: no one to answer
                        }
                    }).run();
                }
                return true;
            }
        };
    }

    /** The method is the endpoint's, or the answer is 405. */
    private static boolean allows(Request request, Response response, Callback callback, String method) {
        if (request.getMethod().equals(method)) {
            return true;
        }
        response.getHeaders().put(HttpHeader.ALLOW, method);
        refuse(response, callback, new HttpError(405, "use " + method + " here"));
        return false;
    }

    /**
     * Runs the endpoint on the request and its body, if any, read as JSON, and translates failures:
     * an {@link HttpError} as its status and message, a busy pool as 503 (or 429) with Retry-After, anything else as 500 with
     * a message that gives nothing away (the cause goes to the log).
     */
    private static void answer(Request request, Response response, Callback callback, byte[] body, Endpoint endpoint) {
        try {
            endpoint.handle(new Exchange(request, response, body == null ? null : parse(body)));
            callback.succeeded();
        } catch (HttpError e) {
            refuse(response, callback, e);
        } catch (WorkerPool.Busy e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()));
            refuse(response, callback, new HttpError(e.status(), e.getMessage()));
        } catch (StackOverflowError e) {
            refuse(response, callback, HttpError.badRequest("the input is nested too deeply"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "client went away", e);
            callback.failed(e);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "request failed", e);
            refuse(response, callback, new HttpError(500, "internal error"));
        }
    }

    /** The error as the answer; after a streamed answer has begun its status cannot change, so the stream just ends. */
    static void refuse(Response response, Callback callback, HttpError error) {
        if (response.isCommitted()) {
            callback.succeeded();
            return;
        }
        byte[] bytes = json(error.json());
        response.setStatus(error.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    private static HttpError tooLarge(int maxBytes) {
        return new HttpError(413, "the request is larger than " + maxBytes + " bytes");
    }

    /** The body as a JSON object. */
    private static JsonNode parse(byte[] body) {
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
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory", e);
        }
    }

    /**
     * Reads a body as it arrives, without a thread waiting for it: Jetty calls {@link #run} again
     * when more has come. More than {@code maxBytes} (a chunked body has no length to refuse it by
     * in advance) is a 413, a malformed one Jetty's failure.
     */
    private static final class BodyReader implements Runnable {
        private final Request request;
        private final int maxBytes;
        private final Consumer<byte[]> then;
        private final Consumer<Throwable> failed;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        BodyReader(Request request, int maxBytes, Consumer<byte[]> then, Consumer<Throwable> failed) {
            this.request = request;
            this.maxBytes = maxBytes;
            this.then = then;
            this.failed = failed;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed.accept(chunk.getFailure());
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                boolean fits = bytes.size() + buffer.remaining() <= maxBytes;
                if (fits) {
                    byte[] piece = new byte[buffer.remaining()];
                    buffer.get(piece);
                    bytes.writeBytes(piece);
                }
                chunk.release();
                if (!fits) {
                    failed.accept(tooLarge(maxBytes));
                    return;
                }
                if (last) {
                    then.accept(bytes.toByteArray());
                    return;
                }
            }
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

    /** One line of a streamed (NDJSON) answer, sent at once. */
    static void line(OutputStream out, Object value) throws IOException {
        byte[] json = json(value);
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        out.write(line);
        out.flush();
    }

    static byte[] json(Object value) {
        try {
            return WIRE.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

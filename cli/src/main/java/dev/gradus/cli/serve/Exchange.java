package dev.gradus.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * One request as an endpoint sees it: its path, headers and JSON body (read whole before the
 * endpoint is called), and the ways to answer it. Writing blocks until the bytes are sent.
 */
final class Exchange {
    private final Request request;
    private final Response response;
    private final JsonNode body;

    Exchange(Request request, Response response, JsonNode body) {
        this.request = request;
        this.response = response;
        this.body = body;
    }

    /** The body of a POST, a JSON object. */
    /** Who sent the request, for the limits per client: its address (without the port, which changes per connection). */
    String client() {
        return Request.getRemoteAddr(request);
    }

    JsonNode body() {
        return body;
    }

    String path() {
        return request.getHttpURI().getDecodedPath();
    }

    /** A header of the request, or null. */
    String requestHeader(String name) {
        return request.getHeaders().get(name);
    }

    /** Sets a header of the answer, before it is sent. */
    void responseHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** The whole answer at once. */
    void send(int status, String contentType, byte[] bytes) throws IOException {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        Content.Sink.write(response, true, ByteBuffer.wrap(bytes));
    }

    void sendJson(int status, Object body) throws IOException {
        send(status, Exchanges.JSON_TYPE, Exchanges.json(body));
    }

    /** A 200 answer of unknown length, sent in pieces: each write to the stream goes out at once. */
    OutputStream stream(String contentType) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        return Content.Sink.asOutputStream(response);
    }
}

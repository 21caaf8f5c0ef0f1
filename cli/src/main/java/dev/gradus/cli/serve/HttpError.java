package dev.gradus.cli.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.cli.Json;
import dev.gradus.proofs.Claim;

/**
 * A request the server will not or cannot answer, with the HTTP status and a message for the
 * person who sent it; for input that does not parse, where (line 0 for one-line input, column 0
 * when unknown). Never carries a stack trace: it is not made to be logged but to be read.
 */
final class HttpError extends RuntimeException {
    private final int status;
    private final int line;
    private final int column;

    HttpError(int status, String message) {
        this(status, message, 0, 0);
    }

    HttpError(int status, String message, Claim.Position at) {
        this(status, message, at.line(), at.column());
    }

    HttpError(int status, String message, int line, int column) {
        super(message, null, false, false);
        this.status = status;
        this.line = line;
        this.column = column;
    }

    /** 400: the input is at fault. */
    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    int status() {
        return status;
    }

    /** {"error": message, "line": .., "column": ..}, the position only when known. */
    ObjectNode json() {
        ObjectNode body = Json.object();
        body.put("error", getMessage());
        if (column > 0) {
            body.put("line", line);
            body.put("column", column);
        }
        return body;
    }
}

package dev.gradus.cli.serve;

import java.util.List;

/**
 * How long a client may take, and which other sites' pages may call the API.
 *
 * @param headerTimeoutMillis how long a connection has to send a request's line and headers, from its opening or from
 *                            the previous answer: a client that sends a header byte now and then is cut off all the same
 * @param bodyTimeoutMillis   how long a request has to send its body once its headers are in, at whatever rate
 * @param idleTimeoutMillis   how long a connection may send and receive nothing while it has to (not while the server
 *                            computes an answer, which its own time limits bound)
 * @param allowedOrigins      origins ({@code scheme://host[:port]}) besides the server's own whose pages may send requests
 */
public record HttpSettings(long headerTimeoutMillis, long bodyTimeoutMillis, long idleTimeoutMillis, List<String> allowedOrigins) {
    public HttpSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** 10 s for each: a browser or curl sends a request in milliseconds, even over a slow network. */
    public static HttpSettings defaults() {
        return new HttpSettings(10_000, 10_000, 10_000, List.of());
    }
}

package dev.gradus.cli.serve;

import java.net.URI;

/**
 * One server for every test class of this package (surefire runs them in one JVM): its Symja
 * workers take seconds to start, so they are started once. As {@code gradus serve} runs by
 * default (four workers, two of them for steps that need more than a slice of 0.3 s), but with a
 * time limit of five seconds per step instead of ten, on a free port of the loopback. A test
 * class that needs other HTTP settings starts a server of its own with {@link #started}.
 */
final class TestServer {
    static final long STEP_MILLIS = 5_000;
    static final long SLICE_MILLIS = 300;

    private static WebServer server;

    private TestServer() {}

    static synchronized URI uri() throws Exception {
        if (server == null) {
            // the load test's 20 clients share the loopback address: no limits per client (as --per-client 0)
            server = new WebServer(new ServeSettings("127.0.0.1", 0, 4, 2, 768, SLICE_MILLIS, 30_000, STEP_MILLIS, 0, 64),
                    HttpSettings.defaults());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    /**
     * A server of its own, for a test class that needs other HTTP settings: one worker (the
     * checks its tests send are simple), started; the test class closes it.
     */
    static WebServer started(HttpSettings http) throws Exception {
        WebServer own = new WebServer(new ServeSettings("127.0.0.1", 0, 1, 0, 768, SLICE_MILLIS, 30_000, STEP_MILLIS, 0, 64), http);
        own.start();
        return own;
    }
}

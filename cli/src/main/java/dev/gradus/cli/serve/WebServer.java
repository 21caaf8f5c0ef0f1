package dev.gradus.cli.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.worker.SymjaWorker;
import java.io.IOException;
import java.net.BindException;
import java.util.List;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The web server of {@code gradus serve}: Jetty (its core API, no servlets) with bounded threads,
 * sizes and times (the request deadlines of {@code Deadlines}, other sites' pages refused by
 * {@code CrossSite}), in front of a {@link WorkerPool} of Symja processes that accept only
 * mathematics.
 */
public final class WebServer implements AutoCloseable {
    /**
     * Request threads: enough to hold every request waiting for a worker, bounded so that memory
     * is. Jetty's acceptor and selector take two of them; no thread waits for a client's bytes.
     */
    private static final int THREADS = 64;
    /** Tasks waiting for a thread; past this a new connection is closed at once. */
    private static final int QUEUED_TASKS = 256;
    /**
     * Connections the kernel holds until they are accepted (Java's default is 50): when this
     * queue is full the kernel drops new connections' first packets, and each drop costs a client
     * a second before it tries again. A burst of a hundred connections measured that.
     */
    private static final int ACCEPT_QUEUE = 1024;
    /** The request line and headers, so the URL too (414 above it, 431 for headers): Jetty's default, made explicit. */
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final WorkerPool pool;

    /**
     * @param settings where to listen, how many workers of which size, the time limit per step
     * @param http     how long clients may take, and other origins allowed
     */
    public WebServer(ServeSettings settings, HttpSettings http) throws IOException, ParseError {
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 4, 60_000, new BlockingArrayQueue<>(QUEUED_TASKS));
        threads.setName("gradus-serve");
        threads.setDaemon(true);
        server = new Server(threads, new ScheduledExecutorScheduler("gradus-serve-deadlines", true), null);
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(MAX_HEADER_BYTES);
        config.setSendServerVersion(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        connector.setIdleTimeout(http.idleTimeoutMillis());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        try {
            // The port first: when it is taken, no Symja process has been started for nothing.
            connector.open();
        } catch (IOException e) {
            throw e.getCause() instanceof BindException taken ? taken : e;
        }
        server.addConnector(connector);

        WebLimits limits = WebLimits.withStepMillis(settings.stepMillis());
        String heap = "-Xmx" + settings.workerMegabytes() + "m";
        // First slices are short: C1 alone (no C2 compiler threads taking the cores from the checks) measured 30 % less CPU
        // per request under load on two cores, and warms up sooner. Long steps run for seconds, where C2's code pays off.
        List<String> firstSlices = List.of(heap, "-XX:TieredStopAtLevel=1");
        List<String> longSteps = List.of(heap);
        pool = new WorkerPool(settings.workers() - settings.longWorkers(), settings.longWorkers(), settings.sliceMillis(),
                settings.maxWaitMillis(), new Admission(settings.perClient(), settings.queue(), settings.workers() - settings.longWorkers()),
                lowPriority -> new SymjaWorker(lowPriority ? longSteps : firstSlices, lowPriority));
        InputScreen screen = new InputScreen();
        CalculusEndpoint calculus = new CalculusEndpoint(limits, screen, pool);
        ArrayNode examples = Examples.shipped();
        int maxBytes = limits.maxRequestBytes();
        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from("/"), Exchanges.get(new StaticFiles()));
        routes.addMapping(PathSpec.from("/api/examples"), Exchanges.get(exchange -> exchange.sendJson(200, examples)));
        routes.addMapping(PathSpec.from("/api/check"), Exchanges.post(maxBytes, new CheckEndpoint(limits, screen, pool)));
        routes.addMapping(PathSpec.from("/api/derive"), Exchanges.post(maxBytes, calculus::derive));
        routes.addMapping(PathSpec.from("/api/grad"), Exchanges.post(maxBytes, calculus::grad));
        Deadlines deadlines = new Deadlines(http.headerTimeoutMillis(), http.bodyTimeoutMillis(),
                new CrossSite(http.allowedOrigins(), routes));
        connector.addEventListener(deadlines.connections());
        server.setHandler(deadlines);
        server.setErrorHandler(new ProtocolErrors());
    }

    /** Starts the workers (waiting until each is ready) and then the server; the workers go on warming while idle. */
    public void start() {
        pool.warmUp();
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the web server did not start", e);
        }
        pool.warmUpWhileIdle();
    }

    /** The port listened on (the one chosen when the settings asked for 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the web server did not stop", e);
        } finally {
            pool.close();
        }
    }
}

package dev.gradus.cli.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpServer;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.worker.SymjaWorker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The web server of {@code gradus serve}: the JDK's own HTTP server (com.sun.net.httpserver: no
 * dependency, and enough for a page and three JSON endpoints), a fixed number of request threads,
 * and a {@link WorkerPool} of Symja processes that accept only mathematics.
 */
public final class WebServer implements AutoCloseable {
    /** Request threads: enough to hold every request waiting for a worker, bounded so that memory is. */
    private static final int THREADS = 64;

    private final HttpServer http;
    private final ExecutorService threads;
    private final WorkerPool pool;

    /**
     * @param settings where to listen, how many workers of which size, the time limit per step
     */
    public WebServer(ServeSettings settings) throws IOException, ParseError {
        // The port first: when it is taken, no Symja process has been started for nothing.
        http = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 0);
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
        http.createContext("/", Exchanges.guarded("GET", new StaticFiles()));
        http.createContext("/api/examples", Exchanges.guarded("GET", exchange -> Exchanges.send(exchange, 200, examples)));
        http.createContext("/api/check", Exchanges.guarded("POST", new CheckEndpoint(limits, screen, pool)));
        http.createContext("/api/derive", Exchanges.guarded("POST", calculus::derive));
        http.createContext("/api/grad", Exchanges.guarded("POST", calculus::grad));
        threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "gradus-serve-request");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
    }

    /** Starts the workers (waiting until each is ready) and then the server; the workers go on warming while idle. */
    public void start() {
        pool.warmUp();
        http.start();
        pool.warmUpWhileIdle();
    }

    /** The port listened on (the one chosen when the settings asked for 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
        pool.close();
    }
}

package dev.gradus.cli.serve;

import dev.gradus.cli.Gradus;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"A web page for checking derivations, and a JSON API (POST /api/check, /api/derive, /api/grad)."
                + " Open http://127.0.0.1:8080/ and paste a derivation, plain text or LaTeX. Only mathematical"
                + " functions are accepted from the network. Each step first gets --slice on one of the workers; a"
                + " step that needs more gets the rest of --timeout on one of --long-steps others, which run at the"
                + " lowest CPU priority, so that fast checks stay fast (when those are all busy, the slice's answer"
                + " stands).",
            "A client has --header-timeout to send a request's headers, --body-timeout to send its body and"
                + " --idle-timeout to go on reading and writing; a request from another site's page is refused unless"
                + " --allow-origin names that site.",
            "Stop it with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    /** How long a step may wait for a worker before the answer is 503: longer, and a user has given up anyway. */
    private static final long MAX_WAIT_MILLIS = 10_000;

    @Option(names = "--port", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network)")
    String bind;

    @Option(names = "--workers", defaultValue = "4", paramLabel = "N",
            description = "Symja processes (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--long-steps", defaultValue = "2", paramLabel = "N",
            description = "how many of the workers run steps that need more than --slice, fewer than --workers (default: ${DEFAULT-VALUE})")
    int longSteps;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "time limit per step (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--slice", defaultValue = "0.3", paramLabel = "SECONDS",
            description = "how long every step may run before it counts as long (default: ${DEFAULT-VALUE})")
    double slice;

    @Option(names = "--worker-memory", defaultValue = "768", paramLabel = "MB",
            description = "heap limit of each Symja process (default: ${DEFAULT-VALUE})")
    int workerMegabytes;

    @Option(names = "--per-client", defaultValue = "8", paramLabel = "N",
            description = "steps one client address may have running or waiting at once; more are answered 429 at once;"
                    + " a client also holds all but one of the first-slice workers at most. 0: no limits per client"
                    + " (for a class behind one address) (default: ${DEFAULT-VALUE})")
    int perClient;

    @Option(names = "--queue", defaultValue = "32", paramLabel = "N",
            description = "steps that may wait for a worker at once, at most 10 s each; more are answered 503 at once (default: ${DEFAULT-VALUE})")
    int queue;

    @Option(names = "--header-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "time a connection has to send a request's line and headers (default: ${DEFAULT-VALUE})")
    double headerTimeout;

    @Option(names = "--body-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "time a request has to send its body, once its headers are in (default: ${DEFAULT-VALUE})")
    double bodyTimeout;

    @Option(names = "--idle-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "time a connection may send and receive nothing while it should (default: ${DEFAULT-VALUE})")
    double idleTimeout;

    @Option(names = "--allow-origin", paramLabel = "URL",
            description = "another origin (scheme://host[:port]) whose pages may send requests, for a page served elsewhere or"
                    + " a proxy; repeatable (default: this server's own origin only)")
    List<String> allowOrigins = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(timeout > 0 && timeout <= Gradus.MAX_TIMEOUT_SECONDS) || !(slice > 0 && slice <= Gradus.MAX_TIMEOUT_SECONDS)
                || longSteps < 0 || longSteps >= workers
                || workerMegabytes < 128 || perClient < 0 || queue < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be positive and at most 86400 (a day),"
                    + " --slice positive and at most a day too, --long-steps from 0 to --workers - 1, --worker-memory at least 128,"
                    + " --per-client and --queue not negative");
        }
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port is from 0 (any free port) to 65535, not " + port);
        }
        if (new InetSocketAddress(bind, port).isUnresolved()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + ": no such host or address");
        }
        for (double seconds : new double[] {headerTimeout, bodyTimeout, idleTimeout}) {
            if (!(seconds > 0 && seconds <= Gradus.MAX_TIMEOUT_SECONDS)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--header-timeout, --body-timeout and --idle-timeout must be positive and at most 86400 (a day)");
            }
        }
        List<String> origins = new ArrayList<>();
        for (String url : allowOrigins) {
            origins.add(origin(url));
        }
        HttpSettings http = new HttpSettings(Math.round(headerTimeout * 1000), Math.round(bodyTimeout * 1000),
                Math.round(idleTimeout * 1000), origins);
        ServeSettings settings = new ServeSettings(bind, port, workers, longSteps, workerMegabytes, Math.round(slice * 1000),
                MAX_WAIT_MILLIS, Math.round(timeout * 1000), perClient, queue);
        PrintWriter out = spec.commandLine().getOut();
        WebServer server;
        try {
            server = new WebServer(settings, http);
        } catch (BindException e) {
            spec.commandLine().getErr().printf(Locale.ROOT, "gradus serve: cannot listen on %s:%d: %s (--port 0 takes any free"
                    + " port; --bind takes an address of this machine)%n", bind, port, e.getMessage().toLowerCase(Locale.ROOT));
            return Gradus.INPUT_ERROR;
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        out.printf(Locale.ROOT, "gradus serve: http://%s:%d/ (%d Symja workers, %.3g s per step)%n",
                bind, server.port(), workers, timeout);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close(); // Ctrl-C: the worker processes end with the server
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** The origin a browser sends for pages of {@code url}: its scheme, host and port, in lower case. */
    private String origin(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))
                || uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
                || !(uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--allow-origin " + url + ": an origin is scheme://host[:port], such as https://example.org");
        }
        return (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort())).toLowerCase(Locale.ROOT);
    }
}

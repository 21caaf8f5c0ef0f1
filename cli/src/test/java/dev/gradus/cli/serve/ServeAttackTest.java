package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP attacks of issue 18, over loopback, each bounded in connections and time, on a server
 * of its own whose timeouts are {@value #TIMEOUT_MILLIS} ms: slow and trickling connections are
 * closed within their timeout (plus {@value #MARGIN_MILLIS} ms), malformed and cross-site requests
 * are refused at once, and while each attack runs another client's simple check ({@code x + x =
 * 2*x}) is answered within a second. The figures of those checks are printed (docs/serve.md
 * quotes them).
 */
class ServeAttackTest {
    private static final long TIMEOUT_MILLIS = 2_000;
    private static final long MARGIN_MILLIS = 1_000;
    private static final long SIMPLE_CHECK_MILLIS = 1_000;
    private static final String TRUSTED = "http://trusted.example";
    private static final String SIMPLE = "{\"text\": \"x + x = 2*x\"}";

    private static WebServer server;
    private static URI uri;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.started(new HttpSettings(TIMEOUT_MILLIS, TIMEOUT_MILLIS, TIMEOUT_MILLIS, List.of(TRUSTED)));
        uri = URI.create("http://127.0.0.1:" + server.port() + "/");
        for (int i = 0; i < 20; i++) {
            assertEquals(200, post(SIMPLE, "application/json", null).statusCode()); // the worker's JIT warmed up
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void halfSentRequestLinesAreClosedWithinTheHeaderTimeout() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            Socket socket = connect();
            socket.getOutputStream().write("GET /api/exam".getBytes(StandardCharsets.US_ASCII));
            sockets.add(socket);
        }
        try (SimpleChecks checks = new SimpleChecks("100 half-sent request lines")) {
            assertAllClosedWithin(sockets, start, open -> { });
        }
    }

    @Test
    void headersSentAByteAtATimeAreClosedWithinTheHeaderTimeoutThoughNeverIdle() throws Exception {
        byte[] request = ("POST /api/check HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: application/json\r\n"
                + "X-Padding: " + "a".repeat(200) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<Socket> sockets = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            sockets.add(connect());
        }
        try (SimpleChecks checks = new SimpleChecks("100 connections sending their headers a byte every 0.2 s")) {
            assertAllClosedWithin(sockets, start, trickle(200, request));
        }
    }

    @Test
    void bodiesTrickledAByteASecondAreClosedWithinTheBodyTimeout() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Socket socket = connect();
            socket.getOutputStream().write(("POST /api/check HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 60000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            sockets.add(socket);
        }
        long start = System.nanoTime();
        try (SimpleChecks checks = new SimpleChecks("100 bodies of 60000 bytes trickled a byte a second")) {
            assertAllClosedWithin(sockets, start, trickle(1_000, new byte[] {' '}));
        }
    }

    @Test
    void aBadChunkIsRefusedAtOnceWithoutHoldingAThread() throws Exception {
        String request = "POST /api/check HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz-not-a-size\r\n" + SIMPLE + "\r\n0\r\n\r\n";
        long slowest = 0;
        try (SimpleChecks checks = new SimpleChecks("100 bad chunked bodies")) {
            for (int i = 0; i < 100; i++) {
                long start = System.nanoTime();
                String answer = exchange(request);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
                assertTrue(answer.endsWith("{\"error\":\"the body is malformed\"}"), answer);
                slowest = Math.max(slowest, millis);
            }
        }
        System.out.println("attack: 100 bad chunked bodies answered 400 and closed, the slowest after " + slowest + " ms");
        assertTrue(slowest < 1_000, slowest + " ms");
    }

    @Test
    void anAnswerThatTakesLongerThanEveryTimeoutIsStillSent() throws Exception {
        // every step needs more than the slice of 0.3 s that this server's one worker gives it: a dozen take about 4 s
        String step = "Sum(Tanh(k*x)/(1+Exp(-k*x)), {k,1,8}) = Sum(Tanh(k*x)*Exp(k*x)/(1+Exp(k*x)), {k,1,8})";
        long start = System.nanoTime();
        HttpResponse<String> r = post(ServeLoadTest.json(String.join("\n", Collections.nCopies(12, step))), "application/json", null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(millis > TIMEOUT_MILLIS + MARGIN_MILLIS, millis + " ms, not longer than the timeouts: the test shows nothing");
    }

    @Test
    void crossSitePostsAreRefusedAndTheServersOwnOriginIsNot() throws Exception {
        String own = "http://" + host();
        for (String type : List.of("text/plain", "application/json")) {
            HttpResponse<String> evil = post(SIMPLE, type, "http://evil.example");
            assertEquals(403, evil.statusCode(), evil.body());
            assertTrue(evil.body().contains("http://evil.example"), evil.body());
        }
        assertEquals(403, post(SIMPLE, "application/json", "null").statusCode()); // a sandboxed frame or a file
        assertEquals(403, post(SIMPLE, "application/json", "http://127.0.0.1:1").statusCode()); // another port is another site
        for (String origin : List.of(own, TRUSTED)) {
            HttpResponse<String> allowed = post(SIMPLE, "application/json", origin);
            assertEquals(200, allowed.statusCode(), origin + ": " + allowed.body());
            assertEquals("PROVED", new ObjectMapper().readTree(allowed.body()).path("verdict").asText());
        }
    }

    @Test
    void onlyJsonIsAccepted() throws Exception {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> r = post(SIMPLE, type, null);
            assertEquals(415, r.statusCode(), type);
            assertEquals("{\"error\":\"send JSON, with Content-Type: application/json\"}", r.body());
        }
        assertEquals(415, post(SIMPLE, null, null).statusCode());
        assertEquals(200, post(SIMPLE, "application/json; charset=utf-8", null).statusCode());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()),
                post(SIMPLE, "application/json", null),
                post(SIMPLE, "text/plain", "http://evil.example"),
                CLIENT.send(HttpRequest.newBuilder(uri.resolve("no-such-page")).build(), HttpResponse.BodyHandlers.ofString()));
        for (HttpResponse<String> answer : answers) {
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.startsWith("default-src 'self';"), answer + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("script-src"), "scripts only from the server itself: " + csp);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), answer.toString());
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), answer.toString());
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""), answer.toString());
        }
        assertEquals("text/html; charset=utf-8", answers.get(0).headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void requestsOverTheLimitsAreRefusedWithJsonAndTheSameHeaders() throws Exception {
        String longUrl = exchange("GET /" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        assertTrue(longUrl.startsWith("HTTP/1.1 414 "), longUrl);
        String bigHeader = exchange("GET / HTTP/1.1\r\nHost: " + host() + "\r\nX-Big: " + "a".repeat(10_000) + "\r\n\r\n");
        assertTrue(bigHeader.startsWith("HTTP/1.1 431 "), bigHeader);
        String chunk = "8000\r\n" + " ".repeat(0x8000) + "\r\n";
        String bigChunked = exchange("POST /api/check HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunk.repeat(3) + "0\r\n\r\n");
        assertTrue(bigChunked.startsWith("HTTP/1.1 413 "), bigChunked);
        assertTrue(bigChunked.endsWith("{\"error\":\"the request is larger than 65536 bytes\"}"), bigChunked);
        for (String answer : List.of(longUrl, bigHeader)) {
            assertTrue(answer.contains("\r\nContent-Type: application/json; charset=utf-8\r\n"), answer);
            assertTrue(answer.contains("\r\nX-Frame-Options: DENY\r\n"), answer);
            assertTrue(answer.endsWith("\"}"), answer);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static String host() {
        return "127.0.0.1:" + server.port();
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(1);
        return socket;
    }

    private static void write(Socket socket, byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
        } catch (IOException e) {
            // closed by the server: seen as closed when read
        }
    }

    /** Every {@code millis}, the next of {@code bytes} (round and round) to each open connection. */
    private static Consumer<List<Socket>> trickle(long millis, byte[] bytes) {
        long[] next = {System.nanoTime()};
        int[] sent = {0};
        return open -> {
            if (System.nanoTime() >= next[0]) {
                byte[] b = {bytes[sent[0]++ % bytes.length]};
                open.forEach(socket -> write(socket, b));
                next[0] += millis * 1_000_000;
            }
        };
    }

    /**
     * Polls the sockets every 10 ms, giving those still open to {@code round}, until the server
     * has closed them all; fails when one is seen open {@value #TIMEOUT_MILLIS} + {@value #MARGIN_MILLIS} ms after start.
     */
    private static void assertAllClosedWithin(List<Socket> sockets, long start, Consumer<List<Socket>> round) throws IOException {
        long limit = TIMEOUT_MILLIS + MARGIN_MILLIS;
        List<Socket> open = new ArrayList<>(sockets);
        List<Long> closedBy = new ArrayList<>();
        while (!open.isEmpty()) {
            for (Socket socket : new ArrayList<>(open)) {
                long before = (System.nanoTime() - start) / 1_000_000;
                boolean closed = closedByServer(socket);
                if (closed) {
                    open.remove(socket);
                    closedBy.add((System.nanoTime() - start) / 1_000_000);
                    socket.close();
                } else {
                    assertTrue(before <= limit, open.size() + " of " + sockets.size() + " connections still open after " + before + " ms");
                }
            }
            round.accept(open);
            sleep(10);
        }
        Collections.sort(closedBy);
        System.out.printf(Locale.ROOT, "attack: %d connections closed by the server after %d to %d ms (timeout %d ms)%n",
                sockets.size(), closedBy.get(0), closedBy.get(closedBy.size() - 1), TIMEOUT_MILLIS);
    }

    private static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                int b = in.read(); // a closed connection may first give the answer to what was sent
                if (b == -1) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    /** A raw request on a connection of its own, and all the server answers until it closes the connection or a second passes. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) != -1; ) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (SocketTimeoutException e) {
                // the connection stays open for the next request: what came is the answer
            }
            return answer.toString();
        }
    }

    private static HttpResponse<String> post(String body, String type, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.resolve("api/check")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Another client's simple checks, one every 100 ms while an attack runs; on close, they must
     * all have been proved, within {@value #SIMPLE_CHECK_MILLIS} ms at the 95th percentile (the
     * issue's figure; with fewer than 20 checks, that is every one of them).
     */
    private static final class SimpleChecks implements AutoCloseable {
        private final String attack;
        private final HttpClient client = HttpClient.newHttpClient();
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Future<List<Long>> millis;

        SimpleChecks(String attack) {
            this.attack = attack;
            millis = thread.submit(() -> {
                List<Long> all = new ArrayList<>();
                do {
                    long start = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri.resolve("api/check"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(SIMPLE)).build(), HttpResponse.BodyHandlers.ofString());
                    all.add((System.nanoTime() - start) / 1_000_000);
                    assertEquals(200, r.statusCode(), r.body());
                    assertTrue(r.body().startsWith("{\"verdict\":\"PROVED\""), r.body());
                    sleep(100);
                } while (running.get());
                return all;
            });
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            List<Long> all = new ArrayList<>(millis.get(1, TimeUnit.MINUTES));
            thread.shutdown();
            Collections.sort(all);
            long p50 = all.get((all.size() - 1) / 2);
            long p95 = all.get((int) Math.ceil(0.95 * all.size()) - 1);
            long max = all.get(all.size() - 1);
            String figures = String.format(Locale.ROOT, "attack: %s: %d simple checks from another client, p50 %d ms, p95 %d ms, max %d ms",
                    attack, all.size(), p50, p95, max);
            System.out.println(figures);
            assertTrue(p95 < SIMPLE_CHECK_MILLIS, figures);
        }
    }
}

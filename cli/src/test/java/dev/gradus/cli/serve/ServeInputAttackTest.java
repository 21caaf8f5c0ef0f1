package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18's tiny inputs that blocked the server's own parser, sent over HTTP: each is refused
 * with its column, and meanwhile another client's simple check is answered.
 */
class ServeInputAttackTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Reply(int status, JsonNode body) {}

    private static Reply post(String path, String body) throws Exception {
        URI uri = TestServer.uri().resolve(path);
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), JSON.readTree(r.body()));
    }

    private static String derive(String expression) {
        return JSON.createObjectNode().put("expression", expression).set("variables", JSON.createArrayNode().add("x")).toString();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "0 | exponent *^ of more than 3 digits | 2",
        "1 | more than 8 operators in a row    | 1",
        "2 | more than 8 operators in a row    | 2",
    })
    void eachIsRefusedWithItsColumn(int which, String said, int column) throws Exception {
        String text = InputScreenTest.PATHOLOGICAL.get(which);
        for (Reply r : new Reply[] {post("api/check", ServeLoadTest.json(text + " = x")), post("api/derive", derive(text))}) {
            assertEquals(400, r.status(), r.body().toString());
            assertTrue(r.body().path("error").asText().contains(said), r.body().toString());
            assertEquals(column, r.body().path("column").asInt(), r.body().toString());
        }
    }

    /** Before, 1*^1000000 held the one parser for 14 s and 20,000 '!' for more than a minute; the bound is generous. */
    @Test
    void aSimpleCheckIsAnsweredWhileTheyAreSent() throws Exception {
        TestServer.uri();
        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CompletableFuture<Void> attack = CompletableFuture.runAsync(() -> {
            try {
                while (attacking.get()) {
                    for (String text : InputScreenTest.PATHOLOGICAL) {
                        sent.addAndGet(2);
                        refused.addAndGet(post("api/check", ServeLoadTest.json(text + " = 0")).status() == 400 ? 1 : 0);
                        refused.addAndGet(post("api/derive", derive(text)).status() == 400 ? 1 : 0);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                Reply r = post("api/check", ServeLoadTest.json("x + x = 2*x"));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals("PROVED", r.body().path("verdict").asText(), r.body().toString());
                assertTrue(millis < 5_000, "a simple check took " + millis + " ms");
            }
        } finally {
            attacking.set(false);
        }
        attack.get();
        assertTrue(sent.get() >= 6, sent + " sent");
        assertEquals(sent.get(), refused.get(), "each answered 400");
    }
}

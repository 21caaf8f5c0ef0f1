package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over HTTP: its shapes, and every way a request is refused, each with a clear message and no stack trace. */
class ServeApiTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Reply(int status, JsonNode body, String text) {}

    private static Reply post(String path, String body) throws Exception {
        URI uri = TestServer.uri().resolve(path);
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
        return new Reply(r.statusCode(), JSON.readTree(r.body()), r.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x = Import(\"/etc/passwd\")      | Import reads or writes files     | 5",
        "Export(\"f\", x) = x             | Export reads or writes files     | 1",
        "x = Run(\"ls\")                  | Run is not allowed here        | 5",
        "Get(\"init.m\") = 1              | Get reads or writes files        | 1",
        "x = Put(x, \"f\")                | Put reads or writes files        | 5",
        "Set(y, 1) = 1                    | an assignment or definition        | 1",
        "SetDelayed(f(y_), 0) = 1         | an assignment or definition | 1",
        "Module({y}, y) = 1               | Module is not allowed here     | 1",
        "x = RunProcess(\"ls\")           | RunProcess is not allowed here | 5",
        "x = Compile({y}, y)              | Compile is not allowed here    | 5",
    })
    void eachForbiddenHeadIsRefusedWithItsPlace(String text, String said, int column) throws Exception {
        Reply r = post("api/check", ServeLoadTest.json(text));
        assertEquals(400, r.status(), r.text());
        assertTrue(r.body().path("error").asText().contains(said), r.text());
        assertEquals(column, r.body().path("column").asInt(), r.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/derive", "api/grad"})
    void derivationsAndGradientsAreScreenedToo(String path) throws Exception {
        Reply r = post(path, "{\"expression\": \"x + Run(\\\"ls\\\")\", \"variables\": [\"x\"], \"at\": \"x=1\"}");
        assertEquals(400, r.status(), r.text());
        assertEquals("Run is not allowed here: only mathematical functions are accepted", r.body().path("error").asText());
        assertEquals(5, r.body().path("column").asInt());
    }

    @Test
    void aSyntaxErrorNamesItsColumn() throws Exception {
        Reply r = post("api/check", ServeLoadTest.json("sigmoid(x) = 1+*2"));
        assertEquals(400, r.status(), r.text());
        assertEquals(16, r.body().path("column").asInt(), r.text());
    }

    @Test
    void plainNotationIsReadWithItsNotesAndDeclaredVariables() throws Exception {
        Reply r = post("api/check", ServeLoadTest.json("sin x^2 = sin(x^2)"));
        assertEquals(200, r.status(), r.text());
        assertEquals("PROVED", r.body().path("verdict").asText(), r.text());
        assertEquals("'sin x^2' is read as Sin(x^2)", r.body().path("steps").get(0).path("notes").get(0).asText(), r.text());
        Reply e = post("api/check", "{\"text\": \"e^2 = e*e\", \"variables\": [\"e\"]}");
        assertEquals("e^2", e.body().path("steps").get(0).path("lhs").asText(), e.text());
        Reply refused = post("api/check", ServeLoadTest.json("2x  +   Run(\"ls\") = 1"));
        assertEquals(400, refused.status(), refused.text());
        assertEquals(9, refused.body().path("column").asInt(), "where Run was written, not where it stands as read: " + refused.text());
    }

    @Test
    void limitsOfSizeDepthAndForm() throws Exception {
        assertEquals(413, post("api/check", ServeLoadTest.json("x = " + "x+".repeat(40_000) + "x")).status());
        Reply deep = post("api/check", ServeLoadTest.json("x = " + "sin(".repeat(100) + "x" + ")".repeat(100)));
        assertEquals(400, deep.status());
        assertTrue(deep.body().path("error").asText().contains("nested more than 60 levels"), deep.text());
        Reply notJson = post("api/check", "{\"text\": ");
        assertEquals(400, notJson.status());
        assertTrue(notJson.body().path("error").asText().startsWith("the body is not JSON"), notJson.text());
        assertEquals("\"text\" is required: a non-empty string", post("api/check", "{}").body().path("error").asText());
        assertEquals(405, CLIENT.send(HttpRequest.newBuilder(TestServer.uri().resolve("api/check")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void checkAnswersAsTheCommandLinesJsonDoes() throws Exception {
        Reply r = post("api/check", ServeLoadTest.json("D(softsign(z), z) = sign(z)/(1+abs(z))^2"));
        assertEquals(200, r.status(), r.text());
        assertEquals("REFUTED", r.body().path("verdict").asText());
        JsonNode step = r.body().path("steps").get(0);
        assertEquals(java.util.List.of("lhs", "rhs", "verdict", "method", "counterexample", "message", "notes", "input", "lhsTex", "rhsTex",
                "line", "column"), iterable(step));
        assertTrue(step.path("counterexample").has("z"), r.text());
    }

    @Test
    void aStreamedCheckSendsEachLineAsSoonAsItsStepIsChecked() throws Exception {
        // the second step needs more than its slice of 0.3 s: the lines before it must not wait for it
        String text = "x + x = 2*x\nSum(Tanh(k*x)/(1+Exp(-k*x)), {k,1,8}) = Sum(Tanh(k*x)*Exp(k*x)/(1+Exp(k*x)), {k,1,8})";
        HttpRequest request = HttpRequest.newBuilder(TestServer.uri().resolve("api/check")).header("Content-Type", "application/json")
                .header("Accept", CheckEndpoint.STREAM).POST(HttpRequest.BodyPublishers.ofString(ServeLoadTest.json(text))).build();
        HttpResponse<java.util.stream.Stream<String>> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, r.statusCode());
        java.util.List<String> types = new java.util.ArrayList<>();
        java.util.List<Long> arrived = new java.util.ArrayList<>();
        r.body().forEach(line -> {
            arrived.add(System.nanoTime() / 1_000_000);
            types.add(readTree(line).path("type").asText());
        });
        assertEquals(java.util.List.of("steps", "step", "step", "report"), types);
        long firstStepToReport = arrived.get(3) - arrived.get(1);
        assertTrue(firstStepToReport >= TestServer.SLICE_MILLIS - 50, "the first step's line came " + firstStepToReport
                + " ms before the report, not when its step was checked");
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void deriveAndGradAnswerAsTheCommandLinesJsonDoes() throws Exception {
        Reply d = post("api/derive", "{\"expression\": \"x*sigmoid(x)\", \"variables\": [\"x\"]}");
        assertEquals(200, d.status(), d.text());
        assertEquals("1/(1+E^(-x))+x/(2+2*Cosh(x))", d.body().path("derivatives").path("x").asText());
        Reply g = post("api/grad", "{\"expression\": \"sigmoid(x*y) + tanh(x-y)^2\", \"at\": \"x=0.7,y=-1.3\"}");
        assertEquals(200, g.status(), g.text());
        assertEquals(-0.12980152244063903, g.body().path("gradient").path("x").asDouble(), 1e-12);
        assertTrue(g.body().path("maxRelError").asDouble() < 1e-6, g.text());
    }

    private static java.util.List<String> iterable(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

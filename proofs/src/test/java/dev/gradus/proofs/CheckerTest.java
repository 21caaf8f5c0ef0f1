package dev.gradus.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verifier's API: claims and derivations checked in the checker's worker, within their time limits. */
class CheckerTest {
    private static Checker checker;

    @BeforeAll
    static void start() {
        checker = new Checker(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        checker.close();
    }

    @Test
    void aClaimIsProvedOrRefutedWithItsCounterexample() {
        assertEquals(Verdict.PROVED, checker.check(Claim.of("sigmoid(x)", "(1+tanh(x/2))/2")).verdict());
        StepResult wrong = checker.check(Claim.of("D(sigmoid(x), x)", "sigmoid(x)*(1+sigmoid(x))"));
        assertEquals(Verdict.REFUTED, wrong.verdict());
        assertNotNull(wrong.counterexample().get("x"));
    }

    @Test
    void aDerivationIsCheckedStepByStepAsWritten() throws ParseError {
        List<Integer> seen = new ArrayList<>();
        CheckedDerivation d = checker.check(CheckInput.text("d/dx x^2 = 2x = x + x + 1"), s -> seen.add(s.claim().rhsAt().column()));
        assertEquals(List.of(Verdict.PROVED, Verdict.REFUTED), d.steps().stream().map(s -> s.result().verdict()).toList());
        assertEquals(Verdict.REFUTED, d.verdict());
        assertEquals(List.of(12, 17), seen, "each step handed over as it is checked, with where its right side starts");
        ObjectNode json = CheckJson.report(d);
        assertEquals("REFUTED", json.get("verdict").asText());
        assertEquals("2x = x + x + 1", json.get("steps").get(1).get("input").asText());
        assertEquals(1.0, json.get("steps").get(1).get("counterexample").size(), "one coordinate: x");
    }

    @Test
    void aLatexDocumentComesBackTypesetWithWhatWasSkipped() throws ParseError {
        CheckedDerivation d = checker.check(CheckInput.text("$$ (x^2)' = 2x $$ and $$ x^2 \\ge 0 $$"));
        assertTrue(d.latex());
        assertEquals(Verdict.PROVED, d.verdict());
        assertEquals(2, d.steps().get(0).tex().size());
        assertEquals(1, d.skipped().size());
    }

    @Test
    void nothingToCheckProvesNothing() {
        assertEquals(Verdict.UNKNOWN, new CheckedDerivation(List.of(), List.of(), false).verdict());
    }

    @Test
    void aStepThatOverrunsItsLimitIsUnknownWithinIt() {
        try (Checker quick = new Checker(Duration.ofSeconds(3))) {
            quick.check(Claim.of("1", "1"));   // the worker's start does not count against the slow step
            long start = System.nanoTime();
            StepResult slow = quick.check(Claim.of("Integrate(1/(x^30+1), x)", "0"));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(Verdict.UNKNOWN, slow.verdict(), slow.message());
            assertTrue(seconds < 3 + 2, seconds + " s");
        }
    }

    @Test
    void aSyntaxErrorIsLocated() {
        ParseError e = checker.syntaxError("sin(x = 1");
        assertNotNull(e);
        assertTrue(e.column() > 0);
        assertNull(checker.syntaxError("sin(x) + 1"));
    }

    private static List<Verdict> verdicts(String text) throws ParseError {
        return checker.check(CheckInput.text(text)).steps().stream().map(s -> s.result().verdict()).toList();
    }

    @Test
    void aPlainDefinitionIsOfTheNameAsReadGreekIndexedOrACapitalTheEngineKeeps() throws ParseError {
        List<Verdict> definedThenProved = List.of(Verdict.DEFINED, Verdict.PROVED);
        assertEquals(definedThenProved, verdicts("δ = x^2\nδ = x*x\n"), "δ defines delta: was REFUTED at delta = -1");
        assertEquals(definedThenProved, verdicts("w_1 = x^2\nw_1 = x*x\n"), "w_1 defines w1");
        assertEquals(definedThenProved, verdicts("C = x^2\nC = x*x\n"), "C, a cost, is a variable: was an ERROR");
        assertEquals(definedThenProved, verdicts("D = x + 1\nD = 1 + x\n"), "D alone is a variable: was UNKNOWN");
        assertEquals(definedThenProved, verdicts("E = ½(t - o)²\n∂E/∂o = o - t\n"), "E, an error, is defined: not Euler's number");
        assertEquals(List.of(Verdict.DEFINED, Verdict.DEFINED, Verdict.PROVED), verdicts("N = 10\nO = N^2\nO = 100\n"));
        assertEquals(List.of(Verdict.DEFINED, Verdict.DEFINED, Verdict.PROVED), verdicts("C = ½(y - a)²\nδ2 = ∂C/∂a = a - y\n"));
        assertEquals(List.of(Verdict.REFUTED, Verdict.REFUTED), verdicts("oo = 5\noo = 6\n"), "infinity is no name to define");
    }

    @Test
    void leakyReluInPlainTextIsTheTablesWithItsSlopeOrTheDocumentsOwn() throws ParseError {
        assertEquals(List.of(Verdict.PROVED), verdicts("leakyrelu(-2) = -0.02"), "was UNKNOWN, read as prelu without a slope");
        assertEquals(List.of(Verdict.PROVED), verdicts("LeakyReLU(-2) = -2/100"));
        assertEquals(List.of(Verdict.REFUTED), verdicts("leakyrelu(-2) = -0.2"));
        assertEquals(List.of(Verdict.DEFINED, Verdict.PROVED), verdicts("leakyrelu(x) = max(a*x, x)\nleakyrelu(2) = max(2a, 2)\n"));
    }

    @Test
    void aTimeLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Checker(Duration.ZERO));
    }
}

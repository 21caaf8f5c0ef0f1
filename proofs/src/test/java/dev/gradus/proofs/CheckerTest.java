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

    @Test
    void aTimeLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Checker(Duration.ZERO));
    }
}

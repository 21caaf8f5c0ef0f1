package dev.gradus.proofs.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Definition;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue format: claims, families, abbreviations, expectations, and clear errors. */
class CatalogueReaderTest {

    private static List<CatalogueEntry> read(String text) throws ParseError {
        return CatalogueReader.read(text.lines().toList());
    }

    @Test
    void aChainClaimHasOneExpectedVerdictPerStep() throws ParseError {
        List<CatalogueEntry> entries = read("""
                document sheet.txt
                # a comment
                claim sig
                  says the sigmoid as a tanh
                  check sigmoid(x) = (1+tanh(x/2))/2 = 1/(1+exp(-x))
                  expect PROVED
                claim wrong
                  check a = b = c
                  expect PROVED REFUTED
                """);
        assertEquals(2, entries.size());
        CatalogueEntry sig = entries.get(0);
        assertEquals("sheet.txt", sig.document());
        assertEquals("the sigmoid as a tanh", sig.says());
        assertEquals(2, sig.steps().size());
        assertEquals(List.of(Verdict.PROVED, Verdict.PROVED), sig.expected());
        assertEquals("(1+tanh(x/2))/2", sig.steps().get(1).lhs());
        assertEquals(5, sig.steps().get(0).lhsAt().line(), "positions point into the catalogue file");
        assertEquals(List.of(Verdict.PROVED, Verdict.REFUTED), entries.get(1).expected());
    }

    @Test
    void aChainMayStartWithADefinition() throws ParseError {
        CatalogueEntry entry = read("""
                document sheet.txt
                claim defined
                  check f(x) := x^2 + 1 = x*x + 1
                  expect DEFINED PROVED
                """).get(0);
        assertEquals(List.of(Verdict.DEFINED, Verdict.PROVED), entry.expected());
        assertTrue(entry.steps().get(0).notation().defines());
        assertEquals(List.of(new Definition("f", List.of("x"), "x^2 + 1")), entry.steps().get(1).notation().definitions());
        // without ':=' a chain is a claim, even when its left side could name a function
        assertFalse(read("document d\nclaim c\n  check g(x) = x\n  expect REFUTED\n").get(0).steps().get(0).notation().defines());
    }

    @Test
    void assumptionsComplexVariablesAndAbbreviationsApplyToTheClaim() throws ParseError {
        CatalogueEntry e = read("""
                claim bp
                  complex y, z
                  assume z != 0
                  let c = 1/2*abs2(y - sigmoid(z))
                  check Dz(c, z) = -1/2*conj(y - sigmoid(z))*sigmoid'(z)
                  expect PROVED
                """).get(0);
        assertEquals(java.util.Set.of("y", "z"), e.steps().get(0).complexVariables());
        assertEquals(List.of("z != 0"), e.steps().get(0).assumptions());
        assertEquals("Dz((1/2*abs2(y - sigmoid(z))), z)", e.steps().get(0).lhs());
    }

    @Test
    void inequalitiesAndMaximaAreRead() throws ParseError {
        List<CatalogueEntry> entries = read("""
                claim bound
                  inequality sigmoid'(z) <= 1/4 for z in (-Infinity, Infinity) by (sigmoid(z) - 1/2)^2
                  expect PROVED
                claim peak
                  maximum 2/w*Log(w/2*(1 + Sqrt(1 - 4/w)) - 1) for w in (4, 100) is 0.4477 at 6.894
                  expect PLAUSIBLE
                """);
        assertEquals("sigmoid'(z)", entries.get(0).inequality().lhs());
        assertEquals("<=", entries.get(0).inequality().relation());
        assertEquals("(sigmoid(z) - 1/2)^2", entries.get(0).inequality().certificate());
        assertNull(entries.get(0).maximum());
        assertEquals(new java.math.BigDecimal("0.4477"), entries.get(1).maximum().value());
        assertEquals("(4, 100)", entries.get(1).maximum().domain().toString());
        assertEquals(1, entries.get(1).size());
    }

    @Test
    void mistakesNameTheirLine() {
        assertError("claim a\n  check x = x\n", "line 1", "needs 'expect VERDICT'");
        assertError("claim a\n  check x = x\n  expect PROVEN\n", "line 3", "'PROVEN' is not a verdict");
        assertError("claim a\n  check x = y = z\n  expect PROVED PROVED PROVED\n", "line 1", "2 steps but 3 expected");
        assertError("  check x = x\n", "line 1", "belongs to a claim");
        assertError("claim a\n  check x = x\n  tex x = x\n", "line 3", "has check already");
        assertError("claim a\n  inequality x < 1 for x in [1, x]\n  expect PROVED\n", "line 2", "'x' is not a number");
        assertError("claim a\n  check x\n  expect PROVED\n", "", "needs '='");
        assertError("claim a\n  let c = c + 1\n  check c = 1\n  expect PROVED\n", "line 1", "circle");
        assertError("claim a\n  frobnicate\n", "line 2", "unknown keyword 'frobnicate'");
    }

    private static void assertError(String text, String where, String what) {
        ParseError e = assertThrows(ParseError.class, () -> read(text));
        assertTrue(e.getMessage().contains(where) && e.getMessage().contains(what), e.getMessage());
    }
}

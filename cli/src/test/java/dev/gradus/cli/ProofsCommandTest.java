package dev.gradus.cli;

import static dev.gradus.cli.CommandRun.gradus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gradus proofs: the catalogue's table and JSON, its exit status, and catalogue files of one's own. */
class ProofsCommandTest {


    @Test
    void theTransferFunctionSheetHasEveryVerdictAsExpected() {
        CommandRun run = gradus("proofs", "--document", "transfer-functions");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*sig-as-tanh-derivation\\s+PROVED x7\\s+PROVED x7\\s+ok.*"), run.out());
        assertTrue(run.out().contains("the left-hand side is Infinity, the right-hand side -Infinity"), "the false limit and why");
        assertTrue(run.out().contains("every verdict as expected"), run.out());
    }

    @Test
    void theJsonNamesEachStepsVerdictExpectationAndCounterexample() throws Exception {
        CommandRun run = gradus("proofs", "--json", "--document", "slides");
        assertEquals(0, run.status(), run.err());
        JsonNode root = Json.MAPPER.readTree(run.out());
        assertTrue(root.get("asExpected").asBoolean());
        assertTrue(root.get("seconds").asDouble() > 0);
        JsonNode softsign = null;
        for (JsonNode claim : root.get("results")) {
            assertEquals("slides-activation-functions.txt", claim.get("document").asText());
            if (claim.get("claim").asText().equals("softsign-derivative-as-written")) {
                softsign = claim;
            }
        }
        assertTrue(softsign != null, "the slides' wrong softsign derivative is in the catalogue");
        JsonNode step = softsign.get("steps").get(0);
        assertEquals("REFUTED", step.get("verdict").asText());
        assertEquals("REFUTED", step.get("expected").asText());
        assertTrue(step.get("counterexample").get("z").asDouble() < 0, step.toString());
    }

    @Test
    void aVerdictOtherThanTheExpectedOneExitsOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.txt"), """
                document mine
                claim optimistic
                  says softsign' as on the slides, expected to hold (it does not)
                  check D(softsign(z), z) = sign(z)/(1+abs(z))^2
                  expect PROVED
                """);
        CommandRun run = gradus("proofs", file.toString());
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().matches("(?s).*optimistic\\s+REFUTED\\s+PROVED\\s+NO.*"), run.out());
        assertTrue(run.out().contains("1 not as expected"), run.out());
    }

    @Test
    void aMalformedCatalogueIsAnInputErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.txt"), "claim a\n  check x = x\n  expect PROVEN\n");
        CommandRun run = gradus("proofs", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("line 3") && run.err().contains("'PROVEN' is not a verdict"), run.err());
        CommandRun missing = gradus("proofs", dir.resolve("missing.txt").toString());
        assertEquals(2, missing.status());
        assertEquals("gradus proofs: cannot read " + dir.resolve("missing.txt") + ": no such file or folder", missing.err().strip());
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'x'});
        CommandRun notText = gradus("proofs", binary.toString());
        assertEquals(2, notText.status());
        assertEquals("gradus proofs: cannot read " + binary + ": not UTF-8 text", notText.err().strip());
    }
}

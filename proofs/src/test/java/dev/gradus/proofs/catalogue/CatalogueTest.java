package dev.gradus.proofs.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.ProofService;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every claim of the shipped catalogue gets its expected verdict, on the in-process verifier. */
class CatalogueTest {

    @Test
    void everyShippedClaimGetsTheVerdictItExpects() throws ParseError {
        List<CatalogueEntry> entries = Catalogue.shipped();
        ProofService service = new ProofService();
        List<String> unexpected = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            List<StepResult> results = new ArrayList<>();
            if (entry.inequality() != null) {
                results.add(service.inequality(entry.inequality(), Deadline.in(30_000)));
            } else if (entry.maximum() != null) {
                results.add(service.maximum(entry.maximum()));
            } else {
                for (Claim step : entry.steps()) {
                    results.add(service.check(step, Deadline.in(30_000), r -> { }));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).verdict() != entry.expected().get(i)) {
                    unexpected.add(entry.name() + " step " + (i + 1) + ": " + results.get(i));
                }
            }
        }
        assertEquals(List.of(), unexpected);
    }

    @Test
    void theCatalogueCoversEveryDocumentTheFalseClaimsAndTheFamilies() throws ParseError {
        List<CatalogueEntry> entries = Catalogue.shipped();
        Set<String> documents = entries.stream().map(CatalogueEntry::document).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Catalogue.FILES), documents, "one file per seed document, named after it");
        Set<String> refuted = entries.stream().filter(e -> e.expected().contains(Verdict.REFUTED)).map(CatalogueEntry::id)
                .collect(Collectors.toSet());
        assertTrue(refuted.containsAll(Set.of("leaky-relu-limit-as-written", "softsign-derivative-as-written",
                "sigmoid-derivative-as-written")), refuted.toString());
        assertEquals(9, entries.stream().filter(e -> e.id().equals("chain-do_N-dw_1")).count(), "N = 2..10");
        assertEquals(8, entries.stream().filter(e -> e.id().equals("skip-do_N-dw_1")).count(), "N = 3..10");
        CatalogueEntry sig = entries.stream().filter(e -> e.id().equals("sig-as-tanh-derivation")).findFirst().orElseThrow();
        assertEquals(7, sig.steps().size(), "the solution's derivation has seven steps");
        assertEquals("sigmoid(x)", sig.steps().get(0).lhs());
    }
}

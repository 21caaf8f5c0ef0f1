package dev.gradus.cli;

import static dev.gradus.cli.CommandRun.gradus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped documents in {@code examples/notes}, written as lecture notes and blog posts write
 * derivations (definitions in prose, aligned chains, the cross-entropy shortcut, rounded values,
 * primes on unknown functions): every step at the verdict its mathematics deserves.
 */
class NotesCorpusTest {
    private static List<String> verdicts(String file) throws Exception {
        return gradus("check", "--json", "../examples/notes/" + file).verdicts();
    }

    @Test
    void backpropagationThroughOneUnitIsRightThroughout() throws Exception {
        List<String> expected = new ArrayList<>(List.of("DEFINED", "PROVED", "PROVED", "PROVED", "PROVED",
                // L := ... after the prose defined L is no second definition: a step, and true
                "DEFINED", "DEFINED", "DEFINED", "PROVED", "PROVED", "PROVED", "PROVED", "PROVED", "PROVED", "PROVED",
                "DEFINED", "PROVED", "PROVED", "PROVED", "PROVED", "PROVED", "PROVED", "PROVED", "PROVED",
                "DEFINED", "PROVED", "PROVED"));
        assertEquals(expected, verdicts("backprop-one-unit.md"));
    }

    @Test
    void eachCommonMistakeIsRefuted() throws Exception {
        // σ' with the sign lost, the quotient rule with +, the chain rule's x forgotten, 0.63 for σ(0.5), ln of a sum split
        assertEquals(List.of("DEFINED", "REFUTED", "REFUTED", "DEFINED", "DEFINED", "REFUTED", "REFUTED", "REFUTED", "PROVED"),
                verdicts("common-mistakes.md"));
    }

    /**
     * Notations an outside test found misread: hatted and subscripted names defined in prose, "let
     * ... and ...", no second definition of a name by a word of prose, primes in u v' + u' v,
     * \operatorname{erf}, a residual named e after Euler's e was used, a Wirtinger derivative by
     * \bar z; indices and updates are skipped with their reasons.
     */
    @Test
    void otherAuthorsNotationsAreReadOrSkippedWithAReason() throws Exception {
        CommandRun run = gradus("check", "--json", "../examples/notes/other-authors.md");
        // "$\\hat{y} = \\sigma(z_1)$ where $\\sigma(t) = ...$": the sentence defines the σ it uses
        assertEquals(List.of("DEFINED", "DEFINED", "DEFINED", "DEFINED", "PROVED", "PROVED", "DEFINED", "REFUTED", "DEFINED", "DEFINED",
                "PROVED", "PROVED", "PROVED", "PROVED", "DEFINED", "PROVED", "PROVED", "PROVED", "DEFINED", "PROVED"), run.verdicts(), run.out());
        List<String> reasons = new ArrayList<>();
        run.json().path("skipped").forEach(s -> reasons.add(s.path("reason").asText().replaceAll(" \\(.*", "")));
        assertEquals(List.of("indexed notation", "an update"), reasons, run.out());
    }

    @Test
    void theQuotientRuleHoldsForUnknownFunctionsInBothNotations() throws Exception {
        assertEquals(List.of("PROVED", "PROVED", "PROVED"), verdicts("quotient-rule.tex"));
    }
}

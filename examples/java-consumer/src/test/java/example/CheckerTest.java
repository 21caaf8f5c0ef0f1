package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.gradus.proofs.CheckInput;
import dev.gradus.proofs.CheckJson;
import dev.gradus.proofs.CheckedDerivation;
import dev.gradus.proofs.Checker;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claims and a derivation checked from Java. */
class CheckerTest {

    @Test
    void claimsAndADerivation() throws ParseError {
        try (Checker checker = new Checker(Duration.ofSeconds(20))) {
            StepResult proved = checker.check(Claim.of("sigmoid(x)", "(1+tanh(x/2))/2"));
            StepResult refuted = checker.check(Claim.of("D(tanh(x), x)", "1 + tanh(x)^2"));
            CheckedDerivation steps = checker.check(CheckInput.text("d/dx x^2 = 2x = x + x"));
            System.out.println(CheckJson.report(steps).toPrettyString());   // as gradus check --json prints it

            assertEquals(Verdict.PROVED, proved.verdict());
            assertEquals(Verdict.REFUTED, refuted.verdict());
            Map<String, Double> at = refuted.counterexample();   // a point where the sides differ
            double t = Math.tanh(at.get("x"));
            assertNotEquals(1 - t * t, 1 + t * t);
            assertEquals(Verdict.PROVED, steps.verdict());
            assertEquals(2, steps.steps().size());
        }
    }
}

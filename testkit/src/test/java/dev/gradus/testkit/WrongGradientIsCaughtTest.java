package dev.gradus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs the README's example with the slides' wrong derivative through jqwik, and reads its failure. */
class WrongGradientIsCaughtTest {

    @Test
    void theWrongDerivativeFailsWithAShrunkCounterexampleAndTheReport() {
        Events tests = EngineTestKit.engine("jqwik")
                .selectors(selectClass(WrongSoftsignDerivativeExample.class))
                .execute()
                .testEvents();
        assertEquals(1, tests.failed().count(), "the property must fail");
        List<Event> failed = tests.failed().list();
        Throwable failure = failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).orElseThrow();
        String message = failure.getMessage();
        assertTrue(message.contains("the gradient is wrong"), message);
        assertTrue(message.contains("MISMATCH"), message);
        // jqwik reports the failure of the shrunk sample. With seed 42 the first failing sample
        // was (-0.002006, 0.829739, -0.064566); shrinking drives every coordinate to 0.0, where
        // sgn(0) = 0 but softsign'(0) = 1.
        assertTrue(message.contains("gradient check at (x[0] = 0.0, x[1] = 0.0, x[2] = 0.0)"), message);
        assertTrue(message.lines().anyMatch(l -> l.matches("\\s*x\\[0\\]\\s+0\\.0\\s+0\\.99999\\d*\\s.*MISMATCH")),
                "analytic 0 against numeric 1:\n" + message);
    }
}

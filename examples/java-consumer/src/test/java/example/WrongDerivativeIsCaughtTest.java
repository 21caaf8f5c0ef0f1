package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.junit.jupiter.api.Test;

/** The testkit's property fails on the wrong derivative, and jqwik shrinks the point it reports. */
class WrongDerivativeIsCaughtTest {

    @Test
    void theWrongDerivativeFailsWithAShrunkSample() {
        Events tests = EngineTestKit.engine("jqwik").selectors(selectClass(WrongDerivativeProperty.class)).execute().testEvents();
        assertEquals(1, tests.failed().count(), "the property must fail");
        Throwable failure = tests.failed().list().get(0).getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).orElseThrow();
        String report = failure.getMessage();
        System.out.println(report);
        assertTrue(report.contains("MISMATCH"), report);
        // jqwik's first failing sample was (0.614499, -0.030149); it shrinks towards 0 and reports the
        // simplest point that still fails: x[0] = 0, where 1 + tanh^2 and 1 - tanh^2 agree, and x[1] small
        assertTrue(report.contains("gradient check at (x[0] = 0.0, x[1] = 7.08E-4)"), report);
    }
}

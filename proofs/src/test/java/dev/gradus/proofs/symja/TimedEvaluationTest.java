package dev.gradus.proofs.symja;

import dev.gradus.proofs.ParseError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;

/** SymjaEngine's time limits hold to well under a second, where Symja's TimeConstrained rounds up to one. */
class TimedEvaluationTest {
    private final SymjaEngine engine = new SymjaEngine();

    @Test
    void anEvaluationWithinItsLimitGivesItsValue() throws ParseError {
        assertEquals("3*x^2", engine.eval(engine.parse("D(x^3, x)"), 5_000).toString());
    }

    @Test
    void anEvaluationPastItsLimitIsStoppedThereAndTheEngineGoesOn() throws ParseError {
        long start = System.nanoTime();
        // seconds of work: 245,157 terms
        assertNull(engine.eval(F.Expand(engine.parse("(1+a+b+c+d+f+g+h)^16")), 100)); // Expand is the engine's, not the user's
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 800, "stopped after " + millis + " ms; TimeConstrained(.., 0.1) takes a full second");
        assertFalse(engine.hadRunaway(), "Expand looks at the stop request");
        assertEquals("2*x", engine.eval(engine.parse("D(x^2, x)"), 5_000).toString());
    }
}

package dev.gradus.proofs.symja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/** What Symja throws leaves the engine as one kind of exception, whatever it was, with the original as its cause. */
class SymjaFailureTest {
    private final SymjaEngine engine = new SymjaEngine();

    @Test
    void symjasOwnExceptionsAreWrappedOnce() {
        IExpr broken = F.unaryAST1(S.Sin, null);   // a tree Symja's evaluator fails on
        SymjaFailure direct = assertThrows(SymjaFailure.class, () -> engine.eval(broken));
        assertInstanceOf(NullPointerException.class, direct.getCause());
        assertTrue(direct.getMessage().startsWith("NullPointerException"), direct.getMessage());
        SymjaFailure timed = assertThrows(SymjaFailure.class, () -> engine.eval(broken, 5_000));
        assertInstanceOf(NullPointerException.class, timed.getCause());
        assertEquals(F.C2, engine.eval(F.Plus(F.C1, F.C1)), "the engine still works");
    }

    @Test
    void anExactPowerOfMillionsOfDigitsStaysUnevaluatedInsteadOfRunningAway() throws Exception {
        for (String power : new String[] {"2^(10^9)", "3^(10^7)"}) {
            IExpr value = engine.eval(engine.parse(power), 10_000);
            assertTrue(value != null && value.isPower(), power + " as " + value);
        }
        assertTrue(!engine.hadRunaway(), "no computation had to be stopped by force");
        assertTrue(engine.eval(F.Power(F.C2, F.ZZ(100_000)), 10_000).isInteger(), "smaller powers are exact");
    }

    @Test
    void aRecursionDeeperThanTheStackIsSymjasFailure() {
        IExpr deep = F.x;
        for (int i = 0; i < 200_000; i++) {
            deep = F.Sin(deep);
        }
        IExpr tooDeep = deep;
        SymjaFailure failure = assertThrows(SymjaFailure.class, () -> engine.eval(tooDeep, 30_000));
        assertInstanceOf(StackOverflowError.class, failure.getCause());
    }
}

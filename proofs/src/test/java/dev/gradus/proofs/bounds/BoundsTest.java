package dev.gradus.proofs.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.verify.Verifier;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inequalities (certificates and numeric search) and numeric maxima, on the homework's claims. */
class BoundsTest {
    private static SymjaEngine engine;
    private static InequalityCheck inequalities;

    @BeforeAll
    static void setUp() {
        engine = new SymjaEngine();
        inequalities = new InequalityCheck(engine, new Verifier(engine));
    }

    private static StepResult check(String lhs, String rel, String rhs, String domain, String certificate) throws ParseError {
        return inequalities.check(new Inequality(lhs, rel, rhs, "z", Interval.parse(domain), certificate), Deadline.in(20_000));
    }

    @Test
    void sigmoidsSlopeIsAtMostAQuarterByASquare() throws ParseError {
        StepResult r = check("sigmoid'(z)", "<=", "1/4", "(-Infinity, Infinity)", "(sigmoid(z) - 1/2)^2");
        assertEquals(Verdict.PROVED, r.verdict(), r.toString());
        StepResult positive = check("0", "<", "sigmoid'(z)", "(-Infinity, Infinity)", "sigmoid(z)*sigmoid(-z)");
        assertEquals(Verdict.PROVED, positive.verdict(), positive.toString());
    }

    @Test
    void aCertificateOfTheWrongSignProvesNothing() throws ParseError {
        StepResult r = check("sigmoid'(z)", "<=", "1/4", "(-Infinity, Infinity)", "-(-(sigmoid(z) - 1/2)^2)");
        assertEquals(Verdict.PLAUSIBLE, r.verdict(), r.toString());
        assertTrue(r.message().contains("not visibly non-negative"), r.message());
    }

    @Test
    void withoutACertificateTheSearchFindsNoViolationOrAConfirmedOne() throws ParseError {
        assertEquals(Verdict.PLAUSIBLE, check("sigmoid'(z)", "<=", "1/4", "(-Infinity, Infinity)", null).verdict());
        StepResult tooLow = check("sigmoid'(z)", "<=", "1/5", "(-Infinity, Infinity)", null);
        assertEquals(Verdict.REFUTED, tooLow.verdict(), tooLow.toString());
        assertTrue(Math.abs(tooLow.counterexample().get("z")) < 1, tooLow.toString());
    }

    @Test
    void seluStaysBelowTheIdentityOnlyDownToAboutMinusOnePointTwoFive() throws ParseError {
        StepResult sheet = check("selu(z)", "<", "z", "[-1.25, 0)", null);
        assertEquals(Verdict.PLAUSIBLE, sheet.verdict(), sheet.toString());
        StepResult wider = check("selu(z)", "<", "z", "[-1.3, 0)", null);
        assertEquals(Verdict.REFUTED, wider.verdict(), wider.toString());
        assertTrue(wider.counterexample().get("z") < -1.25, wider.toString());
    }

    @Test
    void theIntervalLengthPeaksNearSixPointNine() throws ParseError {
        MaximumCheck maxima = new MaximumCheck(engine);
        String length = "2/w*Log(w/2*(1 + Sqrt(1 - 4/w)) - 1)";
        StepResult r = maxima.check(new Maximum(length, "w", Interval.parse("(4, 100)"), new BigDecimal("0.4477"), new BigDecimal("6.894")));
        assertEquals(Verdict.PLAUSIBLE, r.verdict(), r.toString());
        StepResult wrong = maxima.check(new Maximum(length, "w", Interval.parse("(4, 100)"), new BigDecimal("0.4577"), new BigDecimal("6.894")));
        assertEquals(Verdict.REFUTED, wrong.verdict(), wrong.toString());
        StepResult elsewhere = maxima.check(new Maximum(length, "w", Interval.parse("(4, 100)"), new BigDecimal("0.4477"), new BigDecimal("7.9")));
        assertEquals(Verdict.REFUTED, elsewhere.verdict(), elsewhere.toString());
        StepResult rounded = maxima.check(new Maximum(length, "w", Interval.parse("(4, 100)"), new BigDecimal("0.45"), new BigDecimal("6.9")));
        assertEquals(Verdict.PLAUSIBLE, rounded.verdict(), "0.4477 at 6.894 is 0.45 at 6.9 to the decimals written");
    }

    @Test
    void intervalsAreReadWithTheirEnds() throws ParseError {
        Interval i = Interval.parse("[-1.25, 0)");
        assertTrue(i.contains(-1.25));
        assertTrue(!i.contains(0));
        assertEquals("(-Infinity, Infinity)", Interval.parse("(-Infinity, Infinity)").toString());
        ParseError e = assertThrows(ParseError.class, () -> Interval.parse("[1, x]"));
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
        assertThrows(ParseError.class, () -> Interval.parse("[2, 1]"));
    }
}

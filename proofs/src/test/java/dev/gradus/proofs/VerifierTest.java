package dev.gradus.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verdicts the proofs issue asks for, on the in-process verifier. */
class VerifierTest {
    private static Verifier verifier;

    @BeforeAll
    static void engine() {
        verifier = new Verifier();
    }

    private static StepResult check(String lhs, String rhs) {
        return verifier.verify(Claim.of(lhs, rhs), Deadline.in(20_000));
    }

    private static StepResult check(String lhs, String rhs, List<String> assumptions, Set<String> complex) {
        return verifier.verify(Claim.of(lhs, rhs, assumptions, complex), Deadline.in(20_000));
    }

    @Test
    void sigmoidIsAShiftedTanh() {
        assertEquals(Verdict.PROVED, check("sigmoid(x)", "(1+tanh(x/2))/2").verdict());
    }

    @Test
    void theStepsOfTheSheetsDerivationAreEachProved() {
        String[] chain = {"(1+tanh(x/2))/2", "1/2*(1+(exp(x/2)-exp(-x/2))/(exp(x/2)+exp(-x/2)))",
            "exp(x/2)/(exp(x/2)+exp(-x/2))", "1/(1+exp(-x))"};
        for (int i = 0; i + 1 < chain.length; i++) {
            StepResult r = check(chain[i], chain[i + 1]);
            assertEquals(Verdict.PROVED, r.verdict(), r.toString());
        }
    }

    @Test
    void theSlidesSoftsignDerivativeIsRefutedForNegativeZ() {
        StepResult r = check("D(softsign(z), z)", "sign(z)/(1+abs(z))^2");
        assertEquals(Verdict.REFUTED, r.verdict(), r.toString());
        assertNotNull(r.counterexample());
        assertTrue(r.counterexample().get("z") < 0, r.toString());
    }

    @Test
    void limitsThatAreInfiniteAreComparedAsInfinities() {
        StepResult right = check("Limit(leakyrelu(x, 1/10), x -> Infinity)", "Infinity");
        assertEquals(Verdict.PROVED, right.verdict(), right.toString());
        StepResult wrong = check("Limit(leakyrelu(x, 1/10), x -> Infinity)", "-Infinity");
        assertEquals(Verdict.REFUTED, wrong.verdict(), wrong.toString());
        assertEquals(java.util.Map.of(), wrong.counterexample(), "a constant claim fails everywhere");
        assertEquals(Verdict.REFUTED, check("Limit(exp(x), x -> Infinity)", "7").verdict());
    }

    @Test
    void oneSidedLimitsOfPiecewiseFunctionsTakeTheBranchOnThatSide() {
        String below = "Limit(D(elu(x, 1/2), x), x -> 0, Direction -> \"FromBelow\")";
        String above = "Limit(D(elu(x, 1/2), x), x -> 0, Direction -> -1)";
        assertEquals(Verdict.PROVED, check(below, "1/2").verdict(), "Symja alone says 1: it evaluates at the point");
        assertEquals(Verdict.PROVED, check(above, "1").verdict());
        assertEquals(Verdict.REFUTED, check(below, above).verdict(), "elu' jumps at 0 unless alpha = 1");
        assertEquals(Verdict.PROVED, check("Limit(D(elu(x), x), x -> 0, Direction -> 1)", "Limit(D(elu(x), x), x -> 0, Direction -> -1)").verdict());
        assertEquals(Verdict.PROVED, check("Limit(hardtanh(x), x -> 1)", "1").verdict());
    }

    @Test
    void anAssignmentIsAnErrorAndChangesNothing() {
        StepResult r = check("x", "sigmoid(x) := 0");
        assertEquals(Verdict.ERROR, r.verdict(), r.toString());
        assertTrue(r.message().contains("assignment"), r.message());
        assertEquals(Verdict.ERROR, check("Clear(sigmoid)", "0").verdict());
        assertEquals(Verdict.PROVED, check("sigmoid(x)", "(1+tanh(x/2))/2").verdict(), "sigmoid is still defined");
    }

    @Test
    void aMissingOperandIsNamedInWordsAtItsColumn() {
        SymjaEngine engine = new SymjaEngine();
        ParseError end = assertThrows(ParseError.class, () -> engine.parse("x + "));
        assertEquals("an operand is missing here", end.getMessage());
        assertEquals(5, end.column());
        ParseError bracket = assertThrows(ParseError.class, () -> engine.parse("1 + [2"));
        assertEquals("'[' cannot start an operand", bracket.getMessage());
        assertEquals(5, bracket.column());
        assertEquals("Operator: * is no prefix operator.", assertThrows(ParseError.class, () -> engine.parse("1+*2")).getMessage(),
                "Symja's other messages say what they mean already");
    }

    @Test
    void aFileOrProcessFunctionIsRefusedByNameAndColumn() {
        ParseError e = assertThrows(ParseError.class, () -> new SymjaEngine().parse("1 + import(\"/etc/passwd\")"));
        assertEquals("Import reads or writes files or runs programs: it is not an expression to check", e.getMessage());
        assertEquals(5, e.column());
        StepResult export = check("Export(\"gradus-never-written.txt\", x)", "0");
        assertEquals(Verdict.ERROR, export.verdict());
        assertTrue(export.message().startsWith("refused at "), "it parses, so no syntax error: " + export.message());
        assertTrue(check("x + ", "x").message().startsWith("syntax error at "));
        assertTrue(Files.notExists(Path.of("gradus-never-written.txt")));
    }

    @Test
    void differentConstantsAreRefutedEverywhere() {
        StepResult r = check("Limit(selu(x), x -> -Infinity)", "-1.7581");
        assertEquals(Verdict.REFUTED, r.verdict(), r.toString());
        assertTrue(r.message().contains("every point"), r.message());
    }

    @Test
    void theRightSoftsignDerivativeIsProved() {
        StepResult r = check("D(softsign(z), z)", "1/(1+abs(z))^2");
        assertEquals(Verdict.PROVED, r.verdict(), r.toString());
    }

    @Test
    void eluDerivativeHoldsOnlyForNegativeZ() {
        StepResult negative = check("D(elu(z), z)", "elu(z) + 1", List.of("z < 0"), Set.of());
        assertEquals(Verdict.PROVED, negative.verdict(), negative.toString());
        StepResult everywhere = check("D(elu(z), z)", "elu(z) + 1");
        assertEquals(Verdict.REFUTED, everywhere.verdict(), everywhere.toString());
        assertTrue(everywhere.counterexample().get("z") > 0, everywhere.toString());
    }

    @Test
    void reluOddPartIsTheIdentityButNotItsEvenPart() {
        StepResult odd = check("relu(x) - relu(-x)", "x");
        assertEquals(Verdict.PROVED, odd.verdict(), odd.toString());
        StepResult even = check("relu(x) + relu(-x)", "x");
        assertEquals(Verdict.REFUTED, even.verdict(), even.toString());
    }

    @Test
    void wirtingerClaims() {
        Set<String> z = Set.of("z");
        StepResult holomorphic = check("Dzbar(sigmoid(z), z)", "0", List.of(), z);
        assertEquals(Verdict.PROVED, holomorphic.verdict(), holomorphic.toString());
        StepResult abs2 = check("Dz(z*conj(z), z)", "conj(z)", List.of(), z);
        assertEquals(Verdict.PROVED, abs2.verdict(), abs2.toString());
        StepResult wrong = check("Dz(z*conj(z), z)", "2*z", List.of(), z);
        assertEquals(Verdict.REFUTED, wrong.verdict(), wrong.toString());
    }

    @Test
    void aSyntaxErrorNamesTheColumn() {
        StepResult r = check("1+*2", "3");
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(r.message().contains("column 3"), r.message());
    }
}

package dev.gradus.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DerivationTest {

    @Test
    void aChainIsSplitIntoConsecutiveStepsWithColumns() throws ParseError {
        List<Claim> steps = Derivation.chain("a = f(x, y==z) = c <= d", List.of(), Set.of());
        assertEquals(2, steps.size());
        assertEquals("a", steps.get(0).lhs());
        assertEquals("f(x, y==z)", steps.get(0).rhs());
        assertEquals(5, steps.get(0).rhsAt().column());
        assertEquals("f(x, y==z)", steps.get(1).lhs());
        assertEquals("c <= d", steps.get(1).rhs());
        assertEquals(18, steps.get(1).rhsAt().column());
    }

    @Test
    void aFileContinuesChainsAndCarriesDirectives() throws ParseError {
        List<Claim> steps = Derivation.lines(List.of(
                "# the sigmoid as a tanh",
                "sigmoid(x) = (1+tanh(x/2))/2",
                "           = exp(x/2)/(exp(x/2)+exp(-x/2))",
                "",
                "assume z < 0",
                "complex w",
                "D(elu(z), z) = elu(z) + 1"), List.of(), Set.of("u"));
        assertEquals(3, steps.size());
        assertEquals("(1+tanh(x/2))/2", steps.get(1).lhs());
        assertEquals(new Claim.Position(2, 14), steps.get(1).lhsAt());
        assertEquals(new Claim.Position(3, 14), steps.get(1).rhsAt());
        assertEquals(List.of("z < 0"), steps.get(2).assumptions());
        assertEquals(Set.of("u", "w"), steps.get(2).complexVariables());
        assertTrue(steps.get(0).assumptions().isEmpty(), "a directive applies to the lines after it");
    }

    @Test
    void aHashOutsideAStringStartsACommentToTheEndOfItsLine() throws ParseError {
        List<Claim> steps = Derivation.lines(List.of(
                "x^2 = x*x   # square",
                "    = x x   # and again",
                "assume x > 0  # positive",
                "f(\"#\") = f(\"#\")"), List.of(), Set.of());
        assertEquals(3, steps.size());
        assertEquals("x*x", steps.get(0).rhs());
        assertEquals("x x", steps.get(1).rhs());
        assertEquals(new Claim.Position(2, 7), steps.get(1).rhsAt(), "columns stay those written");
        assertEquals(List.of("x > 0"), steps.get(2).assumptions());
        assertEquals("f(\"#\")", steps.get(2).lhs(), "a '#' in a string is the string's");
        List<String> lines = new java.util.ArrayList<>(List.of("var e  # a variable", "e = e"));
        assertEquals(Set.of("e"), Derivation.nameDirectives(lines, "var"));
    }

    @Test
    void malformedDerivationsAreRejectedWithAPosition() {
        ParseError noEquals = assertThrows(ParseError.class, () -> Derivation.chain("x + 1", List.of(), Set.of()));
        assertEquals("a claim needs '=' between two expressions", noEquals.getMessage());
        ParseError doubled = assertThrows(ParseError.class, () -> Derivation.chain("sin(x)^2 == 1 - cos(x)^2", List.of(), Set.of()));
        assertEquals("a claim needs '=' between two expressions (one '=': a = b, not a == b)", doubled.getMessage());
        ParseError empty = assertThrows(ParseError.class, () -> Derivation.chain("x = = y", List.of(), Set.of()));
        assertTrue(empty.getMessage().contains("empty expression"), empty.getMessage());
        ParseError dangling = assertThrows(ParseError.class, () -> Derivation.lines(List.of("= x"), List.of(), Set.of()));
        assertEquals(1, dangling.column());
    }

    @Test
    void aLineWithoutEqualsIsSkippedWithItsReasonAndTheOtherLinesAreChecked() throws ParseError {
        CheckInput in = file("z = w*x + b\nd/dz z^2 = 2z\n  x > 0\nz^2 = z*z\nw ← w - η*dL/dw\nx == 1\n");
        assertEquals(List.of("z", "d/dz z^2", "z^2"), in.steps().stream().map(Claim::lhs).toList());
        assertEquals(List.of("x > 0", "w ← w - η*dL/dw", "x == 1"), in.skipped().stream().map(s -> s.latex()).toList());
        assertEquals(new Claim.Position(3, 3), in.skipped().get(0).at());
        assertEquals("not an equality: a claim needs '=' between two expressions (one '=': a = b, not a == b)",
                in.skipped().get(2).reason());
    }

    private static CheckInput file(String text) throws ParseError {
        return CheckInput.document(text, dev.gradus.proofs.latex.LatexOptions.defaults(), List.of(), Set.of(), Notation.plain(Set.of()));
    }

    @Test
    void aLetLineDefinesANameAnewAndWhatUsedTheOldOneIsNotDecided() throws ParseError {
        CheckInput in = file("z = x + 1\nw = z^2\nlet z = x\nw = x^2\ndz/dx = 1\n");
        assertTrue(in.steps().get(2).notation().defines());
        assertEquals("x", in.steps().get(4).notation().definitions().get(0).body());
        assertEquals(List.of("z"), in.steps().get(4).notation().definitions().stream().map(Definition::name).toList());
        assertEquals("uses w, whose definition at line 2, column 1 used z as defined at line 1, column 1,"
                + " which was defined anew at line 3, column 5", in.unreadable().get(3));
        // without "let", y = x^3 after y = x^2 stays a claim
        assertTrue(!file("y = x^2\ny = x^3\n").steps().get(1).notation().defines());
        // a line after a comment starts a new part of the homework
        CheckInput parts = file("y = x^x\nln y = x ln x\n# part (b)\ny = x^(x^2)\nln y = x^2 ln x\n");
        assertTrue(parts.steps().get(2).notation().defines());
        assertEquals("x^(x^2)", parts.steps().get(3).notation().definitions().get(0).body());
    }

    @Test
    void aStepUsingANameWhoseDefinitionCannotBeReadIsNotDecided() throws ParseError {
        CheckInput in = file("L = ((o - t)^2/2\ndL/do = o - t\n");
        assertEquals("uses L, whose definition at line 1, column 1 could not be read", in.unreadable().get(1));
    }

    @Test
    void aDocumentMayDefineAFunctionOfTheTable() throws ParseError {
        CheckInput in = file("swish(x) = x*sigmoid(b*x)\nswish(0) = 0\n");
        assertTrue(in.steps().get(0).notation().defines());
        assertEquals("swish", in.steps().get(1).notation().definitions().get(0).name());
        // not after steps used the table's, and never one of Symja's
        assertTrue(!file("swish(1) = 1/(1+exp(-1))\nswish(x) = x*sigmoid(b*x)\n").steps().get(1).notation().defines());
        assertTrue(!file("sin(x) = x\n").steps().get(0).notation().defines());
    }
}

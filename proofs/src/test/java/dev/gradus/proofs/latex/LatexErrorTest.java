package dev.gradus.proofs.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.ParseError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Malformed LaTeX is a ParseError that says what is wrong and points at the offending character. */
class LatexErrorTest {

    /** The error for one-line input: line 0 as in Derivation, the column, and words from the message. */
    private static void fails(String latex, int column, String words) {
        ParseError e = assertThrows(ParseError.class, () -> LatexExpression.toExpression(latex, LatexOptions.defaults()),
                latex);
        assertEquals(0, e.line(), latex + ": " + e.getMessage());
        assertEquals(column, e.column(), latex + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(words), latex + ": " + e.getMessage());
    }

    @Test
    void unclosedGroupsPointAtTheirOpening() {
        fails("\\frac{1}{", 9, "'{' is never closed");
        fails("{x", 1, "'{' is never closed");
        fails("\\left( x", 1, "\\left( is never closed by \\right)");
        fails("|x", 1, "'|' is never closed");
        fails("x + |y", 5, "'|' is never closed");
        fails("(x + 1", 1, "'(' is never closed");
        fails("\\sqrt[3{x}", 6, "'[' is never closed");
    }

    @Test
    void missingOperandsPointAtTheOperator() {
        fails("x^", 2, "'^' needs an exponent");
        fails("1 + * 2", 5, "an expression is missing before '*'");
        fails("x +", 3, "'+' needs an expression after it");
        fails("x_", 2, "'_' needs an index");
        fails("\\frac{1}{}", 9, "empty braces");
        fails("\\sqrt", 1, "\\sqrt needs an argument");
        fails("\\frac{d}{dx}", 1, "\\frac{d}{dx} needs something after it");
    }

    @Test
    void unknownAndUnsupportedCommands() {
        fails("\\foo{x}", 1, "unknown command \\foo");
        fails("a + \\nabla f", 5, "unknown command \\nabla");
        fails("\\partial x", 1, "\\partial is understood in a fraction");
        fails("x_1 + \\cdots + x_n", 7, "leaves terms out");
        fails("\\|v\\|", 1, "norms are not supported");
        fails("\\begin{pmatrix} 1 \\end{pmatrix}", 1, "matrices and vectors are not supported");
    }

    @Test
    void mismatchedStructure() {
        fails("\\end{aligned}", 1, "\\end{aligned} without \\begin{aligned}");
        fails("x)", 2, "')' without a matching opening bracket");
        fails("\\left( x \\right]", 16, "closed by \\right] instead of \\right)");
        fails("x^{2}^{3}", 6, "a second superscript");
        fails("(a, b)", 3, "a pair or an interval is not a number");
        fails("x = y", 3, "unexpected relation '='");
        fails("\\begin{cases} 1 \\\\ 0 \\end{cases}", 15, "a case needs a condition");
        fails("\\begin{cases} 1 & x > 0", 1, "\\begin{cases} is never closed");
    }

    @Test
    void indicesThatCannotBeComputed() {
        fails("o_{N-1}", 4, "the index N-1 needs a value for N");
        fails("\\sum_{k=1}^{n} w_k", 18, "the index of a sum or product whose bounds are not numbers");
        fails("\\prod_{i=1}^{2000} w_i", 1, "too many terms to unroll");
    }

    @Test
    void aMisusedPrimeOrText() {
        fails("y'^2 + 1", 1, "a prime and a power on a name without an argument");
        fails("\\text{ReLU} + 1", 1, "ReLU is a function");
        fails("x \\text{for all} y", 3, "is prose");
        fails("", 1, "the formula is empty");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        fails("(".repeat(5000) + "x" + ")".repeat(5000), 101, "nested too deeply");
        fails("\\frac{".repeat(3000) + "1}{2}".repeat(3000), 601, "nested too deeply");
    }

    @Test
    void errorsInADocumentCarryTheirLineAndColumn() {
        String document = "# Sheet\n\nSome prose with $inline$ math.\n\n$$\\begin{aligned}\n"
                + "  f(x) &= \\frac{1}{1 + e^{-x}} \\\\\n"
                + "       &= \\frac{1}{1 + \\foo{x}}\n"
                + "\\end{aligned}$$\n";
        ParseError e = assertThrows(ParseError.class, () -> LatexDerivation.document(document, LatexOptions.defaults(),
                List.of(), Set.of()));
        assertEquals(7, e.line(), e.getMessage());
        assertEquals(24, e.column(), e.getMessage());
        ParseError unclosed = assertThrows(ParseError.class, () -> LatexDerivation.document("a\n\n$$ x = y\n", LatexOptions.defaults(),
                List.of(), Set.of()));
        assertEquals(3, unclosed.line());
        assertEquals(1, unclosed.column());
        assertTrue(unclosed.getMessage().contains("$$ is never closed"), unclosed.getMessage());
    }

    @Test
    void chainsNeedEqualitiesAndNonEmptySides() {
        ParseError none = assertThrows(ParseError.class, () -> LatexDerivation.chain("\\frac{1}{2}", LatexOptions.defaults(),
                List.of(), Set.of()));
        assertTrue(none.getMessage().contains("needs '='"), none.getMessage());
        ParseError other = assertThrows(ParseError.class, () -> LatexDerivation.chain("x = y \\le z", LatexOptions.defaults(),
                List.of(), Set.of()));
        assertEquals(7, other.column());
        assertTrue(other.getMessage().contains("only '=' can be checked, not \\le"), other.getMessage());
        ParseError empty = assertThrows(ParseError.class, () -> LatexDerivation.chain("x = = y", LatexOptions.defaults(),
                List.of(), Set.of()));
        assertEquals(3, empty.column());
        assertTrue(empty.getMessage().contains("an empty expression beside '='"), empty.getMessage());
        ParseError multiLine = assertThrows(ParseError.class, () -> LatexDerivation.chain("x &= y \\\\\n  &= \\frac{1}{",
                LatexOptions.defaults(), List.of(), Set.of()));
        assertEquals(2, multiLine.line());
        assertEquals(14, multiLine.column());
    }
}

package dev.gradus.proofs.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.ParseError;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each reading of plain notation, its notes, and its errors with their columns. */
class PlainNotationTest {
    private static String read(String text) throws ParseError {
        return PlainNotation.read(text, Set.of()).expression();
    }

    private static String note(String text) throws ParseError {
        return String.join(" | ", PlainNotation.read(text, Set.of()).notes());
    }

    @Test
    void eAndIAreConstantsWithANoteUnlessDeclaredVariables() throws ParseError {
        assertEquals("Log(E^x)", read("ln(e^x)"));
        assertTrue(note("ln(e^x)").startsWith("e is Euler's number"), note("ln(e^x)"));
        assertEquals("E^(I*t)", read("e^(i t)"));
        assertEquals("e^x", PlainNotation.read("e^x", Set.of("e")).expression());
        assertEquals("E^I*Pi", read("%e^%i %pi"));
        assertEquals("Sum(x^i, {i, 1, n})", read("Sum(x^i, {i, 1, n})"), "an index is a variable");
    }

    @Test
    void aDotBetweenVectorsIsTheDotProduct() throws ParseError {
        assertEquals("Dot({w1, w0}, {x, 1})", read("{w1, w0} . {x, 1}"));
        assertEquals("0.5*x", read("0.5 x"), "a dot in a number stays the number's");
        assertEquals("Dot({a, b}, {c, d}) + 1", read("{a,b}.{c,d} + 1"));
    }

    @Test
    void limitsAsTextbooksWriteThem() throws ParseError {
        assertEquals("Limit(Sin(x)/x, x -> 0)", read("lim x->0 sin(x)/x"));
        assertEquals("Limit(x*Log(x), x -> 0, Direction -> -1)", read("lim_(x->0+) x ln x"));
        assertEquals("Limit(1/x, x -> 0, Direction -> 1) + 2", read("lim(x→0-) 1/x + 2"));
        ParseError noApproach = assertThrows(ParseError.class, () -> read("lim x sin(x)"));
        assertEquals(5, noApproach.column());
    }

    @Test
    void derivativesAsTextbooksWriteThem() throws ParseError {
        assertEquals("D(x^2, x)", read("d/dx x^2"));
        assertEquals("D(x^2, x) + 1", read("d/dx x^2 + 1"), "d/dx applies to the term after it");
        assertEquals("D(1/x, x)", read("d/dx 1/x"), "quotients too");
        assertEquals("D(Sin(x)/x, x) - 1", read("d/dx sin(x)/x - 1"));
        assertEquals("D(x^2, x)", read("(x^2)'"));
        assertEquals("D(x^3, {x, 2})", read("(x^3)''"));
        assertEquals("D(x^3, {x, 2})", read("d^2/dx^2 x^3"));
        assertEquals("D((w*x + b)^2, w)", read("∂/∂w (w x + b)^2"));
        assertEquals("D(y(x), x)", read("dy/dx"));
        assertEquals("f'[x]", read("f'(x)"));
        assertEquals("sigmoid'[z]", read("σ'(z)"));
        assertEquals("((x*y)')", read("(x*y)'"), "by which variable, the verifier decides from the whole step");
        assertEquals("((u')*v - u*(v'))/v^2", read("(u'v - uv')/v^2"));
        assertTrue(note("(u'v - uv')/v^2").contains("'uv' is read as u*v"), note("(u'v - uv')/v^2"));
        assertEquals("x*y + x", PlainNotation.read("xy + x", Set.of(), "xy + x x(y + 1)").expression(), "y is alone on the other side");
        assertEquals("xy + x", read("xy + x"));
        assertEquals(5, assertThrows(ParseError.class, () -> read("d/dx")).column());
    }

    @Test
    void functionsWithoutBracketsTakeTheFactorsAfterThem() throws ParseError {
        assertEquals("Sin(x^2)", read("sin x^2"));
        assertEquals("'sin x^2' is read as Sin(x^2)", note("sin x^2"));
        assertEquals("Sin(2*x)", read("sin 2x"));
        assertEquals("Sin(x)*Cos(x)", read("sin x cos x"));
        assertEquals("Sin(x)/2", read("sin x/2"));
        assertEquals("Sin(x)^2 + Cos(x)^2", read("sin^2 x + cos^2 x"));
        assertEquals("ArcSin(x)", read("sin^-1 x"));
        assertEquals("Sin(x)", read("sinx"));
        assertEquals("Log(2, x)", read("log_2(x)"));
        assertEquals("Log(10, x)", read("log_10 x"));
        assertEquals("Log10(x) + Log2(x)", read("log10(x) + log2(x)"));
        assertEquals("Sin(x)^2", read("Sin[x]^2"), "Mathematica's brackets");
        assertEquals("Derivative(1)[f][x]", read("Derivative(1)[f][x]"));
        assertEquals("sin needs an argument: sin(x)", assertThrows(ParseError.class, () -> read("sin + 1")).getMessage());
    }

    @Test
    void productsPowersAndTheirTypography() throws ParseError {
        assertEquals("x^2", read("x**2"));
        assertEquals("2*x", read("2x"));
        assertEquals("x*(1 - x)", read("x(1-x)"));
        assertEquals("f(x)*g(x)", read("f(x) g(x)"));
        assertEquals("y*x", read("y(x)"));
        assertTrue(note("y(x)").contains("is read as y times x"), note("y(x)"));
        assertEquals("sigmoid(z)*(1 - sigmoid(z))", read("σ(z)(1 − σ(z))"));
        assertEquals("x^2 + y^3 - x^(-1)", read("x² + y³ − x⁻¹"));
        assertEquals("a*b*c/d", read("a·b × c ÷ d"));
        assertEquals("Sqrt(x) + Abs(x - Abs(y))", read("√x + |x - |y||"));
        assertEquals("1/2*x", read("1/2x"));
        assertEquals("'1/2x' is read as 1/2*x, not 1/(2*x)", note("1/2x"));
        assertEquals("-x^2 + 2^(-x) + x^y^z", read("-x^2 + 2^-x + x^y^z"));
        assertEquals("6.02*10^23", read("6.02e23"));
        assertEquals("E^x + D(x^3, {x, 2})", read("e^{x} + D(x^3, {x, 2})"), "braces without a comma group");
        assertEquals("2*E", read("2e"));
        assertEquals("x <= 1 && x != 0", read("x ≤ 1 && x ≠ 0"));
        assertEquals("Piecewise({{1, x < 0 || x > 1}}, 0)", read("Piecewise({{1, x < 0 || x > 1}}, 0)"));
        assertEquals("Limit(Sin(x)/x, x -> 0)", read("Limit(sin(x)/x, x → 0)"));
    }

    @Test
    void errorsNameTheirColumn() {
        assertEquals(5, assertThrows(ParseError.class, () -> read("2 + * 3")).column());
        assertEquals(3, assertThrows(ParseError.class, () -> read("x ß")).column());
        assertEquals(10, assertThrows(ParseError.class, () -> read("sigmoid' + 1")).column(), "a known function's prime needs its argument");
        assertEquals(7, assertThrows(ParseError.class, () -> read("(x + 1")).column(), "where the bracket should close");
        assertTrue(assertThrows(ParseError.class, () -> read("x = 1")).getMessage().contains("one '=' separates"));
    }

    @Test
    void anErrorInTheReadingIsFoundWhereItWasWritten() throws ParseError {
        PlainNotation.Reading r = PlainNotation.read("2x  +   Run(\"ls\")", Set.of());
        assertEquals("2*x + Run(\"ls\")", r.expression());
        assertEquals(9, r.writtenColumn(r.expression().indexOf("Run") + 1));
    }
}

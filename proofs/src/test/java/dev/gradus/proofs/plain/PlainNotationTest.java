package dev.gradus.proofs.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Definition;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import java.util.List;
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
    void capitalsTheEngineKeepsAreVariablesWithANote() throws ParseError {
        assertEquals("cc + nn*oo", read("C + N*O"), "C, N and O were Symja's constant, numeric and series order");
        assertEquals("dd^2", read("D^2"));
        assertEquals("D(x^2, x)", read("D(x^2, x)"), "D applied is still the derivative");
        assertTrue(note("C").startsWith("C is the variable cc"), note("C"));
        assertTrue(note("E^2").startsWith("E is Euler's number"), note("E^2"));
        ParseError both = assertThrows(ParseError.class, () -> read("C + cc"));
        assertEquals(1, both.column());
        assertTrue(both.getMessage().contains("would be one variable"), both.getMessage());
        assertEquals("D(ee, o)", PlainNotation.read("∂E/∂o", new Notation(true, Set.of(), Set.of(),
                List.of(new Definition("ee", List.of(), "(t - o)^2/2")), false), "").expression(), "a defined E is the variable ee");
        assertEquals("leakyrelu(-2)", read("LeakyReLU(-2)"), "was prelu(-2), with no slope");
    }

    @Test
    void aNameAloneIsReadAsEveryStepReadsIt() {
        assertEquals(java.util.Optional.of("delta2"), PlainNotation.name("δ2", Set.of()));
        assertEquals(java.util.Optional.of("w1"), PlainNotation.name("w_1", Set.of()));
        assertEquals(java.util.Optional.of("cc"), PlainNotation.name("C", Set.of()));
        assertEquals(java.util.Optional.of("ee"), PlainNotation.name("E", Set.of()));
        assertEquals(java.util.Optional.empty(), PlainNotation.name("oo", Set.of()));
        assertEquals(java.util.Optional.of("e"), PlainNotation.name("e", Set.of("e")));
        assertEquals(java.util.Optional.empty(), PlainNotation.name("x + 1", Set.of()));
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
        assertEquals("Sech(u(x))^2*u'[x]", PlainNotation.read("sech^2 u(x) u'(x)", Set.of(), "sech^2 u(x) u'(x)").expression(),
                "a call ends the argument");
        assertEquals("'sech^2 u(x)' is read as Sech(u(x))^2",
                String.join(" | ", PlainNotation.read("sech^2 u(x) u'(x)", Set.of(), "sech^2 u(x) u'(x)").notes()));
        assertEquals("Sin(2*f(x))*g(x)", read("sin 2f(x) g(x)"));
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
    void aNumberGluedToANameAfterECaretIsTheWholeExponent() throws ParseError {
        assertEquals("2/(1 + E^(-2*x))", read("2/(1+e^-2x)"));
        assertTrue(note("2/(1+e^-2x)").contains("'e^-2x' is read as E^(-2*x), not E^(-2)*x"), note("2/(1+e^-2x)"));
        assertEquals("E^(2*x)", read("e^2x"));
        assertEquals("E^(-2*x^2)", read("e^-2x^2"));
        assertEquals("E^(2*x)*(1 - x)", read("e^2x(1 - x)"));
        assertEquals("E^2*x", read("e^2 x"), "a space ends the exponent");
        assertEquals("E^(-2)*x", read("e⁻²x"), "a superscript is its own exponent");
        assertEquals("E^(-x)", read("e^-x"));
        assertEquals("e^2*x", PlainNotation.read("e^2x", Set.of("e")).expression(), "a variable e is another base");
    }

    @Test
    void aNumberGluedToANameAfterAnotherCaretIsTheExponentWithANoteOrAnError() throws ParseError {
        assertEquals("3*x^2*y", read("3x^2y"), "the polynomial's reading");
        assertEquals("'x^2y' is read as x^2*y (write x^(2y) for the power)", note("3x^2y"));
        ParseError signed = assertThrows(ParseError.class, () -> read("x^-2y"));
        assertEquals(3, signed.column());
        assertEquals("'x^-2y' can be read two ways: write x^(-2y) for the power, or put a '*' before y for the product", signed.getMessage());
        assertEquals("x^(-2)*y", read("x^-2 y"));
    }

    @Test
    void wordsOfProseAreErrorsNotVariables() {
        ParseError at = assertThrows(ParseError.class, () -> read("d/dx x^2 at x"));
        assertEquals(10, at.column());
        assertTrue(at.getMessage().startsWith("'at' is a word, not mathematics: write the claim alone, e.g. D(x^2, x) = 2x"),
                at.getMessage());
        assertEquals(3, assertThrows(ParseError.class, () -> read("1 is 2")).column());
        assertEquals(4, assertThrows(ParseError.class, () -> read("2x so x")).column());
    }

    @Test
    void aWordOfProseTheDocumentDeclaresIsAName() throws ParseError {
        assertEquals("at + 1", PlainNotation.read("at + 1", Set.of("at")).expression());
        assertEquals("And(x > 0, y > 0)", read("and(x > 0, y > 0)"), "the function");
    }

    @Test
    void aDefinedValueMultipliesBracketsEvenAsAFunctionLetter() throws ParseError {
        Notation defined = Notation.plain(Set.of()).after(List.of(new Definition("h", List.of(), "x^2")), false);
        PlainNotation.Reading product = PlainNotation.read("h(1 - h)", defined, "h(1 - h) = x^2 - x^4");
        assertEquals("h*(1 - h)", product.expression());
        assertEquals(List.of("'h' before brackets multiplies: it is defined as a value, not as a function"), product.notes());
        assertEquals("h*(1 - h)", PlainNotation.read("h (1 - h)", defined, "").expression());
        ParseError at = assertThrows(ParseError.class, () -> PlainNotation.read("h(2)", defined, ""));
        assertEquals(1, at.column());
        assertEquals("'h(2)': h is defined as a value, not a function: define h(x) = ... to apply it, or write h*(2) for the product",
                at.getMessage());
        PlainNotation.Reading own = PlainNotation.read("h(x)", defined, "");
        assertEquals("h", own.expression(), "h at the one variable it is written in is h");
        assertEquals(List.of("'h(x)' is read as h, defined as a value in x"), own.notes());
        assertEquals(1, assertThrows(ParseError.class, () -> PlainNotation.read("h(y)", defined, "")).column());
        Notation function = Notation.plain(Set.of()).after(List.of(new Definition("h", List.of("t"), "t^2")), false);
        assertEquals("h(1 - h(2))", PlainNotation.read("h(1 - h(2))", function, "").expression());
        assertEquals("u*(1 - u)", read("u(1 - u)"), "u stands alone inside: a value");
        assertEquals("u(x)*v(x)", read("u(x)v(x)"));
        assertEquals("f(f(x))", read("f(f(x))"));
    }

    @Test
    void aNameWithAnIndexBeforeBracketsMultipliesUnlessAFunction() throws ParseError {
        assertEquals("y1*(1 - p1)", read("y1(1 - p1)"));
        assertEquals("'y1' before brackets multiplies: a name with an index is a variable (--function y1 makes it a function)",
                note("y1(1 - p1)"));
        assertEquals("w1*(x + 1)", read("w_1(x + 1)"));
        assertEquals("x1*(1 - x1)", read("x1(1 - x1)"));
        assertEquals("y1'[x] + y1(x)", PlainNotation.read("y1'(x) + y1(x)", Set.of(), "y1'(x) + y1(x)").expression());
        assertEquals("y1(x + 1)", PlainNotation.read("y1(x + 1)", Notation.plain(Set.of()).withFunctions(Set.of("y1")), "").expression());
        assertEquals("f1(x + 1)", read("f1(x + 1)"), "f, g, h, u, v with an index stay functions");
        assertEquals("loss(a, y)", read("loss(a, y)"));
    }

    @Test
    void vulgarFractionsAreQuotients() throws ParseError {
        assertEquals("1/2", read("½"));
        assertEquals("1/2*(o - t)^2", read("½(o - t)^2"));
        assertEquals("3/4*x + 1/3", read("¾x + ⅓"));
        assertEquals("x^(1/2)", read("x^½"));
        ParseError mixed = assertThrows(ParseError.class, () -> read("3½"));
        assertEquals(2, mixed.column());
        assertTrue(mixed.getMessage().contains("mixed number: write 3 + 1/2"), mixed.getMessage());
    }

    @Test
    void aPrimeAfterBracketsThenAPointIsTheDerivativeThere() throws ParseError {
        assertEquals("D(x^2, x)", read("(x^2)'(x)"));
        assertEquals("'(x^2)'(x)' is read as D(x^2, x)", note("(x^2)'(x)"));
        assertEquals("ReplaceAll(D(x^2, x), x -> 3)", read("(x^2)'(3)"));
        assertEquals("ReplaceAll(D(x^3, {x, 2}), x -> 2)", read("(x^3)''(2)"));
        assertEquals("D(u(x)*v(x), x)", PlainNotation.read("(uv)'(x)", Set.of(), "(uv)'(x) u'(x)v(x) + u(x)v'(x)").expression());
        assertEquals("D(u(x)^2, x)", read("(u^2)'(x)"), "u is a function letter: a function of the point");
        ParseError which = assertThrows(ParseError.class, () -> read("(x y)'(3)"));
        assertEquals(6, which.column());
        assertTrue(which.getMessage().startsWith("'(x y)'(3)': by which variable?"), which.getMessage());
        assertEquals("D(x^2, x)*x", read("(x^2)' (x)"), "a space: the brackets multiply, as after any factor");
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

package dev.gradus.proofs.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.interfaces.IExpr;

/**
 * One test per LaTeX construct. Most compare meanings: the emitted text and the hand-written
 * plain text are both parsed and evaluated by Symja, so that formatting does not matter; where
 * the form itself matters (prime notation, D, Sum) the text is compared exactly.
 */
class LatexExpressionTest {
    private static SymjaEngine engine;

    @BeforeAll
    static void symja() {
        engine = new SymjaEngine();
    }

    private static void reads(String latex, String plain) throws ParseError {
        reads(LatexOptions.defaults(), latex, plain);
    }

    private static void reads(LatexOptions options, String latex, String plain) throws ParseError {
        String emitted = LatexExpression.toExpression(latex, options);
        IExpr got = engine.eval(engine.parse(emitted));
        IExpr want = engine.eval(engine.parse(plain));
        assertEquals(want, got, latex + " was read as " + emitted);
    }

    private static void emits(String latex, String text) throws ParseError {
        assertEquals(text, LatexExpression.toExpression(latex, LatexOptions.defaults()), latex);
    }

    @Test
    void fractions() throws ParseError {
        reads("\\frac{a}{b}", "a/b");
        reads("\\frac12", "1/2");
        reads("\\frac1x + \\frac{1}2", "1/x + 1/2");
        reads("\\dfrac{1}{x+1}", "1/(x+1)");
        reads("\\tfrac{x}{2}", "x/2");
        reads("\\frac{-x}{2} + \\frac{-x}{2}", "-x");
    }

    @Test
    void bracketsOfEveryKind() throws ParseError {
        reads("\\left( a + b \\right) c", "(a+b)*c");
        reads("\\left[ a + b \\right] c", "(a+b)*c");
        reads("\\{ a + b \\} c", "(a+b)*c");
        reads("[a - b]^2", "(a-b)^2");
        reads("{a + b}^2", "(a+b)^2");
        reads("\\left\\{ a \\right\\}", "a");
    }

    @Test
    void cdotAndTimesMultiply() throws ParseError {
        reads("a \\cdot b \\times c", "a*b*c");
        reads("a \\cdot -b", "-a*b");
        reads("a / b \\cdot c", "a*c/b");
    }

    @Test
    void juxtapositionMultiplies() throws ParseError {
        reads("2\\exp(x)", "2*Exp(x)");
        reads("x y", "x*y");
        reads("xy", "x*y");
        reads("2z", "2*z");
        reads("\\frac{1}{2} \\left( 1 + x \\right)", "(1+x)/2");
        reads("\\sigma(z)(1-\\sigma(z))", "sigmoid(z)*(1-sigmoid(z))");
        reads("x(1-x)", "x*(1-x)");
    }

    @Test
    void eIsEulersNumber() throws ParseError {
        reads("e^{-x}", "Exp(-x)");
        reads("e^x", "Exp(x)");
        reads("e^{(-z)}", "Exp(-z)");
        reads("\\mathrm{e}^x", "Exp(x)");
        reads("e", "E");
    }

    @Test
    void expWithAndWithoutParentheses() throws ParseError {
        reads("\\exp(x)", "Exp(x)");
        reads("\\exp x", "Exp(x)");
        // Symja's own TeX reader lets the first \exp(...) swallow the rest of the term.
        reads("\\exp(\\frac{x}{2}) - \\exp(\\frac{-x}{2})", "Exp(x/2) - Exp(-x/2)");
    }

    @Test
    void logAndLnAreNaturalAndBasesAreSubscripts() throws ParseError {
        reads("\\log x", "Log(x)");
        reads("\\ln(x)", "Log(x)");
        reads("\\log_e(1 + e^z)", "Log(1 + Exp(z))");
        reads("\\log_{10} x", "Log(x)/Log(10)");
        reads("\\log_2(8)", "3");
    }

    @Test
    void functionCommandsWithAndWithoutParentheses() throws ParseError {
        reads("\\tanh \\frac{x}{2}", "Tanh(x/2)");
        reads("\\tanh x", "Tanh(x)");
        reads("\\sin 2x \\cos y", "Sin(2*x)*Cos(y)");
        reads("\\sinh(x) + \\cosh x + \\tan(x) + \\cos(x)", "Sinh(x) + Cosh(x) + Tan(x) + Cos(x)");
        reads("\\sqrt{x}", "Sqrt(x)");
        reads("\\tanh^2(z)", "Tanh(z)^2");
        reads("\\tanh^{-1}(x)", "ArcTanh(x)");
        emits("\\tanh'(z)", "Tanh'(z)");
    }

    @Test
    void sigmaIsTheSigmoidOnlyWhenApplied() throws ParseError {
        emits("\\sigma(z)", "sigmoid(z)");
        emits("\\sigma", "sigma");
        emits("\\sigma^2", "sigma^2");
        emits("\\text{sig}(x)", "sigmoid(x)");
        emits("\\mathrm{sig}(x)", "sigmoid(x)");
        emits("\\operatorname{sig}(x)", "sigmoid(x)");
        emits("\\text{zz: sig}(x)", "sigmoid(x)");
    }

    @Test
    void functionNamesCanBeOverriddenPerCall() throws ParseError {
        LatexOptions slides = LatexOptions.defaults().withFunction("\\delta", "sigmoid");
        assertEquals("2*sigmoid(2*z) - 1", LatexExpression.toExpression("2\\delta(2z) - 1", slides));
        assertEquals("2*delta*2*z - 1", LatexExpression.toExpression("2\\delta(2z) - 1", LatexOptions.defaults()));
        LatexOptions sheet = LatexOptions.defaults().withFunction("sigma", "f");
        assertEquals("f'(s1)*w1", LatexExpression.toExpression("\\sigma'(s_1) w_1", sheet));
        assertEquals("sigma", LatexExpression.toExpression("\\sigma", sheet));
    }

    @Test
    void activationFunctionsInText() throws ParseError {
        emits("\\text{ReLU}(x)", "relu(x)");
        emits("\\text{Leaky-ReLU}(x, a)", "leakyrelu(x, a)");
        emits("\\text{ELU}(x)", "elu(x)");
        emits("\\text{SELU}(x)", "selu(x)");
        emits("\\text{softsign}(x)", "softsign(x)");
        emits("\\text{softplus}(x)", "softplus(x)");
        emits("\\text{hardtanh}(x)", "hardtanh(x)");
        emits("\\text{sgn}(x)", "Sign(x)");
        reads("\\text{ReLU}(x)", "Piecewise({{x, x > 0}}, 0)");
    }

    @Test
    void bareLetterRunsAreFunctionsOnlyWhenAppliedAndKnown() throws ParseError {
        emits("relu(z)", "relu(z)");
        emits("elu(z)", "elu(z)");
        emits("prelu(z, a)", "prelu(z, a)");
        emits("relu'(z)", "relu'(z)");
        emits("xy", "x*y");
        emits("ab(c)", "a*b*c");
    }

    @Test
    void absoluteValues() throws ParseError {
        reads("|z|", "Abs(z)");
        reads("\\lvert z \\rvert", "Abs(z)");
        reads("\\left| z \\right|", "Abs(z)");
        reads("\\frac{z}{1 + |z|}", "z/(1+Abs(z))");
        reads("|x| |y|", "Abs(x)*Abs(y)");
        reads("\\left| x - |y| \\right|", "Abs(x - Abs(y))");
    }

    @Test
    void subscriptsBecomePartOfTheName() throws ParseError {
        emits("w_{1}", "w1");
        emits("w_1 + w_{10}", "w1 + w10");
        emits("w_{ij}", "wij");
        emits("w_{i,j}", "wij");
        emits("out_k - tar_k", "outk - tark");
        emits("\\alpha_{ji}", "alphaji");
        emits("\\text{out}_t", "outt");
        emits("\\mathbf{w}_j", "wj");
    }

    @Test
    void arithmeticInAnIndexNeedsBoundNames() throws ParseError {
        LatexOptions five = LatexOptions.defaults().withBinding("N", 5);
        assertEquals("o4", LatexExpression.toExpression("o_{N-1}", five));
        assertEquals("o5", LatexExpression.toExpression("o_N", five));
        assertEquals("1/5", LatexExpression.toExpression("\\frac{1}{N}", five));
    }

    @Test
    void superscriptsArePowersExceptLabelsAndTransposes() throws ParseError {
        reads("x^2", "x^2");
        reads("x^{-1}", "1/x");
        reads("x^{2n}", "x^(2*n)");
        emits("w^{(2)}_{ij}", "w2ij");
        emits("w_{ij}^{(2)}", "w2ij");
        emits("\\delta_j^{(l)}", "deltalj");
        emits("out_j^{hid}", "outhidj");
        emits("a^\\top b", "a*b");
        emits("w^T x", "w*x");
        emits("x_1^2", "x1^2");
    }

    @Test
    void roots() throws ParseError {
        reads("\\sqrt{1 - \\frac{4}{w}}", "Sqrt(1 - 4/w)");
        reads("\\sqrt2", "Sqrt(2)");
        reads("\\sqrt[3]{-8}", "-2");
        reads("\\sqrt[4]{x}", "x^(1/4)");
    }

    @Test
    void sumsAndProductsUnrollWhenTheirIndexIsASubscript() throws ParseError {
        emits("\\prod_{i=2}^{3} w_i", "w2*w3");
        emits("\\sum_{k=1}^{3} x_k^2", "x1^2 + x2^2 + x3^2");
        emits("\\sum_{i=1}^{2}\\sum_{j=1}^{2} w_{ij}", "w11 + w12 + w21 + w22");
        emits("\\prod_{i=3}^{2} w_i", "1");
        emits("\\sum_{i=3}^{2} w_i", "0");
        assertEquals("w2*w3*w4*w5", LatexExpression.toExpression("\\prod_{i=2}^{N} w_i",
                LatexOptions.defaults().withBinding("N", 5)));
        emits("\\sum_{k=1}^{3} k x_k", "1*x1 + 2*x2 + 3*x3");
    }

    @Test
    void otherSumsStaySymbolic() throws ParseError {
        emits("\\sum_{k=1}^{n} k", "Sum(k, {k, 1, n})");
        emits("\\prod_{i=1}^{3} i", "Product(i, {i, 1, 3})");
        reads("\\sum_{k=1}^{n} k^2 + 1", "n/6 + n^2/2 + n^3/3 + 1");
    }

    @Test
    void derivatives() throws ParseError {
        emits("\\frac{\\partial}{\\partial x} x^2 y + 1", "D(x^2*y, x) + 1");
        emits("\\frac{\\partial f}{\\partial x}", "D(f, x)");
        emits("\\frac{d}{dx} \\log(1 + e^x)", "D(Log(1 + E^x), x)");
        emits("\\frac{\\mathrm{d}}{\\mathrm{d}x} x", "D(x, x)");
        emits("\\frac{\\partial^2 f}{\\partial x^2}", "D(f, {x, 2})");
        emits("\\frac{\\partial^2 f}{\\partial x \\partial y}", "D(f, x, y)");
        emits("\\frac{\\partial}{\\partial w_1} w_1 x", "D(w1*x, w1)");
        emits("\\frac{dy}{dx}", "D(y, x)");
        emits("2 \\frac{d}{dz} z^2 - z", "2*D(z^2, z) - z");
        reads("\\frac{d}{dx} \\sigma(x)", "Exp(-x)/(1 + Exp(-x))^2");
        reads("\\frac{d}{2}", "d/2");
    }

    @Test
    void primes() throws ParseError {
        emits("\\sigma'(z)", "sigmoid'(z)");
        emits("f'(x)", "f'(x)");
        emits("f''(x)", "f''(x)");
        emits("\\text{ReLU}'(u)", "relu'(u)");
        emits("f'_2(x)", "f2'(x)");
        emits("f^{\\prime}(x)", "f'(x)");
        emits("f(x)", "f(x)");
        emits("J(W, b)", "J(W, b)");
    }

    @Test
    void maxAndMin() throws ParseError {
        emits("\\max(a, b)", "Max(a, b)");
        emits("\\min(0, x)", "Min(0, x)");
        emits("\\alpha \\max(0, x)", "alpha*Max(0, x)");
        emits("\\max\\{a, b\\}", "Max(a, b)");
    }

    @Test
    void casesBecomePiecewise() throws ParseError {
        emits("\\begin{cases} -1 & : z < -1 \\\\ z & : \\text{otherwise} \\\\ 1 & : z > 1 \\end{cases}",
                "Piecewise({{-1, z < -1}, {1, z > 1}}, z)");
        emits("\\begin{cases} 1 & \\text{if } x > 0 \\\\ 0 & \\text{sonst} \\end{cases}", "Piecewise({{1, x > 0}}, 0)");
        emits("\\begin{cases} x, & x \\ge 0 \\\\ 0, & \\text{else} \\end{cases}", "Piecewise({{x, x >= 0}}, 0)");
        emits("\\begin{cases} 1 & x \\gt 0 \\\\ -1 & x \\lt 0 \\end{cases}", "Piecewise({{1, x > 0}, {-1, x < 0}})");
        emits("\\begin{cases} 1 & : z > 0 \\\\ 0 & : otherwise \\end{cases}", "Piecewise({{1, z > 0}}, 0)");
        emits("\\begin{cases} x & x > 0 \\text{ and } x < 1 \\\\ 0 & x \\leq 0 \\vee x \\geq 1 \\end{cases}",
                "Piecewise({{x, x > 0 && x < 1}, {0, x <= 0 || x >= 1}})");
    }

    @Test
    void chainedConditions() throws ParseError {
        emits("\\begin{cases} 1 & : -1 \\leq z \\leq 1 \\\\ 0 & : \\text{otherwise} \\end{cases}",
                "Piecewise({{1, -1 <= z && z <= 1}}, 0)");
        emits("\\begin{cases} 1 & -1 \\le z \\lt 1 \\\\ 0 & \\text{otherwise} \\end{cases}",
                "Piecewise({{1, -1 <= z && z < 1}}, 0)");
        reads("\\begin{cases} -1 & : z < -1 \\\\ z & : \\text{otherwise} \\\\ 1 & : z > 1 \\end{cases}", "hardtanh(z)");
    }

    @Test
    void constantsAndGreekVariables() throws ParseError {
        emits("\\infty", "Infinity");
        emits("-\\infty", "-Infinity");
        emits("\\pi", "Pi");
        emits("\\alpha + \\lambda + \\mu + \\eta + \\theta + \\ell", "alpha + lambda + mu + eta + theta + ell");
        emits("\\beta + \\gamma + \\zeta", "betavar + gammavar + zetavar");
        emits("\\Delta w + \\varepsilon", "ddelta*w + epsilon");
        emits("E + N + W", "ee + nn + W");
    }

    @Test
    void limits() throws ParseError {
        emits("\\lim_{x \\to \\infty} \\frac{1}{x}", "Limit(1/x, x -> Infinity)");
        emits("\\lim_{x \\rightarrow -\\infty} \\text{SELU}(x)", "Limit(selu(x), x -> -Infinity)");
        reads("\\lim_{x \\to 0} \\frac{\\sin x}{x} + 1", "2");
    }

    @Test
    void spacingAndFontsAreDropped() throws ParseError {
        emits("\\quad x \\, + \\; y \\! - \\: z~1", "x + y - z*1");
        emits("\\displaystyle \\mathbf{x} + \\boldsymbol{\\alpha}", "x + alpha");
        emits("\\mathbf{W}\\mathbf{x} + \\mathbf{b}", "W*x + b");
        emits("\\big( x \\big)", "x");
        emits("\\boxed{\\frac{r}{3}}", "r/3");
    }

    @Test
    void delimitersAroundAFormulaAreAllowed() throws ParseError {
        emits("$x^2$", "x^2");
        emits("$$x^2$$", "x^2");
        emits("\\[ x^2 \\]", "x^2");
    }

    @Test
    void numbers() throws ParseError {
        emits("1.76 + 0.5 + .25", "1.76 + 0.5 + 0.25");
        emits("12x", "12*x");
    }

    @Test
    void aBareFunctionsArgumentStopsAtASpaceOrAnotherFunction() throws ParseError {
        emits("\\cos x^2 \\, 2x", "Cos(x^2)*2*x");
        emits("\\cos x^2 2x", "Cos(x^2*2*x)");
        emits("\\sin x f(x)", "Sin(x)*f(x)");
        emits("\\sin x u'", "Sin(x)*(u')");
        emits("\\sin x(1 + x)", "Sin(x)*(1 + x)");
    }

    @Test
    void iIsTheImaginaryUnitExceptAsAnIndex() throws ParseError {
        emits("e^{i\\pi}", "E^(I*Pi)");
        emits("\\mathrm{i}^2", "I^2");
        emits("x + iy", "x + I*y");
        emits("\\imath", "I");
        emits("x_i + i", "xi + i");
        emits("\\sum_{i=1}^{n} i", "Sum(i, {i, 1, n})");
        assertEquals("x + i*y", LatexExpression.toExpression("x + iy", LatexOptions.defaults().withName("i")));
        assertEquals("I^2", LatexExpression.toExpression("\\mathrm{i}^2", LatexOptions.defaults().withName("i")));
    }

    @Test
    void aStarIsTheConjugateWhereTheFormulaIsAboutComplexNumbers() throws ParseError {
        LatexOptions complexZ = LatexOptions.defaults().withComplex(Set.of("z"));
        assertEquals("conj(z)", LatexExpression.toExpression("z^*", complexZ));
        assertEquals("conj(z)", LatexExpression.toExpression("z^{*}", complexZ));
        assertEquals("conj(z)", LatexExpression.toExpression("z^\\ast", complexZ));
        emits("z^* + \\mathrm{i}", "conj(z) + I");
        emits("z^* z + i", "conj(z)*z + I");
        emits("f(z)^*", "conj(f(z))");
        emits("\\overline{x + \\mathrm{i} y}", "conj(x + I*y)");
    }

    /** In optimisation notes w^*, \\theta^* name an optimum: a name of its own, as \\hat w is (they were conj(w)). */
    @Test
    void aStarOutsideComplexNumbersNamesAnOptimum() throws ParseError {
        emits("w^*", "wstar");
        emits("\\theta^{*}", "thetastar");
        emits("x^\\ast - x", "xstar - x");
        emits("w_1^*", "wstar1");   // as \hat w_1 is what1
        emits("\\bar x + x^*", "xbar + conj(x)");   // a bar on a letter: the text may be about complex numbers
    }

    @Test
    void anEvaluationBarSubstitutes() throws ParseError {
        emits("\\left. \\frac{d}{dx}x^2 \\right|_{x=1}", "ReplaceAll(D(x^2, x), x -> 1)");
        emits("\\frac{d}{dx}x^2\\Big|_{x=1}", "ReplaceAll(D(x^2, x), x -> 1)");
        emits("x y \\bigg|_{x = 1, y = 2}", "ReplaceAll(x*y, {x -> 1, y -> 2})");
    }

    @Test
    void definiteIntegrals() throws ParseError {
        emits("\\int_0^1 x\\,dx", "Integrate(x, {x, 0, 1})");
        emits("\\int_{0}^{\\pi} \\sin x \\, \\mathrm{d}x + 1", "Integrate(Sin(x), {x, 0, Pi}) + 1");
        emits("\\int_0^1 \\int_0^2 x y \\, dx \\, dy", "Integrate(Integrate(x*y, {x, 0, 2}), {y, 0, 1})");
        ParseError e = org.junit.jupiter.api.Assertions.assertThrows(ParseError.class,
                () -> LatexExpression.toExpression("\\int x\\,dx", LatexOptions.defaults()));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("up to a constant"), e.getMessage());
    }
}

package dev.gradus.proofs.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IExpr;

/**
 * LaTeX as lecture notes and blogs write it, beyond the homework seeds: each construct with the
 * exact claims it gives, and for what used to be misread, the reading a reader means.
 */
class LatexNotationTest {
    private static final LatexOptions DEFAULTS = LatexOptions.defaults();

    /** The claims of a chain as "lhs == rhs", one per step. */
    private static List<String> claims(LatexOptions options, String latex) throws ParseError {
        return LatexDerivation.chain(latex, options, List.of(), Set.of()).stream().map(LatexNotationTest::shown).toList();
    }

    private static List<String> claims(String latex) throws ParseError {
        return claims(DEFAULTS, latex);
    }

    private static String shown(Claim c) {
        return c.lhs() + " == " + c.rhs();
    }

    /** The error of a chain, which must name the column of the offending token. */
    private static void fails(String latex, int column, String words) {
        ParseError e = assertThrows(ParseError.class, () -> claims(latex), latex);
        assertEquals(column, e.column(), latex + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(words), latex + ": " + e.getMessage());
    }

    @Test
    void accentsMakeDistinctNames() throws ParseError {
        assertEquals(List.of("yhat == 1"), claims("\\hat y = 1"));
        assertEquals(List.of("xbar == 1", "xtilde == 1"), claims("\\bar x = 1, \\tilde x = 1"));
        assertEquals(List.of("yhati - yi == thetahat + xbar"),
                claims("\\hat{y}_i - y_i = \\widehat{\\theta} + \\overline{x}"));
        // an upper-case letter under an accent is written twice, as Symja ignores case in longer names
        assertEquals(List.of("wwhat == W"), claims("\\hat W = W"));
        assertEquals(List.of("(yhat') == xbar + wtilde"), claims("\\hat y' = \\bar{\\mathbf{x}} + \\widetilde{w}"));
        assertEquals(List.of("D(L, yhat) == yhat - y"), claims("\\frac{\\partial L}{\\partial \\hat y} = \\hat y - y"));
        assertEquals(List.of("fhat(x) == 1"), claims("\\hat f(x) = 1"));
        // \\vec is a font, as \\mathbf is: every quantity is a scalar
        assertEquals(List.of("x == 1"), claims("\\vec x = 1"));
        // a subscript under the accent belongs to the name, as one outside it does
        assertEquals(List.of("yhati == yhati", "xbari^2 == (yhati')"), claims("\\hat{y_i} = \\hat{y}_i, \\bar{x_i}^2 = \\hat{y_i}'"));
        fails("y = \\bar{x + 1}", 5, "\\bar over an expression");
    }

    /** The names that decorations make are plain Symja symbols, distinct from the plain letters. */
    @Test
    void decoratedNamesArePlainDistinctSymbols() throws ParseError {
        SymjaEngine engine = new SymjaEngine();
        Set<IExpr> symbols = new HashSet<>();
        for (String latex : List.of("y", "\\hat y", "\\bar y", "\\tilde y", "Y", "\\hat Y", "\\hat{y}_i", "y_i", "L",
                "\\mathcal{L}", "l", "\\hat E", "\\bar N", "\\hat\\beta", "\\hat\\Delta")) {
            String name = LatexExpression.toExpression(latex, DEFAULTS);
            IExpr parsed = engine.parse(name);
            assertTrue(parsed.isSymbol() && !(parsed instanceof IBuiltInSymbol), latex + " became " + name);
            assertTrue(symbols.add(parsed), latex + " became " + name + ", the same symbol as another variable");
        }
    }

    @Test
    void functionNamesInTextAndFonts() throws ParseError {
        assertEquals(List.of("gelu(x) == x"), claims("\\operatorname{GELU}(x)=x"));
        assertEquals(List.of("swish(x, betavar) == x"), claims("\\mathit{swish}(x, \\beta) = x"));
        assertEquals(List.of("Sech(x)^2 == 1"), claims("\\mathrm{sech}^2 x = 1"));
        assertEquals(List.of("relu(x) == x"), claims("{\\rm ReLU}(x) = x"));
        assertEquals(List.of("relu(x) == softplus(x) - sigmoid(x)"),
                claims("\\text{ReLU}(x) = \\mathrm{softplus}(x) - \\operatorname{sigmoid} x"));
        assertEquals(List.of("swish(x) == x*sigmoid(x)"), claims("\\mathrm{SiLU}(x) = x \\sigma(x)"));
        // a calligraphic letter applied is a function (a loss); bare, it is a variable apart from L
        assertEquals(List.of("llcal(a, y) == a"), claims("\\mathcal{L}(a,y) = a"));
        assertEquals(List.of("llcal == L + llcal(theta)"), claims("\\mathcal{L} = L + {\\cal L}(\\theta)"));
        // an unknown word is a function in \\operatorname or with several arguments; in \\text it may be a quantity
        assertEquals(List.of("foo(x) + loss(a, y) == outj*(1 - outj)"),
                claims("\\operatorname{Foo}(x) + \\mathrm{Loss}(a, y) = \\text{out}_j(1 - \\text{out}_j)"));
        assertEquals(List.of("w*x == b"), claims("{\\bf w}^T {\\bf x} = {\\it b}"));
        assertEquals(List.of("xmax == xmax + win"), claims("x_{\\rm max} = x_{\\text{max}} + w_{\\rm in}"));
        fails("x = \\mathbb{R}", 5, "a set such as \\mathbb{R} is not an expression");
        fails("y = \\operatorname{sech}", 5, "sech is a function: apply it to an argument");
    }

    @Test
    void lettersBeforeASubscriptMultiplyUnlessTheyAreAWord() throws ParseError {
        assertEquals(List.of("h*w2 == 1"), claims("hw_2 = 1"));
        assertEquals(List.of("a*xi + b == y"), claims("ax_i + b = y"));
        // three letters or more are a word, as lecture notes name quantities
        assertEquals(List.of("outk - tark == netj"), claims("out_k - tar_k = net_j"));
        // a document names two-letter quantities, or bare words, through the options
        LatexOptions named = DEFAULTS.withName("in").withName("net");
        assertEquals(List.of("ink == net"), claims(named, "in_k = net"));
        assertEquals(List.of("i*nk == n*E*t"), claims("in_k = net"));
    }

    @Test
    void partialsWithTheirVariableAsASubscript() throws ParseError {
        assertEquals(List.of("D(x^2*y, x) == 2*x*y"), claims("\\partial_x (x^2 y) = 2xy"));
        assertEquals(List.of("D(D(x^2*y, y), x) == 2*x"), claims("\\partial_x \\partial_y (x^2 y) = 2x"));
        assertEquals(List.of("D((w1*x)^2, w1) == 2*w1*x^2"), claims("\\partial_{w_1} (w_1 x)^2 = 2 w_1 x^2"));
        fails("\\partial x = 1", 1, "or as \\partial_x f");
    }

    /** Where z is written with its conjugate, z is complex: \bar z is conj(z) and ∂/∂z, ∂/∂\bar z are Wirtinger's. */
    @Test
    void conjugatesMakeWirtingerDerivatives() throws ParseError {
        assertEquals(List.of("Dz(Abs(z)^2, z) == Dz(z*conj(z), z)", "Dz(z*conj(z), z) == conj(z)"),
                claims("\\frac{\\partial}{\\partial z}|z|^2 = \\frac{\\partial}{\\partial z}(z\\bar z) = \\bar z"));
        assertEquals(List.of("Dzbar(Abs(w)^2, w) == w"), claims("\\partial_{\\bar w} |w|^2 = w"));
        // a bar over another letter is a name of its own (a mean), and z without a conjugate is real
        assertEquals(List.of("xbar == (a + b)/2"), claims("\\bar x = \\frac{a + b}{2}"));
        assertEquals(List.of("D(z^2, z) == 2*z"), claims("\\frac{d}{dz} z^2 = 2z"));
    }

    @Test
    void oneSidedLimits() throws ParseError {
        assertEquals(List.of("Limit(x, x -> 0, Direction -> -1) == 0"), claims("\\lim_{x \\to 0^+} x = 0"));
        assertEquals(List.of("Limit(x, x -> 0, Direction -> -1) == 0"), claims("\\lim_{x\\to 0+} x = 0"));
        assertEquals(List.of("Limit(x, x -> 0, Direction -> -1) == 0"), claims("\\lim_{x \\to 0^{+}} x = 0"));
        assertEquals(List.of("Limit(x, x -> 0, Direction -> -1) == 0"), claims("\\lim_{x \\downarrow 0} x = 0"));
        assertEquals(List.of("Limit(1/x, x -> 0, Direction -> 1) == -Infinity"),
                claims("\\lim_{x\\to 0^-} \\frac{1}{x} = -\\infty"));
        assertEquals(List.of("Limit(x, x -> 1, Direction -> 1) == 1"), claims("\\lim_{x \\uparrow 1} x = 1"));
        assertEquals(List.of("Limit(x, x -> -Infinity) == 0"), claims("\\lim_{x \\to -\\infty} x = 0"));
        fails("\\lim_{x \\to +} x = 0", 9, "needs the value");
        fails("\\lim_{x \\downarrow 0^-} x = 0", 9, "from above and from below at once");
    }

    /** Symja 3 evaluates a limit's direction given as a number, -1 from above, and leaves "FromAbove" alone. */
    @Test
    void theDirectionsMeanWhatTheyAreReadAs() throws ParseError {
        SymjaEngine engine = new SymjaEngine();
        String above = LatexExpression.toExpression("\\lim_{x \\to 0^+} \\frac{1}{x}", DEFAULTS);
        String below = LatexExpression.toExpression("\\lim_{x \\to 0-} \\frac{1}{x}", DEFAULTS);
        assertEquals("Infinity", engine.eval(engine.parse(above)).toString());
        assertEquals("-Infinity", engine.eval(engine.parse(below)).toString());
    }

    @Test
    void boxesAreTransparentAndConclusionsSeparate() throws ParseError {
        assertEquals(List.of("x == 1"), claims("\\boxed{x = 1}"));
        assertEquals(List.of("x == 1"), claims("x = \\boxed{1}"));
        assertEquals(List.of("a == b", "b == c", "c == d"), claims("a = b = \\boxed{c = d}"));
        assertEquals(List.of("x == 1", "y == 2"), claims("x = 1 \\therefore y = 2"));
        assertEquals(List.of("y == 2", "x == 1"), claims("y = 2 \\because x = 1"));
        fails("\\boxed{x = 1", 7, "'{' is never closed");
    }

    @Test
    void aPeriodBetweenFactorsMultiplies() throws ParseError {
        assertEquals(List.of("a*b == a*b"), claims("a . b = a \\cdot b"));
        assertEquals(List.of("w*x + b == y"), claims("w.x + b = y"));
        assertEquals(List.of("a*sigmoid(z) == a*Sqrt(2)"), claims("a.\\sigma(z) = a . \\sqrt{2}"));
        // a decimal point, and a sentence's end: at the end, before a line break, a capital or a separator
        assertEquals(List.of("x == 0.5", "0.5 == 0.5"), claims("x = 0.5 = .5"));
        assertEquals(List.of("x == 1"), claims("x = 1."));
        assertEquals(List.of("x == 1", "y == 2"), claims("x = 1.\n y = 2"));
        assertEquals(List.of("a == b", "B == c"), claims("a = b. B = c"));
        assertEquals(List.of("a == b", "c == d"), claims("a = b. \\quad c = d"));
        fails("y = (a.)", 7, "'(' is closed by '.'");
    }

    @Test
    void spacingInsideASideIsAProduct() throws ParseError {
        assertEquals(List.of("a*b*c*d*e1 == a*b*c*d*e1"), claims("a \\, b \\; c \\! d \\: e_1 = a\\ b c d e_1"));
        assertEquals(List.of("a == b", "c == d"), claims("a = b \\quad c = d"));
        assertEquals(List.of("a == b", "c == d"), claims("a = b \\qquad c = d"));
    }

    /** A symbolic sum over indexed terms is an error that says why, never a sum of one symbol. */
    @Test
    void symbolicSumsOverIndexedTermsCannotBeChecked() throws ParseError {
        assertEquals(List.of("Sum(i, {i, 1, n}) == n*(n + 1)/2"), claims("\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}"));
        fails("\\sum_{i=1}^{n} x_i = 1", 18, "bounds are not numbers, which cannot be checked");
        assertEquals(List.of("x1 + x2 + x3 == 1"), claims(DEFAULTS.withBinding("n", 3), "\\sum_{i=1}^{n} x_i = 1"));
    }

    private static List<String> document(String text) throws ParseError {
        return LatexDerivation.document(text, DEFAULTS, List.of(), Set.of()).stream().map(s -> shown(s.claim())).toList();
    }

    @Test
    void arraysAndInlineAlignedBlocksArrangeAChain() throws ParseError {
        assertEquals(List.of("a == b", "b == c"), claims("\\begin{array}{rl} a &= b \\\\ &= c \\end{array}"));
        assertEquals(List.of("a == b", "b == c"), claims("\\begin{array}{rcl} a &=& b \\\\ &=& c \\end{array}"));
        // an array inside a formula is still a matrix
        fails("A = \\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}", 5, "matrices and vectors are not supported");
        assertEquals(List.of("a == b", "b == c"),
                document("Text $\\begin{aligned} a &= b \\\\ &= c \\end{aligned}$ and $x = y$ inline."));
        assertEquals(List.of("u == v", "v == w"), document("So \\(\\begin{array}{rl} u &= v \\\\ &= w \\end{array}\\)."));
    }

    @Test
    void markdownMathFencesAreDisplayMath() throws ParseError {
        String markdown = "Prose\n```math\nf(x) = x^2 \\\\ = x x\n```\nand `$a = b$` and ```python\nx = 1\n```\n";
        assertEquals(List.of("f(x) == x^2", "x^2 == x*x"), document(markdown));
        ParseError open = assertThrows(ParseError.class, () -> document("Prose\n```math\na = b\n"));
        assertEquals(2, open.line());
        assertEquals(1, open.column());
    }

    /** An upright d in an old switch or in \\mathit is a differential, not a variable d: d y / d x would be y/x. */
    @Test
    void uprightDifferentialsInEveryStyle() throws ParseError {
        assertEquals(List.of("D(y, x) == D(y, x)"), claims("\\frac{{\\rm d}y}{{\\rm d}x} = \\frac{{\\rm d}}{{\\rm d}x} y"));
        assertEquals(List.of("D(y, x) == 1"), claims("\\frac{\\mathit{d}y}{\\mathit{d}x} = 1"));
    }

    @Test
    void primesOnBracedAndAccentedNames() throws ParseError {
        assertEquals(List.of("(y') == (yhat')"), claims("{y}' = \\hat y'"));
        assertEquals(List.of("yhat'(x) == 1"), claims("\\hat{y}'(x) = 1"));
    }
}

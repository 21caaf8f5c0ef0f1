package dev.gradus.proofs.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Definition;
import dev.gradus.proofs.ParseError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chains and documents: which statements become steps, and where each side stands. */
class LatexDerivationTest {
    private static final LatexOptions DEFAULTS = LatexOptions.defaults();

    private static List<LatexStep> document(String text) throws ParseError {
        return LatexDerivation.document(text, DEFAULTS, List.of(), Set.of());
    }

    private static List<String> sides(List<LatexStep> steps) {
        return steps.stream().map(s -> s.claim().lhs() + " = " + s.claim().rhs()).toList();
    }

    @Test
    void aChainIsSplitIntoStepsWithColumns() throws ParseError {
        List<Claim> steps = LatexDerivation.chain("\\frac{1}{2} = 0.5 = \\frac{2}{4}", DEFAULTS, List.of("x > 0"), Set.of("z"));
        assertEquals(2, steps.size());
        assertEquals("1/2", steps.get(0).lhs());
        assertEquals("0.5", steps.get(0).rhs());
        assertEquals(new Claim.Position(0, 1), steps.get(0).lhsAt());
        assertEquals(new Claim.Position(0, 15), steps.get(0).rhsAt());
        assertEquals(new Claim.Position(0, 21), steps.get(1).rhsAt());
        assertEquals(List.of("x > 0"), steps.get(1).assumptions());
        assertEquals(Set.of("z"), steps.get(1).complexVariables());
    }

    @Test
    void aChainMayBeWrappedInDollarsOrBeAnAlignedBlock() throws ParseError {
        assertEquals(1, LatexDerivation.chain("$x = x$", DEFAULTS, List.of(), Set.of()).size());
        List<Claim> aligned = LatexDerivation.chain("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}", DEFAULTS,
                List.of(), Set.of());
        assertEquals(List.of("a = b", "b = c"), aligned.stream().map(c -> c.lhs() + " = " + c.rhs()).toList());
    }

    @Test
    void alignedLinesStartingWithARelationContinueTheChain() throws ParseError {
        List<LatexStep> steps = document("$$\\begin{aligned}\n  a &= b \\\\\n    &= c = d \\\\\n  u &= v\n\\end{aligned}$$");
        assertEquals(List.of("a = b", "b = c", "c = d", "u = v"), sides(steps));
        assertEquals(new Claim.Position(3, 8), steps.get(1).claim().rhsAt());
        assertEquals(new Claim.Position(4, 3), steps.get(3).claim().lhsAt());
        assertEquals("c", steps.get(2).lhsLatex());
    }

    @Test
    void everyDisplayEnvironmentCounts() throws ParseError {
        assertEquals(List.of("a = b"), sides(document("\\[ a = b \\]")));
        assertEquals(List.of("a = b", "c = d"), sides(document("\\begin{align} a &= b \\\\ c &= d \\end{align}")));
        assertEquals(List.of("a = b"), sides(document("\\begin{align*} a &= b \\end{align*}")));
        assertEquals(List.of("a = b"), sides(document("\\begin{equation} a = b \\label{eq:1} \\end{equation}")));
        assertEquals(List.of("a = b", "c = d"), sides(document("\\begin{gather} a = b \\\\ c = d \\end{gather}")));
        assertEquals(List.of("a = b", "b = c"), sides(document("$$\\begin{aligned} a &= b \\\\[2pt] &= c \\end{aligned}$$")));
    }

    @Test
    void proseAndInlineMathAreIgnored() throws ParseError {
        String text = "Für $u < 0$ gilt $y = 0$, und `code $x$` kostet \\$5 oder $3.\n\n"
                + "$$ \\tanh(z) = 2\\sigma(2z) - 1 $$\nDanach $a = b$.";
        List<LatexStep> steps = document(text);
        assertEquals(List.of("Tanh(z) = 2*sigmoid(2*z) - 1"), sides(steps));
        assertEquals(new Claim.Position(3, 4), steps.get(0).claim().lhsAt());
        assertEquals("\\tanh(z)", steps.get(0).lhsLatex());
        assertEquals("2\\sigma(2z) - 1", steps.get(0).rhsLatex());
    }

    @Test
    void otherRelationsAndConnectivesSplitStatements() throws ParseError {
        LatexDocument d = LatexDerivation.read("$$ f(x) = 0 \\Rightarrow x = 1 \\quad \\wedge \\quad y \\le 2 = z $$\n"
                + "$$ \\sigma \\downarrow \\quad \\wedge \\quad \\mu \\uparrow $$\n"
                + "$$ \\lim_{x \\rightarrow -\\infty} \\text{SELU}(x) = \\text{const.} \\approx -1.76 $$",
                DEFAULTS, List.of(), Set.of());
        // every '=' is a step or skipped with its reason: "y \\le 2 = z" is the step 2 = z and a skipped link
        assertEquals(List.of("f(x) = 0", "x = 1", "2 = z"), sides(d.steps()));
        assertEquals(4, d.skipped().size(), d.skipped().toString());
        assertEquals("not an equality (\\le)", d.skipped().get(0).reason());
        assertEquals("y \\le 2", d.skipped().get(0).latex());
        assertEquals(new Claim.Position(1, 50), d.skipped().get(0).at());
        assertEquals("not an equality (\\downarrow)", d.skipped().get(1).reason());
        assertEquals("not an equality (\\uparrow)", d.skipped().get(2).reason());
        assertEquals("'\\text{const.}' is a word, not a value", d.skipped().get(3).reason());
        assertEquals("\\lim_{x \\rightarrow -\\infty} \\text{SELU}(x) = \\text{const.} \\approx -1.76", d.skipped().get(3).latex());
        assertEquals(new Claim.Position(3, 4), d.skipped().get(3).at());
    }

    @Test
    void definitionsAreDefinedAndTheirChainsChecked() throws ParseError {
        LatexDocument d = LatexDerivation.read("$$ Q := q_1 q_2 = e^{\\log(q_1) + \\log(q_2)} $$", DEFAULTS, List.of(), Set.of());
        assertEquals(List.of("Q = q1*q2", "q1*q2 = E^(Log(q1) + Log(q2))"), sides(d.steps()));
        assertTrue(d.steps().get(0).claim().notation().defines());
        assertEquals(List.of(new Definition("Q", List.of(), "q1*q2")), d.steps().get(1).claim().notation().definitions());
        assertTrue(d.skipped().isEmpty());
    }

    @Test
    void punctuationAndEquationNumbersEndStatements() throws ParseError {
        assertEquals(List.of("s = w*o + b"), sides(document("$$ s = w o + b \\quad (1) $$")));
        assertEquals(List.of("a = b", "c = d"), sides(document("$$ a = b, \\quad c = d. $$")));
        assertEquals(List.of("f(x) = alpha*x"), sides(document("$$ f(x) = \\alpha x, \\text{ if } x < 0 $$")));
        assertEquals(List.of("a = 1.5"), sides(document("$$ a = 1.5. $$")));
    }

    @Test
    void aRelationRepeatedAcrossALineBreakIsOneRelation() throws ParseError {
        assertEquals(List.of("a = b", "b = c"), sides(document("$$ a = b = \\\\ = c $$")));
        assertEquals(List.of("a = b + c"), sides(document("$$\\begin{aligned} a &= b \\\\ &+ c \\end{aligned}$$")));
    }

    @Test
    void commentedOutFormulasAreNotChecked() throws ParseError {
        assertEquals(List.of("b = c"), sides(document("% old: $$ a = b $$\n$$ b = c $$ % done")));
    }

    @Test
    void blocksWithoutEqualsAreSkippedEvenWhenMalformed() throws ParseError {
        assertTrue(document("$$ \\frac{1}{ $$ and $$ x \\in [0, 1) $$").isEmpty());
    }

    @Test
    void stepsKeepTheirLatex() throws ParseError {
        List<LatexStep> steps = document("$$ \\text{softsign}'(z) = \\frac{\\text{sgn}(z)}{(1 + |z|)^2} $$");
        assertEquals("\\text{softsign}'(z)", steps.get(0).lhsLatex());
        assertEquals("\\frac{\\text{sgn}(z)}{(1 + |z|)^2}", steps.get(0).rhsLatex());
        assertEquals("softsign'(z)", steps.get(0).claim().lhs());
        assertEquals("Sign(z)/(1 + Abs(z))^2", steps.get(0).claim().rhs());
    }

    @Test
    void looksLikeLatex() {
        assertTrue(LatexDerivation.looksLikeLatex("\\frac{1}{2} = 0.5"));
        assertTrue(LatexDerivation.looksLikeLatex("$x = y$"));
        assertTrue(LatexDerivation.looksLikeLatex("\\[ x \\]"));
        assertFalse(LatexDerivation.looksLikeLatex("sigmoid(x) = (1+tanh(x/2))/2"));
        assertFalse(LatexDerivation.looksLikeLatex("Piecewise({{1, x > 0}}, 0) = x^2"));
    }

    @Test
    void iStaysAVariableInADocumentThatUsesItAsAnIndex() throws ParseError {
        assertEquals(List.of("E^(I*Pi) = -1"), sides(document("$$ e^{i\\pi} = -1 $$")));
        assertEquals(List.of("xi = i"), sides(document("$$ x_i = i $$")));
    }

    /** w_{t+1} = w_t - \\eta g is an update, skipped (it was an ERROR: "the index t+1 needs a value for t"). */
    @Test
    void aNextValueFromTheOldIsAnUpdate() throws ParseError {
        for (String update : List.of("w_{t+1} = w_t - \\eta \\frac{\\partial L}{\\partial w}", "x_{k+1} = x_{k} - 2",
                "\\theta_{(t+1)} = \\theta_{(t)} - g", "w^{(t+1)} = w^{(t)} - g")) {
            LatexDocument d = LatexDerivation.read("$$" + update + "$$\n", DEFAULTS, List.of(), Set.of());
            assertEquals(List.of(), d.steps(), update);
            assertEquals(List.of(), d.unreadable(), update);
            assertEquals("an update (a new value from the old), not an equality", d.skipped().get(0).reason(), update);
        }
        assertEquals(List.of("wnext = w - 1"), sides(document("$$w_{next} = w - 1$$")));
    }

    /** w^* after a loss in w is the optimum, wstar (it was conj(w), which made w complex and dL/dw a Wirtinger dz). */
    @Test
    void aStarInOptimisationNotesIsNoConjugate() throws ParseError {
        List<LatexStep> steps = document("$$L(w) = (w x - y)^2$$\n\n$$\\frac{dL}{dw} = 2(wx - y)x$$\n\n$$w^* = \\frac{y}{x}$$\n");
        assertEquals(List.of("L(w) = (w*x - y)^2", "D(L, w) = 2*(w*x - y)*x", "wstar = y/x"), sides(steps));
        assertEquals(Set.of(), steps.get(2).claim().complexVariables());
    }

    @Test
    void theConjugateStarMakesZComplex() throws ParseError {
        List<LatexStep> steps = document("$$ \\frac{\\partial}{\\partial z^*} (z z^*) = z $$");
        assertEquals("Dzbar(z*conj(z), z)", steps.get(0).claim().lhs());
        assertEquals(Set.of("z"), steps.get(0).claim().complexVariables());
    }

    @Test
    void annotationsOnAlignedRowsAreComments() throws ParseError {
        String align = "\\begin{align}\n(x+1)^2 &= x^2+2x+1 && \\text{(binomial rule)}\\\\\n"
                + "&= 1+2x+x^2 \\quad \\text{(reorder)} \\\\\n&= 1 + x(2+x) && \\text{(expand)}\n\\end{align}";
        assertEquals(List.of("(x + 1)^2 = x^2 + 2*x + 1", "x^2 + 2*x + 1 = 1 + 2*x + x^2", "1 + 2*x + x^2 = 1 + x*(2 + x)"),
                sides(document(align)));
        assertEquals(List.of("a = 1", "a + 1 = 2"), sides(document("$$ a = 1 \\quad\\text{and}\\quad a + 1 = 2 $$")));
    }

    @Test
    void aChainWithAnUnreadableSideStillChecksItsOtherLinks() throws ParseError {
        LatexDocument d = LatexDerivation.read("$$(\\partial_x + \\partial_y)(x^2 y) = 2xy + x^2 = x(2y+x)$$",
                DEFAULTS, List.of(), Set.of());
        assertEquals(List.of("2*x*y + x^2 = x*(2*y + x)"), sides(d.steps()));
        assertEquals(1, d.unreadable().size());
        assertEquals(17, d.unreadable().get(0).error().column());
        // with statements after it (each step keeps its sentence: this was an IndexOutOfBoundsException)
        LatexDocument more = LatexDerivation.read("Let $z = x + y$. $$(\\partial_x + \\partial_y)(x^2 y) = 2xy + x^2 = x(2y+x)$$ "
                + "and $$z^2 = z z$$", DEFAULTS, List.of(), Set.of());
        assertEquals(List.of("z = x + y", "2*x*y + x^2 = x*(2*y + x)", "z^2 = z*z"), sides(more.steps()));
    }

    @Test
    void theEchoDropsDelimiterSizesAndKeepsApprox() throws ParseError {
        List<LatexStep> steps = document("$$ s = \\sigma(z) \\bigl(1 - \\sigma(z)\\bigr) \\approx 0.25 $$");
        assertEquals("s = \\sigma(z) (1 - \\sigma(z))", steps.get(0).written());
        assertEquals("\\sigma(z) (1 - \\sigma(z)) \\approx 0.25", steps.get(1).written());
        assertEquals(List.of("sigma*x = 1"), sides(document("$$ \\sigma x = 1 $$")));
    }

    private static LatexDocument read(String text) throws ParseError {
        return LatexDerivation.read(text, DEFAULTS, List.of(), Set.of());
    }

    private static List<String> skippedReasons(LatexDocument d) {
        return d.skipped().stream().map(s -> s.latex() + ": " + s.reason() + " (" + s.at() + ")").toList();
    }

    @Test
    void aValueAtAPointDefinesNothing() throws ParseError {
        LatexDocument d = read("At $x = \\pi/2$ the graph of $\\sin x$ peaks. In general, $$\\sin 2x = 2\\cos x$$");
        assertEquals(List.of("x = \\pi/2: a point, not a definition (line 1, column 5)"), skippedReasons(d));
        assertEquals(1, d.steps().size());
        assertTrue(d.steps().get(0).claim().notation().definitions().isEmpty());
        // "let" names a number: a definition
        LatexDocument let = read("Let $n = 3$. Then $$n^2 = 9$$");
        assertEquals("n", let.steps().get(1).claim().notation().definitions().get(0).name());
    }

    @Test
    void conditionsAndInlineClaimsAreSkippedWithTheirReasons() throws ParseError {
        LatexDocument d = read("Quick check at $x=\\pi/2$, where $\\sin x = 1$ and $\\cot x = 0$. Using $g'(0)=\\frac12$ we are done.");
        assertTrue(d.steps().isEmpty());
        assertEquals(List.of("x=\\pi/2: a point, not a definition (line 1, column 17)",
                "\\sin x = 1: a condition stated in prose, not checked (line 1, column 34)",
                "\\cot x = 0: a condition stated in prose, not checked (line 1, column 51)",
                "g'(0)=\\frac12: inline math in a sentence: not checked (line 1, column 71)"), skippedReasons(d));
    }

    @Test
    void anApproximationNeverDefines() throws ParseError {
        LatexDocument d = read("$$\\text{GELU}(x) \\approx \\frac12 x(1+\\tanh(x))$$ and exactly $$\\text{GELU}(x) = x \\Phi(x)$$");
        assertFalse(d.steps().get(0).claim().notation().defines());
        assertTrue(d.steps().get(1).claim().notation().defines());
    }

    @Test
    void aFunctionOfTheTableDefinedByTheDocumentIsTheDocuments() throws ParseError {
        LatexDocument d = read("Let $\\text{swish}(x) = x\\,\\sigma(\\beta x)$. Then $$\\text{swish}(0) = 0$$");
        assertTrue(d.steps().get(0).claim().notation().defines());
        assertEquals("swish", d.steps().get(1).claim().notation().definitions().get(0).name());
    }

    @Test
    void aFunctionDefinedAfterItsUseInTheSameSentenceIsTheSentences() throws ParseError {
        LatexDocument d = read("Let $h=\\sigma(z)$, where $\\sigma(z)=\\max(0,z)$. Then $$\\sigma(2)=2$$");
        assertEquals(List.of("h = sigma(z)", "sigma(z) = Max(0, z)", "sigma(2) = 2"), sides(d.steps()));
        assertTrue(d.steps().get(1).claim().notation().defines());
        assertEquals(List.of("sigma", "h"), d.steps().get(2).claim().notation().definitions().stream().map(Definition::name).toList());
    }

    @Test
    void letDefinesANameAnewButARestatementStaysAClaim() throws ParseError {
        LatexDocument d = read("Let $y = x^2$. Then $$\\frac{dy}{dx} = 2x$$ Next let $y = x^3$. Then $$\\frac{dy}{dx} = 3x^2$$");
        assertTrue(d.steps().get(2).claim().notation().defines());
        assertEquals("x^3", d.steps().get(3).claim().notation().definitions().get(0).body());
        LatexDocument again = read("Let $s = x^2$. So $$s = x^3$$ is wrong.");
        assertFalse(again.steps().get(1).claim().notation().defines());
    }

    @Test
    void aStepUsingANameWhoseDefinitionCannotBeReadIsNotDecided() throws ParseError {
        LatexDocument d = read("$$L = \\frac{1}{2}((o - t)^2$$ and $$\\frac{dL}{do} = o - t$$");
        assertEquals(1, d.unreadable().size());
        assertEquals("uses L, whose definition at line 1, column 3 could not be read", d.blocked().get(0));
    }

    @Test
    void writeIntroducesADefinitionEvenOfANameAQuestionMentioned() throws ParseError {
        LatexDocument d = read("Why is $|z|^2 = z\\overline{z}$?\n\nWrite $z = x + \\mathrm{i}y$ with $x, y$ real.\n\n$$z\\overline{z} = x^2 + y^2$$");
        assertTrue(d.steps().get(0).claim().notation().defines());
        assertEquals("z", d.steps().get(1).claim().notation().definitions().get(0).name());
    }

    @Test
    void aChainGoesOnAcrossProseWhoseInlineMathHasNoRelation() throws ParseError {
        LatexDocument d = read("$$f(x) = \\dfrac{1}{1+x^2}$$\nNow write the numerator as $(1+x) - x$:\n$$= \\dfrac{(1+x)-x}{1+x^2}$$");
        assertEquals(List.of("f(x) = 1/(1 + x^2)", "1/(1 + x^2) = (1 + x - x)/(1 + x^2)"), sides(d.steps()));
    }

    @Test
    void aValueForAParameterOfADefinedFunctionIsACondition() throws ParseError {
        LatexDocument d = read("$$J(w, b) = (w + b)^2 + b^2$$\n\nSetting $\\partial J/\\partial b = 0$ gives $$b = -\\frac{w}{2}$$\n\n"
                + "$$\\frac{\\partial^2 J}{\\partial w^2} = 2$$");
        assertEquals(2, d.steps().size());
        assertTrue(skippedReasons(d).contains("b = -\\frac{w}{2}: a condition stated in prose, not checked (line 3, column 45)"), skippedReasons(d).toString());
        // a function's parameter defined afresh where no prose sets it: the document's own z
        assertTrue(read("Let $\\sigma(z) = \\frac{1}{1+e^{-z}}$.\n\nA neuron computes\n\n$$z = wx + b$$").steps().get(1).claim().notation().defines());
        assertEquals(List.of("J"), d.steps().get(1).claim().notation().definitions().stream().map(Definition::name).toList());
    }

    @Test
    void anInequalityStatedInProseIsAnAssumptionOfTheStepsAfterItUntilANewOne() throws ParseError {
        LatexDocument d = read("$$a = a$$ Fix a slope $0 < \\alpha < 1$. Then $$\\max(\\alpha x, x) = x + 0$$ "
                + "For ELU, with $\\alpha > 0$, $$\\alpha = \\alpha$$");
        assertEquals(List.of(), d.steps().get(0).claim().assumptions());
        assertEquals(List.of("(0) < (alpha)", "(alpha) < (1)"), d.steps().get(1).claim().assumptions());
        assertEquals(List.of("(alpha) > (0)"), d.steps().get(2).claim().assumptions());
        assertTrue(skippedReasons(d).get(0).startsWith("0 < \\alpha < 1: an assumption stated in prose"), skippedReasons(d).toString());
    }

    @Test
    void generalWordsEndWhatAPointOrAnAssumptionGave() throws ParseError {
        LatexDocument d = read("At $x = 1$ we have $$x^2 = x$$ and in general $$x^2 = x$$");
        assertEquals(List.of("(x) == (1)"), d.steps().get(0).claim().assumptions());
        assertEquals(List.of(), d.steps().get(1).claim().assumptions());
        LatexDocument fixed = read("Fix $x > 0$. Then $$|x| = x$$\n\nFor all real $x$, $$|x| = x$$");
        assertEquals(List.of("(x) > (0)"), fixed.steps().get(0).claim().assumptions());
        assertEquals(List.of(), fixed.steps().get(1).claim().assumptions());
    }
}

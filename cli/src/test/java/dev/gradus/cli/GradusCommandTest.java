package dev.gradus.cli;

import static dev.gradus.cli.CommandRun.gradus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: verdicts, exit status, JSON shapes, errors. */
class GradusCommandTest {



    @Test
    void aProvedDerivationExitsZeroAndEchoesEveryStep() throws Exception {
        CommandRun run = gradus("check", "--json", "-e", "(1+tanh(x/2))/2 = 1/2*(1+(exp(x/2)-exp(-x/2))/(exp(x/2)+exp(-x/2)))"
                + " = exp(x/2)/(exp(x/2)+exp(-x/2)) = 1/(1+exp(-x))");
        assertEquals(0, run.status(), run.out() + run.err());
        JsonNode json = run.json();
        assertEquals("PROVED", json.get("verdict").asText());
        assertEquals(3, json.get("steps").size());
        for (JsonNode step : json.get("steps")) {
            assertEquals("PROVED", step.get("verdict").asText());
            for (String field : List.of("lhs", "rhs", "method", "message")) {
                assertTrue(step.get(field).isTextual(), field);
            }
            assertTrue(step.get("counterexample").isNull());
        }
    }

    @Test
    void theSheetsLatexDerivationPastedVerbatimIsProvedStepByStep() throws Exception {
        Path tex = Path.of("..", "examples", "sig-derivation.tex");
        CommandRun run = gradus("check", "--json", tex.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        JsonNode steps = run.json().get("steps");
        assertEquals(7, steps.size());
        for (JsonNode step : steps) {
            assertEquals("PROVED", step.get("verdict").asText(), step.toString());
            assertTrue(step.get("latex").asText().contains("="), "the LaTeX the step was read from");
            assertTrue(step.get("rhsTex").asText().contains("\\frac"), "and the parsed step in LaTeX again");
        }
        assertEquals("sigmoid(x)", steps.get(0).get("lhs").asText(), "\\text{zz: sig}(x): 'zz:' is a label");
        CommandRun text = gradus("check", tex.toString());
        assertTrue(text.out().contains("in LaTeX") && text.out().contains("read as"), text.out());
    }

    @Test
    void latexWorksWithDashEAndItsSyntaxErrorsNameTheColumn() {
        assertEquals(0, gradus("check", "-e", "\\frac{d}{dz} \\log(1 + e^z) = \\frac{1}{1 + e^{-z}}").status());
        assertEquals(1, gradus("check", "--latex-function", "\\delta=sigmoid", "-e",
                "\\delta'(z) = \\frac{-\\exp(-z)}{(1 + \\exp(-z))^2}").status(), "the slides' sign error");
        CommandRun bad = gradus("check", "-e", "\\frac{1}{2 = x");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("column"), bad.err());
    }

    @Test
    void latexReadingsThatTestersFoundMisread() {
        assertEquals(0, gradus("check", "-e", "\\frac{d}{dx}\\sin x^2 = \\cos x^2 \\, 2x").status(), "the \\, ends cos's argument");
        assertEquals(1, gradus("check", "-e", "\\frac{d}{dx}\\sin x^2 = \\cos x^2 \\, x").status());
        assertEquals(0, gradus("check", "-e", "e^{i\\pi} = -1").status(), "i is the imaginary unit");
        assertEquals(0, gradus("check", "-e", "\\mathrm{i}^2 = -1").status());
        assertEquals(0, gradus("check", "-e", "\\frac{d}{dx}x^2\\Big|_{x=1} = 2").status());
        assertEquals(1, gradus("check", "-e", "\\left. \\frac{d}{dx}x^2 \\right|_{x=1} = 3").status());
        assertEquals(0, gradus("check", "-e", "\\int_0^1 x\\,dx = \\frac{1}{2}").status());
        assertEquals(0, gradus("check", "-e", "\\frac{\\partial}{\\partial z^*} (z z^*) = z").status(), "z^* is conj(z)");
    }

    @Test
    void aRefutedClaimExitsOneWithACounterexample() throws Exception {
        CommandRun run = gradus("check", "--json", "-e", "D(softsign(z), z) = sign(z)/(1+abs(z))^2");
        assertEquals(1, run.status());
        JsonNode step = run.json().get("steps").get(0);
        assertEquals("REFUTED", step.get("verdict").asText());
        assertTrue(step.get("counterexample").get("z").asDouble() < 0, run.out());
    }

    @Test
    void assumptionsRestrictTheDomain() throws Exception {
        assertEquals(0, gradus("check", "--assume", "z < 0", "-e", "D(elu(z), z) = elu(z) + 1").status());
        CommandRun everywhere = gradus("check", "--json", "-e", "D(elu(z), z) = elu(z) + 1");
        assertEquals(1, everywhere.status());
        assertTrue(everywhere.json().get("steps").get(0).get("counterexample").get("z").asDouble() > 0);
    }

    @Test
    void complexClaimsUseWirtingerDerivatives() {
        assertEquals(0, gradus("check", "--complex", "z", "-e", "Dzbar(sigmoid(z), z) = 0").status());
        assertEquals(0, gradus("check", "--complex", "z", "-e", "Dz(z*conj(z), z) = conj(z)").status());
        assertEquals(1, gradus("check", "--complex", "z", "-e", "Dz(z*conj(z), z) = 2*z").status());
    }

    @Test
    void aSyntaxErrorExitsTwoNamingTheColumn() throws Exception {
        CommandRun plain = gradus("check", "-e", "1+*2");
        assertEquals(2, plain.status());
        assertTrue(plain.err().contains("column 3"), plain.err());
        CommandRun json = gradus("check", "--json", "-e", "1+*2");
        assertEquals("ERROR", json.json().get("verdict").asText());
        assertTrue(json.json().get("steps").get(0).get("message").asText().contains("column 3"));
        CommandRun inChain = gradus("check", "-e", "x = (1+x");
        assertEquals(2, inChain.status());
        assertTrue(inChain.out().contains("column 9"), inChain.out());
    }

    @Test
    void deriveGivesWhatCheckProves() {
        CommandRun derived = gradus("derive", "x*sigmoid(x)", "x");
        assertEquals(0, derived.status(), derived.err());
        String derivative = derived.out().substring(derived.out().indexOf(" = ") + 3).strip();
        assertEquals(0, gradus("check", "-e", derivative + " = sigmoid(x)*(1 + x*(1 - sigmoid(x)))").status(), derivative);
        assertTrue(gradus("derive", "--tex", "sigmoid(x)", "x").out().contains("\\frac"));
    }

    @Test
    void aFileWithoutClaimsIsAnErrorNotAProof(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "# only a comment\nassume x > 0\n");
        CommandRun run = gradus("check", empty.toString());
        assertEquals(2, run.status(), run.out());
        assertTrue(run.err().contains("no claim to check in " + empty + " (a line such as a = b = c)"), run.err());
        Path badName = Files.writeString(dir.resolve("names.txt"), "complex z, 1w\nz = z\n");
        CommandRun complex = gradus("check", badName.toString());
        assertEquals(2, complex.status());
        assertTrue(complex.err().contains("line 1: complex: not a variable name: '1w'"), complex.err());
    }

    /** Plain notation as students type it: each line PROVED, with a note where the reading is a convention. */
    @Test
    void plainNotationIsReadAsPeopleWriteIt(@TempDir Path dir) throws Exception {
        Path typed = Files.writeString(dir.resolve("typed.txt"), "ln(e^x) = x\nD(e^x, x) = e^x\nd/dx x^2 = 2x\n(x^2)' = 2*x\n"
                + "x**2 = x*x\nsin x^2 = sin(x^2)\nσ(z)(1 − σ(z)) = σ'(z)\n");
        CommandRun run = gradus("check", typed.toString());
        assertEquals(0, run.status(), run.out());
        assertEquals(7, run.out().split("\n    PROVED", -1).length - 1, run.out());
        assertTrue(run.out().contains("note: 'sin x^2' is read as Sin(x^2)"), run.out());
        assertTrue(run.out().contains("note: e is Euler's number"), run.out());
        CommandRun variable = gradus("check", "--var", "e", "-e", "e^2 = e*e");
        assertEquals(0, variable.status(), variable.out());
        assertTrue(!variable.out().contains("Euler"), variable.out());
        CommandRun bare = gradus("check", "-e", "1 + sin = 1");
        assertEquals(2, bare.status(), bare.out());
        assertTrue(bare.out().contains("syntax error at column 5: sin needs an argument: sin(x)"), bare.out());
    }

    /** Definitions are DEFINED, and the steps after them are about what the names stand for: dL/dw is not 0. */
    @Test
    void definitionsAreDefinedAndUsedByLaterSteps(@TempDir Path dir) throws Exception {
        Path chain = Files.writeString(dir.resolve("chain.txt"), "z = w x + b\na = sigmoid(z)\nL = (a - y)^2/2\n"
                + "dL/dw = (a - y) sigmoid'(z) x\ns(t) = 1/(1 + e^-t)\nd/dt s(t) = s(t)(1 - s(t))\ndL/db = (a - y) sigmoid'(z) x\n"
                + "f(x) = x^2 + 1\nf'(x) = 2x\nsigma(u) = tanh(u)\nsigma'(0) = 1\n");
        CommandRun run = gradus("check", "--json", chain.toString());
        assertEquals(1, run.status(), run.out());
        JsonNode steps = Json.MAPPER.readTree(run.out()).path("steps");
        List<String> verdicts = new ArrayList<>();
        steps.forEach(step -> verdicts.add(step.path("verdict").asText()));
        // a defined function's derivative is the derivative of its definition; a σ the file defines is not the sigmoid
        assertEquals(List.of("DEFINED", "DEFINED", "DEFINED", "PROVED", "DEFINED", "PROVED", "REFUTED", "DEFINED", "PROVED",
                "DEFINED", "PROVED"), verdicts, run.out());
        assertEquals("with the definitions of L, a, z put in", steps.get(3).path("notes").get(0).asText(), run.out());
    }

    /** Issue 16's σ document: the inline definition is DEFINED and dσ/dz is the derivative of what σ was defined to be. */
    @Test
    void aLatexDocumentDefinesSigmaInProse(@TempDir Path dir) throws Exception {
        Path sigma = Files.writeString(dir.resolve("sigma.md"), "# The sigmoid's derivative\n\n"
                + "Let $\\sigma(z) = \\frac{1}{1+e^{-z}}$. Then\n\n"
                + "$$\\frac{d\\sigma}{dz} = \\frac{e^{-z}}{(1+e^{-z})^2} = \\sigma(z)(1-\\sigma(z))$$\n"
                + "and at zero, as a check, $$\\sigma'(0) = \\frac{1}{4} \\ne \\frac{1}{2}$$\n");
        CommandRun run = gradus("check", "--json", sigma.toString());
        assertEquals(0, run.status(), run.out());
        assertEquals(List.of("DEFINED", "PROVED", "PROVED", "PROVED"), run.verdicts(), run.out());
        JsonNode steps = run.json().path("steps");
        assertEquals(3, steps.get(0).path("line").asInt(), run.out());
        assertEquals("\\sigma(z) = \\frac{1}{1+e^{-z}}", steps.get(0).path("latex").asText());
        assertEquals("with the definitions of sigma put in", steps.get(1).path("notes").get(0).asText(), run.out());
        JsonNode skipped = run.json().path("skipped").get(0);
        assertEquals("not an equality (\\ne)", skipped.path("reason").asText(), run.out());
        assertEquals(6, skipped.path("line").asInt(), run.out());
    }

    /** A value at a point is no definition: the general step after it is checked in general (it was PROVED at π/2). */
    @Test
    void aValueAtAPointLeavesLaterStepsGeneral(@TempDir Path dir) throws Exception {
        Path at = Files.writeString(dir.resolve("at.md"),
                "At $x = \\pi/2$ the graph of $\\sin x$ peaks. In general, $$\\sin 2x = 2\\cos x$$\n");
        CommandRun run = gradus("check", "--json", at.toString());
        assertEquals(List.of("REFUTED"), run.verdicts(), run.out());
        JsonNode skipped = run.json().path("skipped").get(0);
        assertEquals("a point, not a definition", skipped.path("reason").asText(), run.out());
        assertEquals(5, skipped.path("column").asInt(), run.out());
    }

    /** A document's swish is its own (it was REFUTED as a claim about the table's swish), in LaTeX and plain text. */
    @Test
    void aDocumentDefinesAFunctionOfTheTable(@TempDir Path dir) throws Exception {
        Path latex = Files.writeString(dir.resolve("swish.md"),
                "The swish is $$\\text{swish}(x) = x\\,\\sigma(\\beta x)$$ so $$\\text{swish}(0) = 0$$\n");
        CommandRun run = gradus("check", "--json", latex.toString());
        assertEquals(List.of("DEFINED", "PROVED"), run.verdicts(), run.out());
        Path plain = Files.writeString(dir.resolve("swish.txt"), "swish(x) = x*sigmoid(b*x)\nd/dx swish(x) = sigmoid(b*x) + b*x*sigmoid(b*x)*(1 - sigmoid(b*x))\n");
        CommandRun typed = gradus("check", "--json", plain.toString());
        assertEquals(List.of("DEFINED", "PROVED"), typed.verdicts(), typed.out());
    }

    /** "where $\\sigma(z) = \\max(0, z)$" after its use in the sentence: DEFINED, and σ(2) = 2 PROVED (both were REFUTED). */
    @Test
    void aFunctionDefinedInTheSentenceOfItsUseIsTheDocuments(@TempDir Path dir) throws Exception {
        Path relu = Files.writeString(dir.resolve("relu.md"), "Let $h=\\sigma(z)$, where $\\sigma(z)=\\max(0,z)$. Then $$\\sigma(2)=2$$\n");
        CommandRun run = gradus("check", "--json", relu.toString());
        assertEquals(List.of("DEFINED", "DEFINED", "PROVED"), run.verdicts(), run.out());
    }

    /** w^* = y/x in optimisation notes names the optimum: DEFINED (it was conj(w) = y/x, REFUTED at Im(w) = 1). */
    @Test
    void aStarredOptimumIsNoConjugate(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("optimum.md"),
                "$$L(w) = (w x - y)^2$$\n\n$$\\frac{dL}{dw} = 2(wx - y)x$$\n\n$$w^* = \\frac{y}{x}$$\n");
        CommandRun run = gradus("check", "--json", notes.toString());
        assertEquals(List.of("DEFINED", "PROVED", "DEFINED"), run.verdicts(), run.out());
    }

    /** A plain "let" line defines y anew (y = x^3 was read as x^2 = x^3); without it, the restatement stays a claim. */
    @Test
    void aLetLineDefinesANameAnew(@TempDir Path dir) throws Exception {
        Path let = Files.writeString(dir.resolve("let.txt"), "y = x^2\ndy/dx = 2x\nlet y = x^3\ndy/dx = 3x^2\n");
        CommandRun run = gradus("check", "--json", let.toString());
        assertEquals(List.of("DEFINED", "PROVED", "DEFINED", "PROVED"), run.verdicts(), run.out());
        Path unread = Files.writeString(dir.resolve("unread.txt"), "L = \u2030(o - t)^2\ndL/do = o - t\n");   // ½ reads now: ‰ does not
        CommandRun error = gradus("check", "--json", unread.toString());
        assertEquals(List.of("ERROR", "ERROR"), error.verdicts(), error.out());
    }

    /** The z, a, L chain of issue 16 in display math: each definition DEFINED, and ∂L/∂w through all three. */
    @Test
    void aLatexChainOfDefinitionsIsDifferentiatedThroughThem(@TempDir Path dir) throws Exception {
        Path chain = Files.writeString(dir.resolve("chain.tex"), "Let $\\sigma(z) = \\frac{1}{1+e^{-z}}$.\n"
                + "\\[ z = wx + b \\]\n\\[ a = \\sigma(z) \\]\n\\[ L = \\frac{1}{2}(a - y)^2 \\]\n"
                + "\\begin{align*} \\frac{\\partial L}{\\partial w} &= (a - y)\\sigma'(z) x \\\\\n"
                + "\\frac{\\partial L}{\\partial a} &= a - y \\\\\n \\frac{\\partial L}{\\partial b} &= (a - y) x \\end{align*}\n");
        CommandRun run = gradus("check", "--json", chain.toString());
        assertEquals(1, run.status(), run.out());
        // ∂L/∂a is taken by a, then a = σ(wx + b) put in; the last step is wrong (∂z/∂b = 1, not x) and REFUTED
        assertEquals(List.of("DEFINED", "DEFINED", "DEFINED", "DEFINED", "PROVED", "PROVED", "REFUTED"), run.verdicts(), run.out());
        assertEquals("with the definitions of L, a, sigma, z put in", run.json().path("steps").get(4).path("notes").get(0).asText(),
                run.out());
        assertEquals("a derivative by a is taken with a as its variable, then its definition put into the result",
                run.json().path("steps").get(5).path("notes").get(1).asText(), run.out());
    }

    /** "where", ":=", an \\approx rounded to the digits written, and chains that go on in the next display block. */
    @Test
    void latexDefinitionsAndChainsAsNotesWriteThem(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.md"), "We have $$L = \\frac{1}{2}(a-y)^2, \\quad \\text{where } a = \\sigma(z)$$\n"
                + "$$f(x) := x^2 + 1$$ and so\n$$ \\frac{d}{dx} f(x) = $$ by the power rule $$ 2x $$ and\n$$ = x + x $$\n"
                + "```math\n\\sigma(0.5) = \\frac{1}{1+e^{-0.5}} \\approx 0.6225\n```\n$$\\sigma(0.5) \\approx 0.63$$\n");
        CommandRun run = gradus("check", "--json", notes.toString());
        // the fenced chain: an exact step and one rounded to the 4 digits written; 0.63 is not σ(0.5) rounded
        assertEquals(List.of("DEFINED", "DEFINED", "DEFINED", "PROVED", "PROVED", "PROVED", "PROVED", "REFUTED"), run.verdicts(), run.out());
        assertEquals("rounded to 4 decimals", run.json().path("steps").get(6).path("method").asText(), run.out());
        JsonNode steps = run.json().path("steps");
        assertEquals("\\frac{d}{dx} f(x) = 2x", steps.get(3).path("latex").asText(), run.out());
        assertEquals("2x = x + x", steps.get(4).path("latex").asText(), run.out());
    }

    /** Definitions that refer to each other ("where" may define in a circle) are put in once each, and the check ends. */
    @Test
    void circularDefinitionsEnd(@TempDir Path dir) throws Exception {
        Path circle = Files.writeString(dir.resolve("circle.md"), "$$L = a^2, \\quad \\text{where } a = L + 1$$\n"
                + "$$ L + 0 = L $$\n$$ \\frac{dL}{dx} = 0 $$\n");
        CommandRun run = gradus("check", "--json", circle.toString());
        assertEquals(List.of("DEFINED", "DEFINED", "PROVED", "PROVED"), run.verdicts(), run.out());
    }

    /** y(x) is y times x unless y is a function: declared (--function, a directive) or primed and applied in the same step. */
    @Test
    void namesAreFunctionsWhereDeclaredOrPrimed(@TempDir Path dir) throws Exception {
        CommandRun product = gradus("check", "-e", "y(x + 1) = y x + y");
        assertEquals(0, product.status(), product.out());
        assertTrue(product.out().contains("read as  y*(1+x)  =  y*x+y"), product.out());
        for (String chainRule : List.of("d/dx y(x)^2 = 2 y(x) y'(x)", "$\\frac{d}{dx} y(x)^2 = 2 y(x) y'(x)$")) {
            CommandRun primed = gradus("check", "-e", chainRule);
            assertEquals(0, primed.status(), primed.out());
            assertTrue(primed.out().contains("read as  D(y(x)^2,x)  =  2*y(x)*y'(x)"), primed.out());
        }
        CommandRun declared = gradus("check", "--function", "y(x)", "-e", "d/dx y(x) = y'(x)");
        assertEquals(0, declared.status(), declared.out());
        Path plain = Files.writeString(dir.resolve("y.txt"), "function y\nd/dx (x y(x)) = y(x) + x*D(y(x), x)\n");
        Path latex = Files.writeString(dir.resolve("y.tex"), "% gradus: function y\n% gradus: var e\n$$ e^2 = e \\cdot e $$\n"
                + "$$\\frac{d}{dx} \\left(x\\, y(x)\\right) = y(x) + x \\frac{d}{dx} y(x)$$\n");
        for (Path file : List.of(plain, latex)) {
            CommandRun run = gradus("check", file.toString());
            assertEquals(0, run.status(), run.out());
            assertTrue(run.out().contains("y is read as an unknown function of x"), run.out());
        }
    }

    /** Plain notations an outside test found misread: a prime before a product, sgn without brackets, d/dx of a quotient. */
    @Test
    void primesSignsAndQuotientsAsStudentsTypeThem() throws Exception {
        for (String claim : List.of("(uv)' = uv' + u'v", "(u/v)' = (u'v - uv')/v^2", "d/dx |x| = sgn x", "d/dx 1/x = -1/x^2",
                "d/dx sin(x)/x = (x cos x - sin x)/x^2", "d/dx erf(x) = 2/sqrt(pi) e^(-x^2)")) {
            CommandRun run = gradus("check", "-e", claim);
            assertEquals(0, run.status(), run.out());
        }
        CommandRun wrong = gradus("check", "-e", "(uv)' = uv' - u'v");
        assertEquals(1, wrong.status(), wrong.out());
        assertTrue(wrong.out().contains("REFUTED"), wrong.out());
    }

    /** Plain forms testers found misread into wrong verdicts: each true step PROVED, its wrong twin REFUTED, prose an ERROR. */
    @Test
    void exponentsIndexedNamesFractionsAndPrimesAtAPointAsTypedByTesters() throws Exception {
        for (String claim : List.of("2/(1+e^-2x) = 2/(1+e^(-2x))", "e^2x = e^(2x)", "y1(1 - p1) = y1 - y1 p1", "½ = 0.5",
                "(x^2)'(x) = 2x", "(x^2)'(3) = 6", "(uv)'(x) = u'(x)v(x) + u(x)v'(x)",
                "d/dx tanh(u(x)) = sech^2 u(x) u'(x)")) {
            CommandRun run = gradus("check", "-e", claim);
            assertEquals(0, run.status(), claim + ": " + run.out());
        }
        for (String claim : List.of("2/(1+e^-2x) = 2/(1+e^(2x))", "y1(1 - p1) = y1 + y1 p1", "(x^2)'(3) = 9",
                "(uv)'(x) = u'(x)v(x) - u(x)v'(x)", "d/dx tanh(u(x)) = sech^2 u(x)")) {
            CommandRun run = gradus("check", "-e", claim);
            assertEquals(1, run.status(), claim + ": " + run.out());
        }
        assertTrue(gradus("check", "-e", "e^2x = e^(2x)").out().contains("note: 'e^2x' is read as E^(2*x), not E^2*x"));
        CommandRun prose = gradus("check", "-e", "d/dx x^2 at x=1 is 2");
        assertEquals(2, prose.status(), prose.out());
        assertTrue(prose.out().contains("column 10: 'at' is a word, not mathematics"), prose.out());
    }

    /** A file's defined value multiplies brackets even when its letter is f, g, h, u or v; a trailing '#' comments. */
    @Test
    void aFilesDefinedValuesMultiplyAndItsCommentsAreSkipped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("h.txt"), "h = x^2   # a value\nh(1 - h) = x^2 - x^4\nh (1 - h) = x^2 - x^4\n"
                + "L = ½(o - t)^2\nx^2 = x*x   # square\n= x x\n");
        CommandRun run = gradus("check", "--json", file.toString());
        assertEquals(List.of("DEFINED", "PROVED", "PROVED", "DEFINED", "PROVED", "PROVED"), run.verdicts(), run.out());
        assertTrue(run.out().contains("'h' before brackets multiplies: it is defined as a value, not as a function"), run.out());
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "h = x^2\nh(1 - h) = x^2 + x^4\n");
        assertEquals(List.of("DEFINED", "REFUTED"), gradus("check", "--json", wrong.toString()).verdicts());
    }

    /** Forty definitions that each repeat the one before would put 2^40 terms into the last step: it is refused, not expanded. */
    @Test
    void definitionsThatDoubleAreNotExpandedForever(@TempDir Path dir) throws Exception {
        StringBuilder file = new StringBuilder("x1 = x0 + x0\n");
        for (int i = 2; i <= 40; i++) {
            file.append("x").append(i).append(" = x").append(i - 1).append(" + x").append(i - 1).append('\n');
        }
        file.append("x3 = 8 x0\nx40 = 2^40 x0\n");
        CommandRun run = gradus("check", "--json", Files.writeString(dir.resolve("double.txt"), file).toString());
        List<String> verdicts = run.verdicts();
        assertEquals("PROVED", verdicts.get(40), "a few doublings are put in as usual");
        assertEquals("UNKNOWN", verdicts.get(41), run.out());
        assertTrue(run.json().path("steps").get(41).path("message").asText().contains("more than 100000 are not checked"), run.out());
    }

    /** A classmate's file cannot change what gradus proves: the line that tries is an ERROR at its column, the rest is checked as usual. */
    @Test
    void aFileCannotRedefineTheEngine(@TempDir Path dir) throws Exception {
        Path evil = Files.writeString(dir.resolve("evil.txt"), "sin(x)^2 + cos(x)^2 = 1\n"
                + "1 + ToExpression(\"Unprotect(Sin); Sin(x_) := 0; 1\") = 2\n"
                + "Unprotect(Sin) = 0\n"
                + "sin(x) = 0\n");
        CommandRun run = gradus("check", "--json", evil.toString());
        assertEquals(2, run.status(), run.out());
        assertTrue(run.out().contains("refused at line 2, column 5: ToExpression is not allowed here"), run.out());
        assertTrue(run.out().contains("refused at line 3, column 1: an assignment or definition"), run.out());
        assertTrue(run.out().contains("\"input\" : \"sin(x) = 0\""), run.out());
        int last = run.out().lastIndexOf("\"input\" : \"sin(x) = 0\"");
        assertTrue(run.out().lastIndexOf("\"verdict\" : \"REFUTED\"", last) > run.out().lastIndexOf("Unprotect"), run.out());
    }

    @Test
    void strictDomainsRefuteWhatTheDefaultNotes() {
        CommandRun noted = gradus("check", "-e", "log(x^2) = 2*log(x)");
        assertEquals(0, noted.status(), noted.out());
        assertTrue(noted.out().contains("note: x = -1 is in the domain of the left-hand side only"), noted.out());
        CommandRun strict = gradus("check", "--strict-domains", "-e", "log(x^2) = 2*log(x)");
        assertEquals(1, strict.status(), strict.out());
        assertTrue(strict.out().contains("REFUTED   domains (strict)"), strict.out());
    }

    @Test
    void complexGradientsHaveANumericSymjaColumn() {
        CommandRun run = gradus("grad", "--complex", "w,a,b,y", "abs2(y - sigmoid(w*a + b))/2",
                "--at", "w=0.3+0.2*I,a=-0.5+0.1*I,b=0.1-0.4*I,y=0.7+0.2*I");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(!run.out().contains("NaN"), run.out());
    }

    @Test
    void deriveRefusesWhatIsNoVariableName() {
        for (String variable : List.of("", "1x", "x+y")) {
            CommandRun run = gradus("derive", "x*y", variable);
            assertEquals(2, run.status(), variable);
            assertEquals("gradus derive: not a variable name: '" + variable + "' (a letter, then letters or digits)", run.err().strip());
        }
    }

    @Test
    void gradAgreesWithDifferencesAndSymja() throws Exception {
        CommandRun run = gradus("grad", "sigmoid(x*y) + tanh(x-y)^2", "--at", "x=0.7,y=-1.3", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = run.json();
        assertTrue(json.get("maxRelError").asDouble() < 1e-8, run.out());
        for (String field : List.of("gradient", "finiteDifference", "symbolic")) {
            assertTrue(json.get(field).get("x").isNumber() && json.get(field).get("y").isNumber(), field);
        }
        assertEquals(json.get("symbolic").get("x").asDouble(), json.get("gradient").get("x").asDouble(), 1e-12);
        assertEquals(0, json.get("differenceNotes").size(), "smooth: the differences are a check");
    }

    /** log(exp(a) + exp(b) + exp(c)) at 800, 801, 799: the tape compiles it as log-sum-exp, Symja evaluates at the exact point. */
    @Test
    void aLogarithmOfLargeExponentialsHasItsValueAndGradient() throws Exception {
        CommandRun run = gradus("grad", "log(exp(a)+exp(b)+exp(c))", "--at", "a=800,b=801,c=799", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = run.json();
        double sum = 1 + Math.exp(-1) + Math.exp(-2);
        assertEquals(801 + Math.log(sum), json.get("value").asDouble(), 1e-12, run.out());
        assertEquals(1 / sum, json.get("gradient").get("b").asDouble(), 1e-12, run.out());
        assertEquals(1 / sum, json.get("symbolic").get("b").asDouble(), 1e-12, "Symja at the exact point, not in overflowing doubles");
    }

    @Test
    void atAKinkTheTapeIsCheckedAgainstSymjaAndTheDifferencesAreExplained() throws Exception {
        CommandRun kink = gradus("grad", "relu(x) + y", "--at", "x=0,y=1", "--json");
        assertEquals(0, kink.status(), kink.out() + kink.err());
        JsonNode json = kink.json();
        assertEquals(0.5, json.get("finiteDifference").get("x").asDouble(), 1e-9, "the mean of the one-sided slopes 0 and 1");
        assertEquals(0.0, json.get("gradient").get("x").asDouble(), "relu'(0) = 0, the table's convention");
        assertEquals(0.0, json.get("symbolic").get("x").asDouble());
        String note = json.get("differenceNotes").get("x").asText();
        assertTrue(note.contains("one-sided slopes (forward 1.0") && note.endsWith("backward 0.0)"), note);
        assertTrue(json.get("differenceNotes").path("y").isMissingNode());
        CommandRun text = gradus("grad", "relu(x)", "--at", "x=0");
        assertTrue(text.out().contains("d/dx: differences are no check here: not differentiable within the step"), text.out());
        CommandRun boundary = gradus("grad", "sqrt(x)", "--at", "x=0");
        assertEquals(1, boundary.status(), "nothing confirms an infinite slope: " + boundary.out());
        assertTrue(boundary.out().contains("f is not finite next to x"), boundary.out());
    }

    @Test
    void complexGradGivesWirtingerPairsAndThePyTorchGradient() throws Exception {
        CommandRun run = gradus("grad", "abs2(z*w + conj(z))", "--complex", "z,w", "--at", "z=0.5+1.2*I,w=-0.3+0.8*I", "--json");
        assertEquals(0, run.status(), run.err() + run.out());
        JsonNode z = run.json().get("gradient").get("z");
        assertEquals(-1.355, z.get("dz").get("re").asDouble(), 1e-12);
        assertEquals(-1.996, z.get("dz").get("im").asDouble(), 1e-12);
        assertEquals(-2.71, z.get("grad").get("re").asDouble(), 1e-12);
        assertEquals(3.992, z.get("grad").get("im").asDouble(), 1e-12);
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        assertEquals(2, gradus().status());
        CommandRun neither = gradus("check");
        assertEquals(2, neither.status());
        assertTrue(neither.err().contains("give either -e CLAIM or a FILE"), neither.err());
        CommandRun noFile = gradus("check", "no-such-file.txt");
        assertEquals(2, noFile.status());
        assertEquals("gradus check: no such file: no-such-file.txt", noFile.err().strip());
        CommandRun claimAsFile = gradus("check", "sin(x)^2 = 1 - cos(x)^2");
        assertEquals(2, claimAsFile.status());
        assertTrue(claimAsFile.err().contains("(a claim on the command line goes after -e: gradus check -e \"sin(x)^2 = 1 - cos(x)^2\")"),
                claimAsFile.err());
        CommandRun badPoint = gradus("grad", "x", "--at", "x");
        assertEquals(2, badPoint.status());
        assertTrue(badPoint.err().contains("name=value"), badPoint.err());
        assertEquals(2, gradus("grad", "x*y", "--at", "x=1").status(), "no value for y");
        for (String notFinite : List.of("x=1e400", "x=NaN", "x=-Infinity")) {
            CommandRun run = gradus("grad", "x", "--at", notFinite);
            assertEquals(2, run.status(), notFinite);
            assertTrue(run.err().contains("the value of x is not a finite number: '" + notFinite.substring(2) + "'"), run.err());
        }
        CommandRun complexNotFinite = gradus("grad", "abs2(z)", "--complex", "z", "--at", "z=1+1e999*I");
        assertEquals(2, complexNotFinite.status());
        assertTrue(complexNotFinite.err().contains("the value of z is not a finite number"), complexNotFinite.err());
        assertEquals(2, gradus("check", "--frobnicate").status());
        for (String timeout : List.of("0", "-1", "1e308", "Infinity", "NaN")) {
            CommandRun run = gradus("check", "-e", "x = x", "--timeout", timeout);
            assertEquals(2, run.status(), timeout);
            assertTrue(run.err().contains("--timeout must be a positive number of seconds, at most 86400 (a day)"), run.err());
        }
    }

    @Test
    void serveRefusesAPortItCannotHaveBeforeStartingAnyWorker() throws Exception {
        CommandRun outOfRange = gradus("serve", "--port", "99999");
        assertEquals(2, outOfRange.status());
        assertTrue(outOfRange.err().contains("--port is from 0 (any free port) to 65535, not 99999"), outOfRange.err());
        CommandRun forever = gradus("serve", "--timeout", "1e308");
        assertEquals(2, forever.status());
        assertTrue(forever.err().contains("--timeout must be positive and at most 86400 (a day)"), forever.err());
        CommandRun noSuchHost = gradus("serve", "--bind", "no-such-host.invalid");
        assertEquals(2, noSuchHost.status());
        assertTrue(noSuchHost.err().contains("--bind no-such-host.invalid: no such host or address"), noSuchHost.err());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun inUse = gradus("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, inUse.status());
            assertTrue(inUse.err().startsWith("gradus serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": address already in use (--port 0 takes any free port"), inUse.err());
        }
    }

    /**
     * A run registers only the subcommand its first argument names (Gradus.commandLine): what it
     * prints is what the command with all of them prints, and the help lists them all.
     */
    @Test
    void aSubcommandRegisteredAloneReadsAsAmongAllOfThem() {
        CommandRun help = gradus("--help");
        assertEquals(0, help.status());
        for (String command : Gradus.SUBCOMMANDS.keySet()) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " in\n" + help.out());
        }
        assertEquals(new CommandRun(0, "gradus 0.1.0\n", ""), gradus("--version"));
        for (String command : List.of("check", "experiment")) {
            assertEquals(gradus("help", command), gradus(command, "--help"), command);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("check", "derive", "grad", "proofs", "train", "experiment", "stats", "serve")) {
            // a '%' in a description that is not a format specifier has picocli warn on System.err
            PrintStream systemErr = System.err;
            ByteArrayOutputStream warnings = new ByteArrayOutputStream();
            CommandRun help;
            try {
                System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
                help = gradus(command, "--help");
            } finally {
                System.setErr(systemErr);
            }
            assertEquals(0, help.status());
            assertTrue(help.out().contains("Usage: gradus " + command), help.out());
            assertEquals("", help.err() + warnings.toString(StandardCharsets.UTF_8), command);
        }
    }
}

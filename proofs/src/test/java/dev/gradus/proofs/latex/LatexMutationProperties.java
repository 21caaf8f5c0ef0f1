package dev.gradus.proofs.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.symja.SymjaEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Broken LaTeX never escapes as anything but a ParseError with a position, and never hangs:
 * valid formulas from the seeds are mutated (braces, backslashes, operators, environment
 * markers deleted, inserted or replaced) and fed to every entry point. What does parse must be
 * text that Symja reads back.
 */
class LatexMutationProperties {
    private static final LatexOptions OPTIONS = LatexOptions.defaults().withBinding("N", 4);
    private static final List<String> VALID = List.of(
            "$$\\begin{aligned}\\text{zz: sig}(x) &= \\frac{1 + \\tanh \\frac{x}{2}}{2} \\\\&= \\frac{1}{2} \\left( 1 + "
                    + "\\frac{\\exp(\\frac{x}{2}) - \\exp(\\frac{-x}{2})}{\\exp(\\frac{x}{2}) + \\exp(\\frac{-x}{2})} \\right) "
                    + "\\\\&= \\frac{1}{1 + e^{-x}}\\end{aligned}$$",
            "\\text{hardtanh}(z) = \\begin{cases} -1 & : z < -1 \\\\ z & : \\text{otherwise} \\\\ 1 & : z > 1 \\end{cases}",
            "\\text{softsign}'(z) = \\frac{\\text{sgn}(z)}{(1 + |z|)^2}",
            "\\frac{\\partial o_N}{\\partial w_1} = \\prod_{i=2}^{N} w_i \\sigma'(s_i) \\cdot x",
            "\\lim_{x \\rightarrow \\infty} \\text{Leaky-ReLU}(x) = -\\infty",
            "\\sum_{k=1}^{3} \\frac{1}{2} (out_k - tar_k)^2 = E_t",
            "\\tanh'(z) = 1 - \\left(\\frac{\\exp(z) - \\exp(-z)}{\\exp(z) + \\exp(-z)} \\right)^2 = 1 - \\tanh^2(z)",
            "w^{(2)}_{ij} = \\sqrt[3]{\\log_e(1 + e^z)} + \\max(0, \\alpha x) + \\lvert y \\rvert",
            "Text $y = 0$ and $$\\frac{d}{dx} \\log(1 + e^x) = \\sigma(x) \\quad \\Rightarrow \\quad a \\le b$$ more.",
            "$\\begin{array}{rl} \\lim_{x \\to 0^+} \\hat{y}_i &= \\boxed{\\mathcal{L}(a, y) . {\\rm ReLU}(x)} \\\\ "
                    + "&= \\mathrm{sech}^2 x \\therefore \\bar x = w.x \\end{array}$");
    private static final List<String> PIECES = List.of("{", "}", "\\", "^", "_", "(", ")", "[", "]", "|", "&", "\\\\",
            "+", "-", "*", "/", "=", "'", "$", "$$", ",", ":", "\\frac", "\\left(", "\\right)", "\\left|", "\\sum_{k=1}^{3}",
            "\\prod_{i=1}^{n}", "\\begin{cases}", "\\end{cases}", "\\begin{aligned}", "\\end{aligned}", "\\text{", "x_",
            "^{(", "\\partial", "\\lim_{", "\\sqrt[", "o_{N-1}", "\\cdot", "%", "\n", " ", ".", "^+", "\\hat", "{\\rm ", "\\boxed{", "\\begin{array}");

    private static SymjaEngine engine;

    @BeforeContainer
    static void symja() {
        engine = new SymjaEngine();
    }

    /** A change: 0 deletes a character, 1 inserts a piece, 2 replaces a character by a piece. */
    record Mutation(int kind, int where, String piece) {
        String apply(String text) {
            int at = text.isEmpty() ? 0 : where % text.length();
            return switch (kind) {
                case 0 -> text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
                case 1 -> text.substring(0, at) + piece + text.substring(at);
                default -> text.isEmpty() ? piece : text.substring(0, at) + piece + text.substring(at + 1);
            };
        }
    }

    /** The samples that are mutated are valid: every one reads, and has steps. */
    @Example
    void theSamplesAreValid() {
        for (String latex : VALID) {
            Outcome outcome = read(latex);
            assertEquals("document with steps", outcome.kind(), latex);
        }
    }

    @Property(tries = 500)
    void mutatedLatexIsAResultOrAParseError(@ForAll("mutated") String latex) throws ParseError {
        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(latex), () -> "hangs on " + latex);
        for (String text : outcome.texts()) {
            try {
                engine.parse(text);
            } catch (ParseError e) {
                throw new AssertionError(latex + " became " + text + ", which Symja cannot read: " + e.getMessage());
            }
        }
        Statistics.label("outcome").collect(outcome.kind());
    }

    /** What the front-end made of the input: the expression-language texts, and how the document went. */
    record Outcome(List<String> texts, String kind) {}

    /** Every entry point on the input; a ParseError must carry a position. Pure Java: no Symja here. */
    private static Outcome read(String latex) {
        List<String> texts = new ArrayList<>();
        try {
            texts.add(LatexExpression.toExpression(latex, OPTIONS));
        } catch (ParseError e) {
            assertPositioned(latex, e, 0);
        }
        try {
            for (Claim c : LatexDerivation.chain(latex, OPTIONS, List.of(), Set.of())) {
                texts.add(c.lhs());
                texts.add(c.rhs());
            }
        } catch (ParseError e) {
            assertPositioned(latex, e, 0);
        }
        String document = latex.contains("$") ? latex : "Text\n$$\n" + latex + "\n$$\n";
        try {
            LatexDocument d = LatexDerivation.read(document, OPTIONS, List.of(), Set.of());
            d.steps().forEach(step -> texts.add(step.claim().lhs()));
            return new Outcome(texts, d.steps().isEmpty() ? "document without steps" : "document with steps");
        } catch (ParseError e) {
            assertPositioned(document, e, 1);
            return new Outcome(texts, "document error");
        }
    }

    private static void assertPositioned(String latex, ParseError e, int firstLine) {
        assertTrue(e.column() >= 1 && e.line() >= firstLine, latex + ": " + e.getMessage() + " at " + e.line() + ":" + e.column());
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 10_000), Arbitraries.of(PIECES)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(VALID), mutation.list().ofMinSize(1).ofMaxSize(3))
                .as((text, changes) -> {
                    String result = text;
                    for (Mutation m : changes) {
                        result = m.apply(result);
                    }
                    return result;
                });
    }
}

package dev.gradus.proofs.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.symja.SymjaEngine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Formulas from the homework seeds, read as a mathematician reads them: each side as expected,
 * and each step that the sheet gets right numerically true (a silent mis-parse would show here as
 * a false step), each step it gets wrong numerically false.
 */
class LatexSeedTest {
    /**
     * The derivation of sheet-transfer-functions-solution.txt, line 12, byte for byte (the pieces
     * only split the Java literal after each LaTeX line break; {@link #theSeedIsVerbatim} checks
     * its SHA-256 against the seed's line).
     */
    private static final String TRANSFER_SEED =
            "$$\\begin{aligned}\\text{zz: sig}(x) &= \\frac{1 + \\tanh \\frac{x}{2}}{2} \\\\" +
            "&= \\frac{1}{2} \\left( 1 + \\frac{\\exp(\\frac{x}{2}) - \\exp(\\frac{-x}{2})}{\\exp(\\frac{x}{2}) + \\exp(\\frac{-x}{2})} \\right) \\\\" +
            "&= \\frac{1}{2} \\left( \\frac{\\exp(\\frac{x}{2}) + \\exp(\\frac{-x}{2}) + \\exp(\\frac{x}{2}) - \\exp(\\frac{-x}{2})}{\\exp(\\frac{x}{2}) + \\exp(\\frac{-x}{2})} \\right) \\\\" +
            "&= \\frac{1}{2} \\left( \\frac{2\\exp(\\frac{x}{2})}{\\exp(\\frac{x}{2}) + \\exp(\\frac{-x}{2})} \\right) = \\frac{\\exp(\\frac{x}{2})}{\\exp(\\frac{x}{2}) + \\exp(\\frac{-x}{2})} \\\\" +
            "&= \\frac{1}{1 + \\exp(\\frac{-x}{2} + \\frac{-x}{2})} \\\\" +
            "&= \\frac{1}{1 + e^{-x}}\\end{aligned}$$";
    private static final String TRANSFER_SEED_SHA256 = "6d414e2ec8adad95448341099a25ca87eb04b3c6a209488b63874379419695fe";
    private static final LatexOptions SLIDES = LatexOptions.defaults().withFunction("\\delta", "sigmoid");

    private static SymjaEngine engine;

    @BeforeAll
    static void symja() {
        engine = new SymjaEngine();
    }

    /** The value of an expression-language text under rules such as "x -> 0.37" (every symbol real). */
    private static double at(String text, String rules) throws ParseError {
        IExpr real = engine.assumingRealSymbols(engine.parse(text));
        IExpr substituted = engine.eval(F.ReplaceAll(real, engine.parse(rules)));
        return engine.eval(F.N(substituted)).evalDouble();
    }

    private static double at(String text, String variable, double value) throws ParseError {
        return at(text, variable + " -> " + value);
    }

    private static boolean holdsAt(Claim step, String variable, double value) throws ParseError {
        return holdsUnder(step, variable + " -> " + value);
    }

    private static boolean holdsUnder(Claim step, String rules) throws ParseError {
        return Math.abs(at(step.lhs(), rules) - at(step.rhs(), rules)) < 1e-12;
    }

    private static List<LatexStep> slide(String latex) throws ParseError {
        return LatexDerivation.document(latex, SLIDES, List.of(), Set.of());
    }

    @Test
    void theSeedIsVerbatim() throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(TRANSFER_SEED.getBytes(StandardCharsets.UTF_8));
        assertEquals(TRANSFER_SEED_SHA256, HexFormat.of().formatHex(hash));
    }

    @Test
    void theTransferFunctionDerivationHasSevenStepsThatReadBackCorrectly() throws ParseError {
        String document = "1. a)\n\n" + TRANSFER_SEED + "\n\nb) Vorzeichen der Gewichte:\n";
        List<LatexStep> steps = LatexDerivation.document(document, LatexOptions.defaults(), List.of(), Set.of());
        assertEquals(7, steps.size());
        List<String> sides = List.of(
                "sigmoid(x)",
                "(1 + Tanh(x/2))/2",
                "1/2*(1 + (Exp(x/2) - Exp((-x)/2))/(Exp(x/2) + Exp((-x)/2)))",
                "1/2*(Exp(x/2) + Exp((-x)/2) + Exp(x/2) - Exp((-x)/2))/(Exp(x/2) + Exp((-x)/2))",
                "1/2*2*Exp(x/2)/(Exp(x/2) + Exp((-x)/2))",
                "Exp(x/2)/(Exp(x/2) + Exp((-x)/2))",
                "1/(1 + Exp((-x)/2 + (-x)/2))",
                "1/(1 + E^(-x))");
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(sides.get(i), steps.get(i).claim().lhs(), "step " + (i + 1));
            assertEquals(sides.get(i + 1), steps.get(i).claim().rhs(), "step " + (i + 1));
        }
        assertEquals("\\text{zz: sig}(x)", steps.get(0).lhsLatex());
        assertEquals("\\frac{1}{1 + e^{-x}}", steps.get(6).rhsLatex());
        // the step written on the same line: ... \right) = \frac{\exp(\frac{x}{2})}{...}
        assertEquals(steps.get(3).claim().rhsAt().line(), steps.get(4).claim().rhsAt().line());
        assertEquals(new Claim.Position(3, 18), steps.get(0).claim().lhsAt());
        assertEquals(new Claim.Position(3, 39), steps.get(0).claim().rhsAt());
        assertEquals("\\frac{\\exp(\\frac{x}{2})}{\\exp(\\frac{x}{2}) + \\exp(\\frac{-x}{2})}", steps.get(4).rhsLatex());
    }

    @Test
    void everyStepOfTheTransferFunctionDerivationIsNumericallyTrue() throws ParseError {
        List<Claim> steps = LatexDerivation.chain(TRANSFER_SEED, LatexOptions.defaults(), List.of(), Set.of());
        assertEquals(7, steps.size());
        for (Claim step : steps) {
            double lhs = at(step.lhs(), "x", 0.37);
            assertEquals(lhs, at(step.rhs(), "x", 0.37), 1e-12, step.lhs() + " = " + step.rhs());
            assertEquals(0.591459, lhs, 1e-6, step.lhs());
        }
    }

    @Test
    void theSigmoidBlockWithDeltaAsTheSigmoid() throws ParseError {
        List<LatexStep> steps = slide("$$\\begin{aligned} \\delta'(z) &= \\frac{-\\exp(-z)}{(1 + \\exp(-z))^2} \\\\ "
                + "&= \\delta(z)(1 - \\delta(z)) \\end{aligned}$$");
        assertEquals("sigmoid'(z)", steps.get(0).claim().lhs());
        assertEquals("(-Exp(-z))/(1 + Exp(-z))^2", steps.get(0).claim().rhs());
        assertEquals("sigmoid(z)*(1 - sigmoid(z))", steps.get(1).claim().rhs());
        // the slide's sign is wrong in the middle; the ends agree
        assertTrue(!holdsAt(steps.get(0).claim(), "z", 0.37));
        Claim ends = Claim.of(steps.get(0).claim().lhs(), steps.get(1).claim().rhs());
        assertTrue(holdsAt(ends, "z", 0.37));
        assertTrue(holdsAt(ends, "z", -1.3));
    }

    @Test
    void theTanhBlocks() throws ParseError {
        List<LatexStep> definition = slide("$$\\begin{aligned} \\tanh(z) &= \\frac{\\exp(z) - \\exp(-z)}{\\exp(z) + \\exp(-z)} "
                + "\\\\ &= 2\\delta(2z) - 1 \\end{aligned}$$");
        assertEquals("2*sigmoid(2*z) - 1", definition.get(1).claim().rhs());
        List<LatexStep> derivative = slide("$$\\begin{aligned} \\tanh'(z) &= 1 - \\left(\\frac{\\exp(z) - \\exp(-z)}"
                + "{\\exp(z) + \\exp(-z)} \\right)^2 \\\\ &= 1 - \\tanh^2(z) \\end{aligned}$$");
        assertEquals("Tanh'(z)", derivative.get(0).claim().lhs());
        assertEquals("1 - Tanh(z)^2", derivative.get(1).claim().rhs());
        for (LatexStep step : List.of(definition.get(0), definition.get(1), derivative.get(0), derivative.get(1))) {
            assertTrue(holdsAt(step.claim(), "z", 0.37), step.claim().toString());
            assertTrue(holdsAt(step.claim(), "z", -2.1), step.claim().toString());
        }
    }

    @Test
    void softsignAndItsWrongDerivative() throws ParseError {
        Claim definition = slide("$$\\text{softsign}(z) = \\frac{z}{1 + |z|}$$").get(0).claim();
        assertEquals("z/(1 + Abs(z))", definition.rhs());
        assertTrue(holdsAt(definition, "z", -0.8));
        Claim derivative = slide("$$\\text{softsign}'(z) = \\frac{\\text{sgn}(z)}{(1 + |z|)^2}$$").get(0).claim();
        assertEquals("Sign(z)/(1 + Abs(z))^2", derivative.rhs());
        assertTrue(holdsAt(derivative, "z", 0.8));
        assertTrue(!holdsAt(derivative, "z", -0.8), "the slide's sgn(z) is wrong for z < 0");
    }

    @Test
    void hardtanhAndReluCases() throws ParseError {
        Claim hardtanh = slide("$$\\text{hardtanh}(z) = \\begin{cases} -1 & : z < -1 \\\\ z & : \\text{otherwise} "
                + "\\\\ 1 & : z > 1 \\end{cases}$$").get(0).claim();
        assertEquals("Piecewise({{-1, z < -1}, {1, z > 1}}, z)", hardtanh.rhs());
        Claim slope = slide("$$\\text{hardtanh}'(z) = \\begin{cases} 1 & : -1 \\leq z \\leq 1 \\\\ 0 & : "
                + "\\text{otherwise} \\end{cases}$$").get(0).claim();
        assertEquals("Piecewise({{1, -1 <= z && z <= 1}}, 0)", slope.rhs());
        Claim relu = slide("$$relu(z) = \\begin{cases} 0 & : z < 0 \\\\ z & : z \\geq 0 \\end{cases}$$").get(0).claim();
        assertEquals("relu(z)", relu.lhs());
        assertEquals("Piecewise({{0, z < 0}, {z, z >= 0}})", relu.rhs());
        Claim reluSlope = slide("$$relu'(z) = \\begin{cases} 1 & : z > 0 \\\\ 0 & : otherwise \\end{cases}$$").get(0).claim();
        assertEquals("relu'(z)", reluSlope.lhs());
        assertEquals("Piecewise({{1, z > 0}}, 0)", reluSlope.rhs());
        for (double z : new double[] {-2.5, -0.4, 0.3, 1.7}) {
            for (Claim c : List.of(hardtanh, slope, relu, reluSlope)) {
                assertTrue(holdsAt(c, "z", z), c + " at z = " + z);
            }
        }
    }

    @Test
    void softplusWithItsNaturalLogarithm() throws ParseError {
        Claim softplus = slide("$$\\text{softplus}(z) = \\log_e(1 + e^z)$$").get(0).claim();
        assertEquals("Log(1 + E^z)", softplus.rhs());
        Claim slope = slide("$$\\text{softplus}'(z) = \\frac{1}{1 + e^{(-z)}}$$").get(0).claim();
        assertEquals("1/(1 + E^(-z))", slope.rhs());
        assertTrue(holdsAt(softplus, "z", 0.37));
        assertTrue(holdsAt(slope, "z", -1.2));
    }

    @Test
    void eluCasesWithAlpha() throws ParseError {
        Claim elu = slide("$$elu(z) = \\begin{cases} \\alpha(e^z - 1) & : z < 0 \\\\ z & : z \\geq 0 \\end{cases}$$").get(0).claim();
        assertEquals("Piecewise({{alpha*(E^z - 1), z < 0}, {z, z >= 0}})", elu.rhs());
        Claim slope = slide("$$elu'(z) = \\begin{cases} elu(z) + \\alpha & : z < 0 \\\\ 1 & : z \\geq 0 \\end{cases}$$").get(0).claim();
        assertEquals("Piecewise({{elu(z) + alpha, z < 0}, {1, z >= 0}})", slope.rhs());
        // the project's elu(z) has alpha = 1
        for (Claim c : List.of(elu, slope)) {
            assertTrue(holdsUnder(c, "{alpha -> 1, z -> -0.7}"), c.toString());
            assertTrue(holdsUnder(c, "{alpha -> 1, z -> 0.7}"), c.toString());
        }
    }

    @Test
    void swishWithDeltaAsSwish() throws ParseError {
        LatexOptions swish = LatexOptions.defaults().withFunction("delta", "swish");
        List<LatexStep> steps = LatexDerivation.document("$$\\delta'(z) = \\frac{x}{1 + \\exp(-x)} + \\frac{1}{(1 + \\exp(-x))} "
                + "\\left(1 - \\frac{x}{1 + \\exp(-x)}\\right);$$", swish, List.of(), Set.of());
        assertEquals(1, steps.size());
        Claim c = steps.get(0).claim();
        assertEquals("swish'(z)", c.lhs());
        assertEquals("x/(1 + Exp(-x)) + 1/(1 + Exp(-x))*(1 - x/(1 + Exp(-x)))", c.rhs());
        // the slide mixes x and z; with one variable its formula is the derivative of swish
        assertTrue(holdsUnder(c, "{x -> 0.37, z -> 0.37}"));
        assertTrue(!holdsUnder(c, "{x -> 0.37, z -> 0.5}"));
    }
}

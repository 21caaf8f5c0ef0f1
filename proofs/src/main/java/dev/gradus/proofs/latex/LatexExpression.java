package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;

/**
 * One LaTeX formula as expression-language text ({@code \frac{1}{1 + e^{-x}}} is
 * {@code 1/(1 + E^(-x))}). Pure text processing: no Symja here.
 *
 * <p>Readings a sheet might not expect: {@code \log} and {@code \ln} are both the natural
 * logarithm ({@code \log_{10}} and {@code \log_2} have a base; {@code \log_e} is natural again);
 * {@code e} is Euler's number, {@code i} and {@code \mathrm{i}} the imaginary unit (a bare i stays a
 * variable where the formula also writes it as an index, {@code x_i}); {@code \sigma} applied to an argument is the sigmoid unless the
 * options say otherwise, while a bare {@code \sigma} is a variable; {@code ^T} and {@code ^\top}
 * are ignored (every quantity is a scalar). The package-private class Names explains how subscripts, layer labels
 * and Greek letters become names.
 */
public final class LatexExpression {
    private LatexExpression() {}

    /**
     * The expression-language text of {@code latex}, which must be one expression (no top-level
     * relation such as '='); surrounding $...$ or \[...\] are allowed.
     *
     * @throws ParseError with the line (0 for one-line input) and column of the offending character
     */
    public static String toExpression(String latex, LatexOptions options) throws ParseError {
        SourceText source = SourceText.formula(latex);
        MathBlocks.Block block = MathBlocks.formula(latex);
        Parser parser = new Parser(source, Lexer.tokens(source, block.from(), block.to()), new Scope(ImaginaryUnit.isIndex(latex) ? options.withName("i") : options));
        return Emitter.emit(parser.formula());
    }
}

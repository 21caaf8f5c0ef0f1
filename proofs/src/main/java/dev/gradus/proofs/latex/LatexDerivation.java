package dev.gradus.proofs.latex;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LaTeX derivations as steps for the verifier, as {@code dev.gradus.proofs.Derivation} does for
 * plain text: a chain {@code a = b = c} is the steps a = b and b = c, each side translated by
 * {@link LatexExpression}'s rules and placed (line and column) in the original text. Pure text
 * processing: the command line splits input with it without loading Symja.
 */
public final class LatexDerivation {
    /** A command ({@code \frac}, {@code \[}) or a dollar: the expression language has neither. */
    private static final Pattern LATEX = Pattern.compile("\\\\[A-Za-z\\[(]|\\$");

    private LatexDerivation() {}

    /** Whether the input is LaTeX rather than the plain expression language. */
    public static boolean looksLikeLatex(String input) {
        return LATEX.matcher(input).find();
    }

    /**
     * The steps of a LaTeX chain such as {@code \frac{1}{2} = 0.5 = \frac{2}{4}} (also several
     * chains, separated as in a document, and aligned environments).
     *
     * @throws ParseError when it does not parse, has no '=', or relates sides by something else
     */
    public static List<Claim> chain(String latex, LatexOptions options, List<String> assumptions, Set<String> complex)
            throws ParseError {
        SourceText source = SourceText.formula(latex);
        MathBlocks.Block block = MathBlocks.formula(latex);
        List<Claim> claims = new ArrayList<>();
        for (Statements.Statement s : Statements.split(source, Lexer.tokens(source, block.from(), block.to()))) {
            if (!s.isEquality()) {
                Token other = s.relations().stream().filter(r -> !r.isSymbol("=")).findFirst().orElseThrow();
                throw source.error(other.start(), "only '=' can be checked, not " + other.written());
            }
            steps(source, s, options, assumptions, complex).forEach(step -> claims.add(step.claim()));
        }
        if (claims.isEmpty()) {
            throw source.error(block.from(), "a claim needs '=' between two expressions");
        }
        return claims;
    }

    /**
     * The steps of every equality chain in a document's display math ($$...$$, \[...\], align and
     * the like); inline math and prose are ignored, as are display blocks without '='.
     *
     * @throws ParseError for a malformed block with '=' in it, with the line and column in the document
     */
    public static List<LatexStep> document(String text, LatexOptions options, List<String> assumptions,
                                           Set<String> complex) throws ParseError {
        LatexDocument read = read(text, options, assumptions, complex);
        if (!read.unreadable().isEmpty()) {
            throw read.unreadable().get(0).error();
        }
        return read.steps();
    }

    /**
     * As {@link #document}, also listing the statements skipped because they are not equalities,
     * and the equalities that could not be read (each with its error), instead of stopping at the first.
     */
    public static LatexDocument read(String text, LatexOptions options, List<String> assumptions, Set<String> complex)
            throws ParseError {
        SourceText source = SourceText.document(text);
        List<LatexStep> steps = new ArrayList<>();
        List<LatexDocument.Skipped> skipped = new ArrayList<>();
        List<LatexDocument.Unreadable> unreadable = new ArrayList<>();
        for (MathBlocks.Block block : MathBlocks.find(source)) {
            if (!block.display() || text.substring(block.from(), block.to()).indexOf('=') < 0) {
                continue;
            }
            for (Statements.Statement s : Statements.split(source, Lexer.tokens(source, block.from(), block.to()))) {
                if (s.isEquality()) {
                    try {
                        steps.addAll(steps(source, s, options, assumptions, complex));
                    } catch (ParseError e) {
                        // one statement that cannot be read does not keep the others from being checked
                        unreadable.add(new LatexDocument.Unreadable(s.latex(), source.position(s.start()), e));
                    }
                } else {
                    skipped.add(new LatexDocument.Skipped(s.latex(), s.otherRelation(), source.position(s.start())));
                }
            }
        }
        return new LatexDocument(steps, skipped, unreadable);
    }

    private static List<LatexStep> steps(SourceText source, Statements.Statement s, LatexOptions options,
                                         List<String> assumptions, Set<String> complex) throws ParseError {
        List<String> expressions = new ArrayList<>();
        List<Claim.Position> positions = new ArrayList<>();
        for (int i = 0; i < s.sides().size(); i++) {
            Statements.Side side = s.sides().get(i);
            if (side.isEmpty()) {
                Token relation = s.relations().get(Math.max(i - 1, 0));
                throw source.error(relation.start(), "an empty expression beside '='");
            }
            Parser parser = new Parser(source, side.tokens(), new Scope(options));
            expressions.add(Emitter.emit(parser.formula()));
            positions.add(source.position(side.tokens().get(0).start()));
        }
        List<LatexStep> steps = new ArrayList<>();
        for (int i = 0; i + 1 < expressions.size(); i++) {
            Claim claim = new Claim(expressions.get(i), expressions.get(i + 1), assumptions, complex,
                    positions.get(i), positions.get(i + 1));
            steps.add(new LatexStep(claim, s.sides().get(i).latex(), s.sides().get(i + 1).latex()));
        }
        return steps;
    }
}

package dev.gradus.proofs.latex;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.DocumentDefinitions;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.plain.PlainNotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
     * chains, separated as in a document, and aligned environments); a link written
     * {@code \approx} is an approximate step, one written {@code :=} a definition.
     *
     * @throws ParseError when it does not parse, has no '=', or relates sides by something else
     */
    public static List<Claim> chain(String latex, LatexOptions options, List<String> assumptions, Set<String> complex)
            throws ParseError {
        SourceText source = SourceText.formula(latex);
        MathBlocks.Block block = MathBlocks.formula(latex);
        List<Claim> claims = new ArrayList<>();
        List<Token> tokens = Lexer.tokens(source, block.from(), block.to());
        LatexOptions reading = withIndexI(latex, DefinedFunctions.primedApplied(tokens, options));
        List<Statements.Statement> statements = Statements.split(source, tokens);
        Set<String> complexHere = ComplexVariables.of(statements, complex);
        for (Statements.Statement s : statements) {
            Optional<Token> other = s.relations().stream().filter(r -> StepRelation.of(r).isEmpty()).findFirst();
            if (other.isPresent()) {
                throw source.error(other.get().start(), "only '=' can be checked, not " + other.get().written());
            }
            new Links(source, s, reading, assumptions, complexHere, false).steps().forEach(step -> claims.add(step.claim()));
        }
        if (claims.isEmpty()) {
            throw source.error(block.from(), "a claim needs '=' between two expressions");
        }
        return claims;
    }

    private static LatexOptions eDefinedReading(LatexOptions reading, boolean eDefined) {
        return eDefined ? reading.withName("e") : reading;
    }

    /**
     * A chain with an unreadable side, read one link at a time: the links beside the side that
     * cannot be read are each unreadable (with the error's column), the others are still steps
     * ({@code (\partial_x + \partial_y)(x^2 y) = 2xy + x^2 = x(2y+x)} still checks its last link).
     */
    private static void linkByLink(SourceText source, DocumentMath.Read whole,
                                   java.util.function.Function<DocumentMath.Read, Links> links,
                                   List<LatexStep> steps, List<LatexDocument.Unreadable> unreadable) {
        Statements.Statement s = whole.statement();
        for (int i = 0; i < s.relations().size(); i++) {
            Statements.Side left = s.sides().get(i);
            Statements.Side right = s.sides().get(i + 1);
            Token relation = s.relations().get(i);
            int start = left.isEmpty() ? relation.start() : left.tokens().get(0).start();
            Statements.Statement link = new Statements.Statement(List.of(left, right), List.of(relation),
                    left.latex() + " " + relation.written() + " " + right.latex(), start);
            try {
                steps.addAll(links.apply(new DocumentMath.Read(link, true, whole.introduced() && i == 0,
                        whole.explicit() && i == 0, whole.sentence(), null)).steps());
            } catch (ParseError e) {
                unreadable.add(new LatexDocument.Unreadable(link.latex(), source.position(start), e));
            }
        }
    }

    /** The options with i a variable where the LaTeX uses it as an index (see {@link ImaginaryUnit}). */
    private static LatexOptions withIndexI(String latex, LatexOptions options) {
        return ImaginaryUnit.isIndex(latex) ? options.withName("i") : options;
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
     * A document read as {@link DocumentDefinitions} sees it: the steps of its display math, in
     * order, each knowing the definitions before it (display equalities whose left side is a new
     * name, inline math that prose introduces as a definition, {@code :=}); the links related by
     * something other than '=' or {@code \approx}, each with its reason; and the equalities that
     * could not be read, each with its error, instead of stopping at the first.
     */
    public static LatexDocument read(String text, LatexOptions options, List<String> assumptions, Set<String> complex)
            throws ParseError {
        SourceText source = SourceText.document(text);
        List<DocumentMath.Read> statements = DocumentMath.statements(source);
        LatexOptions reading = withIndexI(text, DefinedFunctions.reading(statements, options));
        List<LatexStep> steps = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        Set<Integer> anew = new HashSet<>();
        List<LatexDocument.Skipped> skipped = new ArrayList<>();
        List<LatexDocument.Unreadable> unreadable = new ArrayList<>();
        List<DocumentDefinitions.Unread> unread = new ArrayList<>();
        Set<String> complexHere = ComplexVariables.of(statements.stream().map(DocumentMath.Read::statement).toList(), complex);
        Map<Integer, List<Stated>> conditions = conditions(source, statements, reading, assumptions, complexHere);
        List<String> assumed = new ArrayList<>();   // "Fix a slope $0 < \alpha < 1$": for every step after it
        int assumedFrom = 0;
        boolean eDefined = false;
        for (DocumentMath.Read r : statements) {
            Statements.Statement s = r.statement();
            if (!r.isRead()) {
                skipped.add(new LatexDocument.Skipped(s.latex(), r.skipped(), source.position(s.start())));
                if (DocumentMath.ASSUMPTION_REASON.equals(r.skipped())) {
                    try {
                        List<String> stated = new Links(source, s, reading, assumptions, complexHere, false).orderConditions();
                        // "With $\alpha > 0$" for ELU replaces the leaky ReLU's "$0 < \alpha < 1$": the latest about a name holds
                        Set<String> about = names(stated);
                        assumed.removeIf(a -> names(List.of(a)).stream().anyMatch(about::contains));
                        assumed.addAll(stated);
                        assumedFrom = s.start();
                    } catch (ParseError notRead) {
                        // listed as skipped; nothing assumed
                    }
                }
                continue;
            }
            eDefined |= DefinedFunctions.definesE(s);
            LatexOptions here = eDefinedReading(reading, eDefined);
            Links links = new Links(source, s, here, assumptions, complexHere, r.introduced());
            try {
                if (generalBetween(source.text(), assumedFrom, s.start())) {
                    assumed.clear();   // "For all real $x$, ...": what was fixed before no longer holds
                }
                List<String> given = new ArrayList<>();
                for (Stated c : conditions.getOrDefault(r.sentence(), List.of())) {
                    if (!generalBetween(source.text(), c.at(), s.start())) {   // "At $x = 1$ ..., and in general $$...$$": not there
                        given.add(c.condition());
                    }
                }
                given.addAll(assumed);
                List<LatexStep> made = links.steps().stream()
                        .map(step -> given.isEmpty() ? step : new LatexStep(step.claim().withAssumptions(given), step.lhsLatex(), step.rhsLatex()))
                        .toList();
                if (r.explicit() && !made.isEmpty()) {
                    anew.add(steps.size());   // "Next let $y = x^3$": y anew from here on
                }
                made.forEach(step -> sentences.add(r.sentence()));
                steps.addAll(made);
                if (r.display()) {
                    skipped.addAll(links.skipped());
                }
            } catch (ParseError e) {
                if (r.display()) {   // inline math is prose where it cannot be read
                    skipped.addAll(links.skipped());
                    linkByLink(source, r, read -> new Links(source, read.statement(), here,
                            assumptions, complexHere, read.introduced()), steps, unreadable);
                    while (sentences.size() < steps.size()) {
                        sentences.add(r.sentence());
                    }
                }
                definedName(s, reading).ifPresent(name -> unread.add(new DocumentDefinitions.Unread(name, source.position(s.start()))));
            }
        }
        // a sentence's definitions first: "Let $h = \sigma(z)$, where $\sigma(z) = \max(0, z)$" is about that σ throughout
        List<Integer> order = new ArrayList<>();
        int[] first = new int[steps.size()];   // 0 for a function's definition and the rest of its chain
        for (int i = 0; i < steps.size(); i++) {
            order.add(i);
            boolean chained = i > 0 && steps.get(i).claim().lhsAt().equals(steps.get(i - 1).claim().rhsAt());
            first[i] = steps.get(i).claim().notation().defines() && definesFunction(steps.get(i)) || chained && first[i - 1] == 0 ? 0 : 1;
        }
        order.sort(Comparator.comparingInt((Integer i) -> sentences.get(i)).thenComparingInt(i -> first[i]));
        List<Claim> ordered = order.stream().map(i -> steps.get(i).claim()).toList();
        Set<Integer> anewOrdered = new HashSet<>();
        for (int k = 0; k < order.size(); k++) {
            if (anew.contains(order.get(k))) {
                anewOrdered.add(k);
            }
        }
        DocumentDefinitions.Marked marked = DocumentDefinitions.marked(ordered, Notation.EXPRESSION, anewOrdered, unread);
        LatexStep[] known = new LatexStep[steps.size()];
        Map<Integer, String> blocked = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            known[i] = new LatexStep(marked.steps().get(k), steps.get(i).lhsLatex(), steps.get(i).rhsLatex());
            if (marked.blocked().containsKey(k)) {
                blocked.put(i, marked.blocked().get(k));
            }
        }
        return new LatexDocument(List.of(known), skipped, unreadable, blocked);
    }

    /**
     * The conditions and points each sentence states in prose ("with a one-hot label, $y_1 + y_2 = 1$,
     * ... gives $$...$$", "With $x = 2$: $$x^2 + 1 = 5$$"), as assumptions of that sentence's steps:
     * the author claims them under it, and only there (a point never defines: the next sentence's
     * general step is checked in general). One that cannot be read is left out (it is listed as
     * skipped either way).
     */
    private static Map<Integer, List<Stated>> conditions(SourceText source, List<DocumentMath.Read> statements, LatexOptions options,
                                                         List<String> assumptions, Set<String> complex) {
        Map<Integer, List<Stated>> bySentence = new HashMap<>();
        for (DocumentMath.Read r : statements) {
            if (!DocumentMath.CONDITION_REASON.equals(r.skipped()) && !DocumentMath.POINT_REASON.equals(r.skipped())) {
                continue;
            }
            try {
                List<LatexStep> read = new Links(source, r.statement(), options, assumptions, complex, false).steps();
                if (read.size() == 1) {
                    Claim c = read.get(0).claim();
                    bySentence.computeIfAbsent(r.sentence(), k -> new ArrayList<>())
                            .add(new Stated(r.statement().start(), "(" + c.lhs() + ") == (" + c.rhs() + ")"));
                }
            } catch (ParseError unreadable) {
                // no assumption from it
            }
        }
        return bySentence;
    }

    /** A condition in the expression language, and where the document states it. */
    private record Stated(int at, String condition) {}

    /** Prose that makes what follows general again: "in general", "for all", "for every", "for any". */
    private static final Pattern GENERAL = Pattern.compile("(?i)\\b(in general|generally|for all|for every|for any|for arbitrary|always)\\b");

    /** Whether the text between two places says that what follows holds in general. */
    private static boolean generalBetween(String text, int a, int b) {
        return GENERAL.matcher(text.substring(Math.min(a, b), Math.max(a, b))).find();
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** The names in conditions of the expression language. */
    private static Set<String> names(List<String> conditions) {
        Set<String> found = new HashSet<>();
        for (String c : conditions) {
            Matcher m = NAME.matcher(c);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** A function of parameters: {@code sigma(z)}, {@code f(x, y)}. */
    private static final Pattern FUNCTION_OF_PARAMETERS = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\(\\s*[A-Za-z][A-Za-z0-9]*(?:\\s*,\\s*[A-Za-z][A-Za-z0-9]*)*\\s*\\)\\s*");

    /** Whether a step would define a function ({@code sigma(z) = ...}, not {@code D(L, x) = 0}): what a sentence's other steps may use before it. */
    private static boolean definesFunction(LatexStep step) {
        Matcher m = FUNCTION_OF_PARAMETERS.matcher(step.claim().lhs());
        return m.matches() && (PlainNotation.definable(m.group(1)) || PlainNotation.redefinable(m.group(1)));
    }

    /** The name an unreadable statement gives a value to ({@code L} of {@code L = ...}), if its left side is one. */
    private static Optional<String> definedName(Statements.Statement s, LatexOptions reading) {
        if (s.sides().size() < 2 || StepRelation.of(s.relations().get(0)).isEmpty() || s.sides().get(0).isEmpty()) {
            return Optional.empty();
        }
        try {
            String name = LatexExpression.toExpression(s.sides().get(0).latex(), reading);
            return name.matches("[A-Za-z][A-Za-z0-9]*") ? Optional.of(name) : Optional.empty();
        } catch (ParseError notAName) {
            return Optional.empty();
        }
    }
}

package dev.gradus.proofs;

import dev.gradus.proofs.latex.LatexDerivation;
import dev.gradus.proofs.latex.LatexDocument;
import dev.gradus.proofs.latex.LatexOptions;
import dev.gradus.proofs.latex.LatexStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivation's text split into the steps to check, before Symja sees any of it: a plain chain,
 * lines of chains, or the equality chains of a LaTeX document's display math. {@code check} and
 * the web page ({@code serve}) read their input through here, and {@link Checker} checks it, so that both see the same steps.
 *
 * @param steps      the steps in order (plain ones in {@link Notation#plain}, LaTeX read into the expression language)
 * @param sources    for a LaTeX document, each step as written (else empty)
 * @param unreadable step index to why that LaTeX statement cannot be read: such a step is an
 *                   ERROR without being sent to Symja (its statement stands as its left side)
 * @param skipped    LaTeX statements that are not equalities
 * @param latex      whether the input is LaTeX
 */
public record CheckInput(List<Claim> steps, List<String> sources, Map<Integer, String> unreadable,
                         List<LatexDocument.Skipped> skipped, boolean latex) {

    /**
     * A claim or chain given on the command line ({@code -e}): plain text or LaTeX without display math.
     *
     * @param notation how plain text is read: its declared variables (e) and functions (y), which LaTeX also reads as functions
     */
    public static CheckInput expression(String text, LatexOptions options, List<String> assumptions, Set<String> complex,
                                        Notation notation) throws ParseError {
        if (LatexDerivation.looksLikeLatex(text)) {
            List<Claim> steps = LatexDerivation.chain(text, withFunctions(options, notation, notation.functions()), assumptions, complex);
            return new CheckInput(steps, List.of(), Map.of(), List.of(), true);
        }
        return plain(Derivation.chain(text, assumptions, complex), notation, Set.of());
    }

    /**
     * A file's text: lines of chains, or a LaTeX document whose display math holds the chains. Its
     * directives add to {@code notation}: lines {@code var e} and {@code function y} in plain text,
     * comments {@code % gradus: var e} and {@code % gradus: function y} in LaTeX.
     */
    public static CheckInput document(String text, LatexOptions options, List<String> assumptions, Set<String> complex,
                                      Notation notation) throws ParseError {
        if (!LatexDerivation.looksLikeLatex(text)) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            Set<Integer> letLines = letLines(lines);
            Set<String> variables = new LinkedHashSet<>(notation.variables());
            variables.addAll(Derivation.nameDirectives(lines, "var"));
            Set<String> functions = new LinkedHashSet<>(notation.functions());
            functions.addAll(Derivation.nameDirectives(lines, "function"));
            List<LatexDocument.Skipped> skipped = new ArrayList<>();
            List<Claim> written = Derivation.lines(lines, assumptions, complex, skipped);
            return plain(written, Notation.plain(variables).withFunctions(functions), letLines).withSkipped(skipped);
        }
        Set<String> functions = new LinkedHashSet<>(notation.functions());
        Set<String> variables = new LinkedHashSet<>(notation.variables());
        Matcher directive = LATEX_DIRECTIVE.matcher(text);
        while (directive.find()) {
            (directive.group(1).equals("function") ? functions : variables).addAll(List.of(directive.group(2).strip().split("\\s*,\\s*")));
        }
        Notation declared = Notation.plain(variables).withFunctions(functions);
        LatexDocument document = LatexDerivation.read(text, withFunctions(options, declared, functions), assumptions, complex);
        List<Claim> steps = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        Map<Integer, String> unreadable = new HashMap<>();
        inDocumentOrder(document, steps, sources, unreadable);
        return new CheckInput(steps, sources, unreadable, document.skipped(), true);
    }

    /** This input with {@code more} statements that are not equalities, reported as skipped. */
    private CheckInput withSkipped(List<LatexDocument.Skipped> more) {
        List<LatexDocument.Skipped> all = new ArrayList<>(skipped);
        all.addAll(more);
        return new CheckInput(steps, sources, unreadable, all, latex);
    }

    /** This input with every step judged on both domains ({@code true}; see {@link Claim#strictDomains}) or the common one. */
    public CheckInput withStrictDomains(boolean strict) {
        return new CheckInput(steps.stream().map(c -> c.withStrictDomains(strict)).toList(), sources, unreadable, skipped, latex);
    }

    /** A LaTeX comment that declares functions or variables: {@code % gradus: function y, u}, {@code % gradus: var e}. */
    private static final Pattern LATEX_DIRECTIVE = Pattern.compile(
            "(?m)^\\s*%\\s*gradus:\\s*(function|var)\\s+([A-Za-z][A-Za-z0-9]*(?:\\s*,\\s*[A-Za-z][A-Za-z0-9]*)*)\\s*$");

    /** The LaTeX reading of a notation's declarations: its functions, and e and i as variables where declared ones. */
    private static LatexOptions withFunctions(LatexOptions options, Notation notation, Set<String> functions) {
        LatexOptions with = notation.variables().contains("e") ? options.withName("e") : options;
        with = notation.variables().contains("i") ? with.withName("i") : with;
        for (String f : functions) {
            with = with.withFunction(f, f);
        }
        return with;
    }

    /**
     * A derivation as a person writes it, about real variables: a chain such as
     * {@code d/dx x^2 = 2x = x + x}, lines of chains, or LaTeX (see {@link #pasted}).
     */
    public static CheckInput text(String text) throws ParseError {
        return pasted(text, LatexOptions.defaults(), List.of(), Set.of(), Notation.plain(Set.of()));
    }

    /**
     * Text pasted into the web page, which may be either: a document when it has display math,
     * else a LaTeX chain, else lines of plain chains.
     */
    public static CheckInput pasted(String text, LatexOptions options, List<String> assumptions, Set<String> complex,
                                    Notation notation) throws ParseError {
        CheckInput document = document(text, options, assumptions, complex, notation);
        if (document.latex() && document.steps().isEmpty() && document.skipped().isEmpty()) {
            return expression(text.strip(), options, assumptions, complex, notation);
        }
        return document;
    }

    /**
     * Plain steps, which the verifier reads in {@code notation}; those on {@code letLines} define
     * their name anew ({@code let y = x^3} after {@code y = x^2}).
     */
    private static CheckInput plain(List<Claim> written, Notation notation, Set<Integer> letLines) {
        Set<Integer> anew = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            if (letLines.contains(written.get(i).lhsAt().line())
                    && (i == 0 || written.get(i - 1).lhsAt().line() != written.get(i).lhsAt().line())) {
                anew.add(i);
            }
        }
        DocumentDefinitions.Marked marked = DocumentDefinitions.marked(written, notation, anew, List.of());
        return new CheckInput(marked.steps(), List.of(), marked.blocked(), List.of(), false);
    }

    /** A plain line that starts with "let": its definition is new even of a name defined before. */
    private static final Pattern LET = Pattern.compile("(?i)^(\\s*)let\\s");

    /**
     * The numbers (from 1) of the lines whose definition is new even of a name defined before:
     * those that start with "let", which are blanked (the columns of the rest stay where they were
     * written) so that the line reads as its definition, and those right after a comment line, which
     * starts a new part of a homework ({@code # part (b)} then {@code y = x^(x^2)} after {@code y = x^x}).
     */
    private static Set<Integer> letLines(List<String> lines) {
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher let = LET.matcher(lines.get(i));
            if (let.find()) {
                lines.set(i, let.group(1) + "   " + lines.get(i).substring(let.end() - 1));
                found.add(i + 1);
            } else if (i > 0 && lines.get(i - 1).strip().startsWith("#")) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /** The steps and the unreadable equalities of a document, by position. */
    private static void inDocumentOrder(LatexDocument document, List<Claim> steps, List<String> sources,
                                        Map<Integer, String> unreadable) {
        record Item(Claim.Position at, LatexStep step, String blocked, LatexDocument.Unreadable error) {}
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < document.steps().size(); i++) {
            LatexStep s = document.steps().get(i);
            items.add(new Item(s.claim().lhsAt(), s, document.blocked().get(i), null));
        }
        document.unreadable().forEach(u -> items.add(new Item(u.at(), null, null, u)));
        items.sort(Comparator.comparingInt((Item it) -> it.at().line()).thenComparingInt(it -> it.at().column()));
        for (Item it : items) {
            if (it.step() != null) {
                if (it.blocked() != null) {
                    unreadable.put(steps.size(), it.blocked());
                }
                steps.add(it.step().claim());
                sources.add(it.step().written());
            } else {
                ParseError e = it.error().error();
                unreadable.put(steps.size(), "cannot read this statement: " + e.getMessage()
                        + " (line " + e.line() + ", column " + e.column() + ")");
                steps.add(new Claim(it.error().latex(), "", List.of(), Set.of(), it.at(), it.at()));
                sources.add(it.error().latex());
            }
        }
    }
}

package dev.gradus.proofs.latex;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of one statement {@code a = b \le c \approx d}: each pair of neighbouring sides joined
 * by a {@link StepRelation} is a step (a = b, and c ≈ d approximate), each other link is skipped
 * with its reason (b \le c). Only the sides of steps are read, so {@code x \in \mathbb{R}} is
 * skipped, not unreadable.
 */
final class Links {
    private final SourceText source;
    private final Statements.Statement statement;
    private final LatexOptions options;
    private final List<String> assumptions;
    private final Set<String> complex;
    /** Whether prose introduced the statement as a definition ("Let ...", "where ..."). */
    private final boolean introduced;
    private final Map<Integer, String> read = new HashMap<>();
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /** A name with the index t+1 (k+1, ...): {@code w_{t+1}}, {@code w_{(t+1)}}, {@code x^{(k+1)}}. */
    private static final Pattern NEXT = Pattern.compile(
            "\\s*(\\\\?[A-Za-z]+)\\s*(?:_\\s*\\{\\s*\\(?\\s*([a-z])\\s*\\+\\s*1\\s*\\)?\\s*\\}|\\^\\s*\\{\\s*\\(\\s*([a-z])\\s*\\+\\s*1\\s*\\)\\s*\\})\\s*");
    private static final Set<String> VALUE_WORDS = Set.of("const", "constant", "undefined", "finite", "bounded", "some constant");

    Links(SourceText source, Statements.Statement statement, LatexOptions options, List<String> assumptions,
          Set<String> complex, boolean introduced) {
        this.source = source;
        this.statement = statement;
        this.assumptions = assumptions;
        this.complex = complex;
        this.options = options.withComplex(complex);
        this.introduced = introduced;
    }

    /** The steps, in order; a link written as a definition (or the first, when introduced as one) says so in its notation. */
    List<LatexStep> steps() throws ParseError {
        List<LatexStep> steps = new ArrayList<>();
        for (int i = 0; i < statement.relations().size(); i++) {
            Optional<StepRelation> relation = StepRelation.of(statement.relations().get(i));
            if (relation.isEmpty() || isWord(i) || isWord(i + 1) || isUpdate(i) || isIndexed(i) || isIndexed(i + 1)) {
                continue;
            }
            Claim claim = new Claim(side(i), side(i + 1), assumptions, complex, at(i), at(i + 1))
                    .withApproximate(relation.get() == StepRelation.APPROXIMATELY);
            if (relation.get() == StepRelation.DEFINES || introduced && i == 0) {
                claim = claim.withNotation(Notation.EXPRESSION.after(List.of(), true));
            }
            steps.add(new LatexStep(claim, latex(i), latex(i + 1)));
        }
        return steps;
    }

    /** The links that are no step: the whole statement when none is, else each such link. */
    List<LatexDocument.Skipped> skipped() {
        List<Token> relations = statement.relations();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            if (StepRelation.of(relations.get(i)).isEmpty() || isWord(i) || isWord(i + 1) || isUpdate(i)
                    || isIndexed(i) || isIndexed(i + 1)) {
                others.add(i);
            }
        }
        if (others.size() == relations.size()) {
            return List.of(new LatexDocument.Skipped(statement.latex(), reason(0), source.position(statement.start())));
        }
        return others.stream().map(i -> new LatexDocument.Skipped(latex(i) + " " + relations.get(i).written() + " " + latex(i + 1),
                reason(i), at(i))).toList();
    }

    private String reason(int link) {
        Token relation = statement.relations().get(link);
        if (StepRelation.of(relation).isEmpty()) {
            return "not an equality (" + relation.written() + ")";
        }
        if (isIndexed(link) || isIndexed(link + 1)) {
            return "indexed notation (a Kronecker delta, or s_i by z_j): a scalar reading would be wrong";
        }
        if (isUpdate(link)) {
            return isStepUpdate(link) ? "an update (a new value from the old), not an equality"
                    : "an update (" + latex(link) + " on both sides of " + relation.written() + "), not an equation";
        }
        return "'" + latex(isWord(link) ? link : link + 1) + "' is a word, not a value";
    }

    /**
     * Whether a side holds a Kronecker delta ({@code \delta_{ij}}) or differentiates one indexed name
     * by another with a different letter index ({@code \partial s_i / \partial z_j}): read as
     * scalars, s_i and z_j would be unrelated names and the softmax Jacobian "false".
     */
    private boolean isIndexed(int i) {
        List<Token> t = statement.sides().get(i).tokens();
        List<String> indices = new ArrayList<>();
        for (int k = 0; k + 3 < t.size(); k++) {
            if (t.get(k).isCommand("delta") && t.get(k + 1).isSymbol("_") && (t.get(k + 2).isSymbol("{")
                    && t.get(k + 3).kind() == Token.Kind.LETTER && t.get(k + 4).kind() == Token.Kind.LETTER)) {
                return true;
            }
            if (t.get(k).isCommand("partial") && t.get(k + 1).kind() == Token.Kind.LETTER && t.get(k + 2).isSymbol("_")
                    && t.get(k + 3).kind() == Token.Kind.LETTER) {
                indices.add(t.get(k + 3).text());
            }
        }
        return indices.stream().distinct().count() > 1;
    }

    /**
     * {@code \theta := \theta - \alpha g}, or {@code w_{t+1} = w_t - \eta g}: an assignment of a program,
     * a new value from the old, which no equation states (read as one, w_{t+1} needs a value for t).
     */
    private boolean isUpdate(int link) {
        if (isStepUpdate(link)) {
            return true;
        }
        if (StepRelation.of(statement.relations().get(link)).orElse(null) != StepRelation.DEFINES) {
            return false;
        }
        try {
            String name = side(link);
            return NAME.matcher(name).matches() && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(side(link + 1)).find();
        } catch (ParseError unreadable) {
            return false;   // the step reports it
        }
    }

    /** {@code w_{t+1} = w_t - ...}, {@code x^{(k+1)} = x^{(k)} + ...}: the left side the next value of a name the right side uses. */
    private boolean isStepUpdate(int link) {
        Matcher next = NEXT.matcher(latex(link));
        if (!next.matches()) {
            return false;
        }
        String name = Pattern.quote(next.group(1));
        String index = next.group(2) != null ? next.group(2) : next.group(3);
        return Pattern.compile("(?<![A-Za-z])" + name + "\\s*(?:_\\s*\\{?\\s*\\(?\\s*" + index + "\\s*\\)?\\s*\\}?|\\^\\s*\\{\\s*\\(\\s*" + index
                + "\\s*\\)\\s*\\})(?![A-Za-z+])").matcher(latex(link + 1)).find();
    }

    /**
     * Whether a side is prose standing for a value ({@code \text{const.}}, {@code \text{constant}}):
     * equal to it claims that some constant exists, which no step can check.
     */
    private boolean isWord(int i) {
        List<Token> tokens = statement.sides().get(i).tokens();
        if (tokens.size() < 4 || !TextWords.isTextCommand(tokens.get(0)) || !tokens.get(1).isSymbol("{")
                || !tokens.get(tokens.size() - 2).isSymbol("}")) {
            return false;
        }
        String word = TextWords.clean(source.slice(tokens.get(1).end(), tokens.get(tokens.size() - 2).start()));
        return word.endsWith(".") || VALUE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The statement as conditions of the expression language ({@code 0 < \\alpha < 1} is
     * {@code 0 < alpha} and {@code alpha < 1}), or none when a relation is no order.
     */
    List<String> orderConditions() throws ParseError {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < statement.relations().size(); i++) {
            String comparison = Relations.comparison(statement.relations().get(i));
            if (comparison == null || comparison.equals("==") || comparison.equals("!=")) {
                return List.of();
            }
            conditions.add("(" + side(i) + ") " + comparison + " (" + side(i + 1) + ")");
        }
        return conditions;
    }

    private String side(int i) throws ParseError {
        String done = read.get(i);
        if (done != null) {
            return done;
        }
        Statements.Side side = statement.sides().get(i);
        if (side.isEmpty()) {
            Token relation = statement.relations().get(Math.max(i - 1, 0));
            throw source.error(relation.start(), "an empty expression beside " + relation.shown());
        }
        String expression = Emitter.emit(new Parser(source, side.tokens(), new Scope(options)).formula());
        read.put(i, expression);
        return expression;
    }

    private String latex(int i) {
        return statement.sides().get(i).latex();
    }

    private Claim.Position at(int i) {
        List<Token> tokens = statement.sides().get(i).tokens();
        return source.position(tokens.get(0).start());
    }
}

package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The statements of a document that are read: every statement of its display math, and the
 * statements of inline math that prose introduces as definitions ("Let $\sigma(z) = ...$",
 * "where $a = \sigma(z)$") or that a defining relation marks ({@code :=}, {@code \coloneqq}).
 * Every other equality of inline math is listed as skipped, with its reason: a value at a point
 * ("at $x = \pi/2$"), a condition ("where $\sin x = 1$"), or a claim in a sentence. A value at
 * a point never defines, inline or displayed: substituted into the later steps, it would make a
 * general step true only there (sin 2x = 2 cos x at x = π/2) PROVED.
 */
final class DocumentMath {
    /** Words after which a formula defines: "Let", "where", "with", "define", "denote", "set", "write", "suppose", "consider". */
    private static final Pattern INTRODUCES = Pattern.compile(
            "\\b(let|where|with|define|defines|defined|defining|denote|denotes|set|write|writing|suppose|consider)\\b");
    /** Words that define whatever the value: "Let $n = 3$" names a number; "where $n = 3$" may be a point. */
    private static final Pattern DEFINES = Pattern.compile("\\b(let|define|defines|defined|defining|denote|denotes)\\b");
    /** Words that give a variable a value to look at: "at $x = 0$", "for $x = 1$", "evaluating at", "plugging in". */
    private static final Pattern POINT = Pattern.compile(
            "\\b(at|for|when|whenever|with|where|set|setting|evaluate|evaluated|evaluating|plug|plugging|substitute|substituting|put|putting|take|taking)\\b");
    /** Commands that are no name: constants, fractions and roots, spacing, and brackets' sizes. */
    private static final Set<String> NO_NAME = Set.of("pi", "infty", "frac", "dfrac", "tfrac", "sqrt", "left", "right", "cdot",
            "times", "div", "pm", "mp", ",", ";", "!", ":", "quad", "qquad", "big", "Big", "bigg", "Bigg");

    static final String POINT_REASON = "a point, not a definition";
    static final String CONDITION_REASON = "a condition stated in prose, not checked";
    static final String INLINE_REASON = "inline math in a sentence: not checked";
    static final String ASSUMPTION_REASON = "an assumption stated in prose: the steps after it are checked under it";
    /** Words that state an assumption for what follows: "Fix a slope $0 < \\alpha < 1$", "assume $x > 0$". */
    private static final Pattern ASSUMES = Pattern.compile("\\b(fix|assume|assuming|suppose|let|given|for|with|where)\\b");
    /** Prose that joins two formulas of one sentence: "and", a comma. */
    private static final Pattern JOINS = Pattern.compile("[\\s$,;]*(and|as well as|,)?[\\s$,;]*");
    /**
     * Where the prose before a formula starts its sentence: after a full stop, or a paragraph break
     * that does not follow a comma or colon ("with $x = 2$ and $w = 0.5$,", a blank line, then the
     * display the sentence introduces).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s|(?<![:,][ \\t]{0,8})\\n\\s*\\n");

    /**
     * A statement to read.
     *
     * @param statement  its sides and relations
     * @param display    whether it is display math
     * @param introduced whether the prose before it, in its sentence, says that it defines
     * @param explicit   whether that prose says "let" or "define": a new definition even of a name defined before
     * @param sentence   the number of its sentence in the document: a "where" defines for the whole sentence
     * @param skipped    why it is not read (it is listed as skipped), or null when it is read
     */
    record Read(Statements.Statement statement, boolean display, boolean introduced, boolean explicit, int sentence, String skipped) {
        boolean isRead() {
            return skipped == null;
        }
    }

    private DocumentMath() {}

    static List<Read> statements(SourceText source) throws ParseError {
        String text = source.text();
        List<Read> read = new ArrayList<>();
        List<MathBlocks.Block> blocks = MathBlocks.find(source);
        Set<String> seen = new HashSet<>();   // every letter and command written so far, in any math
        StringBuilder seenText = new StringBuilder();   // and the math itself, for names of several tokens (z_1, \hat{y})
        boolean previousIntroduced = false;
        boolean previousExplicit = false;
        int sentence = 0;
        StringBuilder sentenceProse = new StringBuilder();   // the prose of the current sentence so far, in lower case
        int proseFrom = 0;
        for (int b = 0; b < blocks.size(); b++) {
            MathBlocks.Block block = blocks.get(b);
            List<Token> tokens = Lexer.tokens(source, block.from(), block.to());
            // "$$ f(x) = $$ ... $$ x^2 $$" and "$$ a = b $$ ... $$ = c $$": one chain, also across prose whose
            // inline math has no relation in it ("Now write the numerator as $(1+x) - x$: $$= ...$$")
            while (block.display()) {
                int n = b + 1;
                while (n < blocks.size() && !blocks.get(n).display() && !hasRelation(Lexer.tokens(source, blocks.get(n).from(), blocks.get(n).to()))) {
                    n++;
                }
                if (n >= blocks.size() || !blocks.get(n).display()) {
                    break;
                }
                MathBlocks.Block next = blocks.get(n);
                List<Token> following = Lexer.tokens(source, next.from(), next.to());
                if (!endsWithRelation(tokens) && !startsWithRelation(following)) {
                    break;
                }
                for (int k = b + 1; k < n; k++) {   // the inline math between is prose: its names are written before
                    Lexer.tokens(source, blocks.get(k).from(), blocks.get(k).to()).forEach(t -> seen.add(t.written()));
                    seenText.append(text, blocks.get(k).from(), blocks.get(k).to()).append(' ');
                }
                List<Token> joined = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
                joined.addAll(following);
                tokens = joined;
                block = new MathBlocks.Block(block.from(), next.to(), true);
                b = n;
            }
            if (!hasRelation(tokens)) {
                String between = text.substring(Math.min(proseFrom, block.from()), block.from());
                if (SENTENCE_END.matcher(between).find()) {
                    sentence++;   // "... = b + w(x_1 + x_2)$$ For the data points $(1, 3)$, starting from $w = 1$": a new sentence
                    sentenceProse.setLength(0);
                }
                sentenceProse.append(lastSentence(between));
                proseFrom = block.to();
                tokens.forEach(t -> seen.add(t.written()));
                seenText.append(text, block.from(), block.to()).append(' ');
                continue;
            }
            for (Statements.Statement s : Statements.split(source, tokens)) {
                String prose = text.substring(Math.min(proseFrom, s.start()), s.start());
                String sentenceBefore = lastSentence(prose);
                if (sentenceBefore.length() < prose.length()) {
                    sentence++;
                    sentenceProse.setLength(0);
                }
                sentenceProse.append(sentenceBefore);
                boolean defining = DefiningRelations.isDefinition(s.relations().get(0));
                boolean explicit = DEFINES.matcher(sentenceBefore).find() || previousExplicit && JOINS.matcher(prose).matches();
                // "let $s_1 = ...$ and $s_2 = ...$": the word introduces both
                boolean introduced = INTRODUCES.matcher(sentenceBefore).find() || previousIntroduced && JOINS.matcher(prose).matches()
                        || !block.display() && definesNewName(s, seen, seenText);
                boolean pointWords = POINT.matcher(sentenceBefore).find();
                String skip = skipReason(s, block.display(), introduced, explicit || defining, pointWords);
                if (skip == null && block.display() && POINT.matcher(sentenceProse).find() && !explicit && !defining && isParameterValue(s, seenText)) {
                    skip = CONDITION_REASON;   // "Setting $\partial J/\partial b = 0$ gives $$b = -w/2$$": b is J's variable, not defined
                }
                boolean hasStep = s.relations().stream().anyMatch(r -> StepRelation.of(r).isPresent());
                if (!hasStep && !block.display() && isOrder(s) && ASSUMES.matcher(sentenceBefore).find()) {
                    read.add(new Read(s, false, false, false, sentence, ASSUMPTION_REASON));
                } else if (skip != null && hasStep) {
                    read.add(new Read(s, block.display(), false, false, sentence, skip));
                } else if (skip == null && (block.display() || introduced || defining)) {
                    read.add(new Read(s, block.display(), introduced, explicit, sentence, null));
                }
                previousIntroduced = introduced && !POINT_REASON.equals(skip);   // "where $\sin x = 1$ and $\cot x = 0$": two conditions
                previousExplicit = explicit && skip == null;
                proseFrom = end(s);
            }
            tokens.forEach(t -> seen.add(t.written()));
            seenText.append(text, block.from(), block.to()).append(' ');
            proseFrom = Math.max(proseFrom, block.to());
        }
        return read;
    }

    /** Whether every relation of a statement is an order ({@code <}, {@code \\le}, ...). */
    private static boolean isOrder(Statements.Statement s) {
        return s.relations().stream().allMatch(r -> {
            String c = Relations.comparison(r);
            return c != null && !c.equals("==") && !c.equals("!=");
        });
    }

    private static boolean hasRelation(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> Relations.relation(t) != null);
    }

    /** A function the math before defined, and its parameters: {@code J(w, b) =}. */
    private static final Pattern FUNCTION_DEFINED = Pattern.compile("([A-Za-z]|\\\\[A-Za-z]+)\\s*\\(([^()=]*)\\)\\s*(?:=|:=)");

    /**
     * Whether a statement gives a value to a parameter of a function the document defined before
     * ({@code b = -\frac{w}{2}} after {@code J(w, b) = ...}): an equation for that variable, which
     * defined would be put into J itself.
     */
    private static boolean isParameterValue(Statements.Statement s, CharSequence seenText) {
        if (s.sides().size() != 2 || !s.relations().get(0).isSymbol("=") || s.sides().get(0).tokens().size() != 2) {
            return false;
        }
        String name = s.sides().get(0).tokens().get(0).written();
        var functions = FUNCTION_DEFINED.matcher(seenText);
        while (functions.find()) {
            for (String parameter : functions.group(2).split(",")) {
                if (parameter.strip().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the block's last token, before line breaks and the end of its environment, is '=' (or another step's relation): a dangling '='. */
    private static boolean endsWithRelation(List<Token> tokens) {
        int i = tokens.size() - 2;   // the last is END
        while (i >= 0 && (tokens.get(i).isCommand("\\") || tokens.get(i).isSymbol("}") && environmentEnd(tokens, i) >= 0)) {
            i = tokens.get(i).isCommand("\\") ? i - 1 : environmentEnd(tokens, i) - 1;
        }
        return i >= 0 && StepRelation.of(tokens.get(i)).isPresent();
    }

    /** The index of the {@code \end} whose name closes with the '}' at {@code close}, or -1. */
    private static int environmentEnd(List<Token> tokens, int close) {
        int open = close - 1;
        while (open >= 0 && !tokens.get(open).isSymbol("{")) {
            open--;
        }
        return open >= 1 && tokens.get(open - 1).isCommand("end") ? open - 1 : -1;
    }

    /** Whether the block starts with a relation ('=', '&=', after \begin{aligned}). */
    private static boolean startsWithRelation(List<Token> tokens) {
        int i = 0;
        if (tokens.get(i).isCommand("begin")) {
            Environments.Name env = Environments.after(tokens, i);
            i = env == null ? i : env.after();
        }
        while (tokens.get(i).isSymbol("&")) {
            i++;
        }
        return StepRelation.of(tokens.get(i)).isPresent();
    }

    /**
     * Inline math that defines without an introducing word: "the cost $C = -[y \ln a + ...]$" names
     * something new by an expression. Not "at $z = 0.5$": a value for a name is a point to look
     * at; not "then $a = b$": one name for another is a claim; and a name written before is not new.
     */
    private static boolean definesNewName(Statements.Statement s, Set<String> seen, CharSequence seenText) {
        if (s.sides().size() != 2 || !s.relations().get(0).isSymbol("=")) {
            return false;
        }
        List<Token> lhs = s.sides().get(0).tokens();
        // an expression with a name in it: not a value ("at $z = 0.5$"), not one name ("then $a = b$")
        List<Token> rhs = s.sides().get(1).tokens();
        boolean expression = rhs.size() > 2 && rhs.stream()
                .anyMatch(t -> t.kind() == Token.Kind.LETTER || t.kind() == Token.Kind.COMMAND && !t.isCommand("frac"));
        if (!expression) {
            return false;
        }
        Optional<Token> head = lhs.size() == 2 && (lhs.get(0).kind() == Token.Kind.LETTER || lhs.get(0).kind() == Token.Kind.COMMAND)
                ? Optional.of(lhs.get(0)) : DefinedFunctions.head(lhs);
        if (head.isPresent()) {
            return !seen.contains(head.get().written());
        }
        // a name of several tokens (z_1, \hat{y}, w_{ij}): new when the math before never wrote it
        String name = s.sides().get(0).latex().replaceAll("\\s+", "");
        return isDecoratedName(lhs) && !seenText.toString().replaceAll("\\s+", "").contains(name);
    }

    /** Letters, commands and digits with subscripts, superscripts and braces only: {@code z_1}, {@code \hat{y}}, {@code w^{(2)}}. */
    private static boolean isDecoratedName(List<Token> side) {
        Token first = side.get(0);
        if (first.kind() != Token.Kind.LETTER && first.kind() != Token.Kind.COMMAND) {
            return false;
        }
        if (first.kind() == Token.Kind.COMMAND && !isNameCommand(first)) {
            return false;   // \sin x is no name
        }
        return side.stream().allMatch(t -> t.isEnd() || t.kind() == Token.Kind.LETTER || t.kind() == Token.Kind.DIGIT
                || t.kind() == Token.Kind.COMMAND && isNameCommand(t) || t.isSymbol("_") || t.isSymbol("^")
                || t.isSymbol("{") || t.isSymbol("}") || t.isSymbol("(") || t.isSymbol(")"));
    }

    /** Where a statement ends: its last side ends with an END token placed there. */
    private static int end(Statements.Statement s) {
        List<Token> last = s.sides().get(s.sides().size() - 1).tokens();
        return last.get(last.size() - 1).start();
    }

    /** The last sentence of {@code prose}, in lower case: the words that introduce its next formula. */
    private static String lastSentence(String prose) {
        String sentence = prose;
        var end = SENTENCE_END.matcher(prose);
        while (end.find()) {
            sentence = prose.substring(end.end());
        }
        return sentence.toLowerCase(Locale.ROOT);
    }

    /**
     * Why a statement is not read, or null when it is. A value given to a name ({@code x = \pi/2})
     * is a point unless "let" or ":=" defines it (displayed too, when prose says "at", "for", ...);
     * an introduced statement whose left side is no name ("where $\sin x = 1$") is a condition;
     * other inline math that neither prose nor its form makes a definition is a claim in a sentence.
     */
    private static String skipReason(Statements.Statement s, boolean display, boolean introduced, boolean defining, boolean pointWords) {
        if (s.sides().size() == 2 && s.relations().get(0).isSymbol("=") && isName(s.sides().get(0).tokens())
                && isConstant(s.sides().get(1).tokens()) && !defining && (!display || pointWords)) {
            return POINT_REASON;
        }
        if (display) {
            return null;
        }
        if ((introduced || defining) && !isName(s.sides().get(0).tokens()) && !DefinedFunctions.isFunctionOfParameters(s.sides().get(0).tokens())) {
            return CONDITION_REASON;
        }
        return introduced || defining ? null : INLINE_REASON;
    }

    /** Whether a side is one name: a letter or a command that is no function ({@code a}, {@code \sigma}), or a decorated one ({@code z_1}). */
    private static boolean isName(List<Token> side) {
        if (side.size() == 2) {
            Token t = side.get(0);
            return t.kind() == Token.Kind.LETTER || t.kind() == Token.Kind.COMMAND && isNameCommand(t);
        }
        return isDecoratedName(side);
    }

    private static boolean isNameCommand(Token t) {
        return !t.isCommand("frac") && !NO_NAME.contains(t.text()) && Functions.command(t.text()).isEmpty()
                && !TextWords.isTextCommand(t);
    }

    /**
     * Whether a side is a constant: numbers, π, e, fractions and functions of them
     * ({@code \pi/2}, {@code \frac{\sqrt 3}{2}}, {@code -1}), no name in it.
     */
    private static boolean isConstant(List<Token> side) {
        if (side.size() < 2) {
            return false;
        }
        for (Token t : side) {
            if (t.kind() == Token.Kind.LETTER && !t.text().equals("e")) {
                return false;
            }
            if (t.kind() == Token.Kind.COMMAND && !NO_NAME.contains(t.text()) && Functions.command(t.text()).isEmpty()) {
                return false;   // a Greek letter, \text{...}, \mathrm{...}: possibly a name
            }
        }
        return true;
    }
}

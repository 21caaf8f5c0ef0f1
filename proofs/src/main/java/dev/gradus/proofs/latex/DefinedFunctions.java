package dev.gradus.proofs.latex;

import dev.gradus.proofs.ParseError;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Functions a document defines by a head and parameters: after {@code \sigma(z) = \frac{1}{1+e^{-z}}}
 * the document's σ is what it says, not the table's sigmoid, and after {@code u(x) = x^2} the
 * letter u applied is a function, not u times x. Such a head is read as a function of its own
 * name throughout the document, provided no sentence before its definition's used it: "Let
 * $a = \sigma(z)$ where $\sigma(z) = ...$" uses the σ it defines (the steps of that sentence
 * are checked knowing the definition, see {@link LatexDerivation#read}).
 */
final class DefinedFunctions {
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private DefinedFunctions() {}

    static LatexOptions reading(List<DocumentMath.Read> statements, LatexOptions options) {
        LatexOptions reading = options;
        Set<String> usedBefore = new HashSet<>();   // in the sentences before
        Set<String> usedInSentence = new HashSet<>();
        int sentence = -1;
        for (DocumentMath.Read r : statements) {
            if (!r.isRead()) {
                continue;   // no step: whatever it reads σ as, nothing is checked with it
            }
            if (r.sentence() != sentence) {
                usedBefore.addAll(usedInSentence);
                usedInSentence.clear();
                sentence = r.sentence();
            }
            Statements.Statement s = r.statement();
            Token relation = s.relations().get(0);
            boolean defines = relation.isSymbol("=") || DefiningRelations.isDefinition(relation) || DefiningRelations.isIdentity(relation);
            Optional<Token> head = defines && !s.sides().get(1).isEmpty() ? head(s.sides().get(0).tokens()) : Optional.empty();
            // "Let $h = \sigma(z)$, where $\sigma(z) = \max(0, z)$": the sentence's σ is the one it defines
            if (head.isPresent() && !usedBefore.contains(head.get().written())) {
                Optional<String> name = name(head.get());
                if (name.isPresent()) {
                    reading = reading.withFunction(head.get().text(), name.get());
                }
            }
            s.sides().forEach(side -> side.tokens().forEach(t -> usedInSentence.add(t.written())));
        }
        for (DocumentMath.Read r : statements) {
            for (Statements.Side side : r.statement().sides()) {
                reading = primedApplied(side.tokens(), reading);
            }
        }
        return reading;
    }

    /**
     * Whether the statement defines the letter e ({@code e = w x + b - y}, {@code e := ...}): from
     * there on e is a variable (the error), not Euler's number.
     */
    static boolean definesE(Statements.Statement s) {
        List<Token> first = s.sides().get(0).tokens();
        Token relation = s.relations().get(0);
        return first.size() == 2 && first.get(0).kind() == Token.Kind.LETTER && first.get(0).text().equals("e")
                && (relation.isSymbol("=") || DefiningRelations.isDefinition(relation)) && !s.sides().get(1).isEmpty();
    }

    /**
     * With {@code y'(x)} written, y is a function, and {@code y(x)} applies it rather than
     * multiplying: one reading of y in the whole document.
     */
    static LatexOptions primedApplied(List<Token> tokens, LatexOptions options) {
        LatexOptions reading = options;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.LETTER && !t.text().equals("e") && tokens.get(i + 1).isSymbol("'")
                    && (tokens.get(i + 2).isSymbol("(") || tokens.get(i + 2).isSymbol("'"))) {
                reading = reading.commandFunction(t.text()).isPresent() ? reading : reading.withFunction(t.text(), t.text());
            }
        }
        return reading;
    }

    /** The head of {@code f(x)}, {@code \sigma(z)}, {@code g\left(x, y\right)}: a side that is nothing else. */
    static Optional<Token> head(List<Token> side) {
        if (side.size() < 5) {
            return Optional.empty();
        }
        Token head = side.get(0);
        boolean named = head.kind() == Token.Kind.LETTER && !head.text().equals("e")
                || head.kind() == Token.Kind.COMMAND && Functions.command(head.text()).isEmpty();
        return named && parametersFrom(side, 1) ? Optional.of(head) : Optional.empty();
    }

    /**
     * Whether a side is a function of parameters, its head a name ({@code f(x)}) or a word
     * ({@code \text{swish}(x)}, {@code \operatorname{GELU}(x)}): the left side of a function's definition.
     */
    static boolean isFunctionOfParameters(List<Token> side) {
        if (head(side).isPresent()) {
            return true;
        }
        if (side.size() < 7 || !TextWords.isTextCommand(side.get(0)) || !side.get(1).isSymbol("{")) {
            return false;
        }
        int close = 2;
        while (close < side.size() && side.get(close).kind() == Token.Kind.LETTER) {
            close++;
        }
        return close > 2 && close < side.size() - 1 && side.get(close).isSymbol("}") && parametersFrom(side, close + 1);
    }

    /** Whether {@code side} from {@code at} is {@code (x)}, {@code (x, y)} or {@code \left(x\right)} and then ends. */
    private static boolean parametersFrom(List<Token> side, int at) {
        if (at + 3 >= side.size()) {
            return false;
        }
        at = side.get(at).isCommand("left") ? at + 1 : at;
        if (!side.get(at).isSymbol("(")) {
            return false;
        }
        at++;
        while (at < side.size() && (side.get(at).kind() == Token.Kind.LETTER
                || side.get(at).kind() == Token.Kind.COMMAND && !side.get(at).isCommand("right"))) {
            at++;
            if (at >= side.size() || !side.get(at).isSymbol(",")) {
                break;
            }
            at++;
        }
        if (at < side.size() && side.get(at).isCommand("right")) {
            at++;
        }
        return at + 1 < side.size() && side.get(at).isSymbol(")") && side.get(at + 1).isEnd();
    }

    /** The name the head has alone ({@code sigma} for {@code \sigma}), when it can name a function. */
    private static Optional<String> name(Token head) {
        try {
            String name = LatexExpression.toExpression(head.written(), LatexOptions.defaults());
            return FUNCTION_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
        } catch (ParseError notAName) {
            return Optional.empty();   // \alpha_{...} or a command that is no name: read as written
        }
    }
}

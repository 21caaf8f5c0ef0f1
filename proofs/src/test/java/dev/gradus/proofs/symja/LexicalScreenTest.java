package dev.gradus.proofs.symja;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.latex.LatexExpression;
import dev.gradus.proofs.latex.LatexOptions;
import dev.gradus.proofs.plain.PlainNotation;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that held Symja's parser or TeX printer for seconds to minutes (see {@link LexicalScreen})
 * are refused, with the place, by the engine and by both front-ends; inputs at the limits are read.
 */
class LexicalScreenTest {
    private static final SymjaEngine ENGINE = new SymjaEngine();

    /** Each pathological form, what the refusal says, and its column. */
    static Stream<Arguments> pathological() {
        return Stream.of(
                Arguments.of("1*^1000000", "exponent *^ of more than 3 digits", 2),
                Arguments.of("x + 1*^2000000", "exponent *^ of more than 3 digits", 6),
                Arguments.of("-".repeat(16_000) + "x", "more than 8 operators in a row: ---------", 1),
                Arguments.of("x" + "!".repeat(20_000), "more than 8 operators in a row", 2),
                Arguments.of("x" + "'".repeat(20_000), "more than 8 operators in a row", 2),
                Arguments.of("x * " + "- ".repeat(8) + "x", "more than 8 operators in a row: * - - - - - - - -", 3),
                Arguments.of("x" + "?".repeat(4000), "more than 8 operators in a row", 2),
                Arguments.of("7".repeat(1_000_000), "a number of more than 1000 digits", 1),
                Arguments.of("x + 0." + "3".repeat(1000), "a number of more than 1000 digits", 5),
                Arguments.of("x-".repeat(201) + "x", "more than 200 '-' in one expression", 402),
                Arguments.of("1/".repeat(201) + "x", "more than 200 '/' in one expression", 402),
                Arguments.of("(".repeat(61) + "x" + ")".repeat(61), "nested more than 60 levels deep", 61),
                Arguments.of("x+".repeat(5000) + "x", "the expression has 10001 characters: at most 10000", 10_001));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pathological")
    void theEngineRefusesEachBeforeParsing(String text, String said, int column) {
        ParseError e = assertThrows(ParseError.class, () -> ENGINE.parse(text));
        assertTrue(e.getMessage().contains(said), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals("refused", e.kind());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pathological")
    void plainNotationRefusesThemToo(String text, String said, int column) {
        ParseError e = assertThrows(ParseError.class, () -> PlainNotation.read(text, Set.of()));
        assertTrue(e.getMessage().contains(said), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }

    /** LaTeX reads documents, where a line of dashes is a comment: what it translates is screened when parsed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"minus", "factorial", "digits"})
    void whatLatexMakesOfThemIsRefused(String which) {
        String text = switch (which) {
            case "minus" -> "-".repeat(16_000) + "x";
            case "factorial" -> "x" + "!".repeat(20_000);
            default -> "7".repeat(1_000_000);
        };
        assertThrows(ParseError.class, () -> ENGINE.parse(LatexExpression.toExpression(text, LatexOptions.defaults())));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x^", "x->", "f@"})
    void aRightAssociativeChainBeyondTheStackIsAParseError(String link) {
        // 4,999 links recurse deeper than a thread's stack: a refusal, not a StackOverflowError
        assertThrows(ParseError.class, () -> ENGINE.parse(link.repeat(9_990 / link.length()) + "x"));
    }

    @Test
    void aLongProductInPlainNotationIsAParseErrorNotAStackOverflow() {
        ParseError e = assertThrows(ParseError.class, () -> PlainNotation.read("x*".repeat(4_900) + "x", Set.of()));
        assertTrue(e.getMessage().contains("too long a chain"), e.getMessage());
    }

    /** Each limit is a limit, not a ban: the largest input within it is read. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1*^999", "1.5*^-999", "x!=-y", "f'''(x) + x!", "10^(10^9)", "x12 + 2x"})
    void atTheLimitsTheEngineParses(String text) {
        assertDoesNotThrow(() -> ENGINE.parse(text));
    }

    @Test
    void aThousandDigitsTwoHundredSubtractionsAndTenThousandCharactersAreRead() {
        assertDoesNotThrow(() -> ENGINE.parse("7".repeat(1000) + " + 0." + "3".repeat(999)));
        assertDoesNotThrow(() -> ENGINE.parse("x-".repeat(200) + "1/".repeat(200) + "x"));
        String long10k = "x+".repeat(4_999) + "xy";
        assertEquals(LexicalScreen.MAX_LENGTH, long10k.length());
        assertDoesNotThrow(() -> ENGINE.parse(long10k));
        assertDoesNotThrow(() -> LexicalScreen.check("(".repeat(60) + "x" + ")".repeat(60)));
        assertDoesNotThrow(() -> LexicalScreen.check("x" + "!".repeat(8)));
        assertDoesNotThrow(() -> LexicalScreen.check("x" + "1".repeat(2000)), "a name's digits are not a number");
    }
}

package dev.gradus.proofs.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * LaTeX as lecture notes and blogs write it, beyond the homework seeds: each construct with the
 * exact claims it gives, and for what used to be misread, the reading a reader means.
 */
class LatexNotationTest {
    private static final LatexOptions DEFAULTS = LatexOptions.defaults();

    /** The claims of a chain as "lhs == rhs", one per step. */
    private static List<String> claims(LatexOptions options, String latex) throws ParseError {
        return LatexDerivation.chain(latex, options, List.of(), Set.of()).stream().map(LatexNotationTest::shown).toList();
    }

    private static List<String> claims(String latex) throws ParseError {
        return claims(DEFAULTS, latex);
    }

    private static String shown(Claim c) {
        return c.lhs() + " == " + c.rhs();
    }

    @Test
    void lettersBeforeASubscriptMultiplyUnlessTheyAreAWord() throws ParseError {
        assertEquals(List.of("h*w2 == 1"), claims("hw_2 = 1"));
        assertEquals(List.of("a*xi + b == y"), claims("ax_i + b = y"));
        // three letters or more are a word, as lecture notes name quantities
        assertEquals(List.of("outk - tark == netj"), claims("out_k - tar_k = net_j"));
        // a document names two-letter quantities, or bare words, through the options
        LatexOptions named = DEFAULTS.withName("in").withName("net");
        assertEquals(List.of("ink == net"), claims(named, "in_k = net"));
        assertEquals(List.of("i*nk == n*E*t"), claims("in_k = net"));
    }
}

package dev.gradus.proofs.quick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.convert.AST2Expr;

class NamesTest {
    /**
     * Symja's aliases (atan is ArcTan) and physical constants, which are not in its table of
     * built-in names: a name the checker took for an unknown function or a variable would let it
     * refute a true claim (D(atan(x), x) = 1/(1 + x^2) was, before they were listed).
     */
    @Test
    void theAliasesAreSymjasOwn() throws Exception {
        var field = AST2Expr.class.getDeclaredField("ALIASES_STRINGS");
        field.setAccessible(true);
        Set<String> symja = new HashSet<>();
        for (String alias : (String[]) field.get(null)) {
            symja.add(alias.toLowerCase(Locale.ROOT));
        }
        Arrays.stream(AST2Expr.PHYSICAL_CONSTANTS_STRINGS).forEach(c -> symja.add(c.toLowerCase(Locale.ROOT)));
        assertEquals(symja, Names.SYMJA_ALIASES);
        assertThrows(Unsupported.class, () -> ExprParser.parse("atan(x)"));
        assertThrows(Unsupported.class, () -> ExprParser.parse("Ln(x)"));
        assertThrows(Unsupported.class, () -> ExprParser.parse("universeage"));
    }
}

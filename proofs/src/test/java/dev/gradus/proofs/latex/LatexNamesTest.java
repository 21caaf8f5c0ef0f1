package dev.gradus.proofs.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.convert.AST2Expr;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The names the front-end emits stay plain, distinct Symja variables: Symja reads many names as
 * its own (beta, gamma, zeta, Pi, E, N, D, ...) and ignores case in longer names.
 */
class LatexNamesTest {
    private static final List<String> GREEK = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
            "omega", "ell", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    private static SymjaEngine engine;

    @BeforeAll
    static void symja() {
        engine = new SymjaEngine();
    }

    private static boolean isPlainSymbol(IExpr e) {
        return e.isSymbol() && !(e instanceof IBuiltInSymbol);
    }

    private static boolean isPlainSymbol(String name) throws ParseError {
        try {
            return isPlainSymbol(engine.parse(name));
        } catch (ParseError e) {
            return false; // a built-in the engine refuses from user input (Set, Clear, ...): reserved all the more
        }
    }

    /** Every LaTeX variable in the list becomes its own plain Symja symbol. */
    private static void distinctPlainSymbols(List<String> latex) throws ParseError {
        Set<IExpr> symbols = new HashSet<>();
        for (String l : latex) {
            String name = LatexExpression.toExpression(l, LatexOptions.defaults());
            IExpr parsed = engine.parse(name);
            assertTrue(isPlainSymbol(parsed), l + " became " + name + ", which Symja reads as " + parsed);
            assertTrue(symbols.add(parsed), l + " became " + name + ", the same symbol as another variable");
        }
    }

    @Test
    void greekLettersAreDistinctPlainSymbols() throws ParseError {
        List<String> latex = new ArrayList<>();
        GREEK.forEach(g -> latex.add("\\" + g));
        distinctPlainSymbols(latex);
        assertEquals("epsilon", LatexExpression.toExpression("\\varepsilon", LatexOptions.defaults()));
        assertEquals("Pi", LatexExpression.toExpression("\\pi", LatexOptions.defaults()));
    }

    @Test
    void latinLettersAreDistinctPlainSymbols() throws ParseError {
        List<String> latex = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            if (c != 'e' && c != 'i') {   // Euler's number and the imaginary unit
                latex.add(String.valueOf(c));
            }
            latex.add(String.valueOf(Character.toUpperCase(c)));
        }
        distinctPlainSymbols(latex);
    }

    @Test
    void subscriptedAndLabelledNamesAreDistinctPlainSymbols() throws ParseError {
        distinctPlainSymbols(List.of("p_i", "P_i", "x_i", "\\xi", "w_{ij}", "W_{ij}", "w^{(2)}_{ij}", "\\delta_j",
                "\\Delta_j", "out_k", "\\text{out}", "\\text{in}_k", "d_o", "r_e", "i_m", "i_f", "E_t", "N_1", "\\beta_1",
                "\\gamma_{ij}", "s_{in}", "c_{os}"));
    }

    /** The list in SymjaNames is exactly the set of names that Symja's tables make its own. */
    @Test
    void theReservedNamesAreSymjasOwn() throws ParseError {
        Set<String> candidates = new TreeSet<>();
        candidates.addAll(AST2Expr.PREDEFINED_SYMBOLS_MAP.keySet());
        candidates.addAll(AST2Expr.PREDEFINED_ALIASES_MAP.keySet());
        candidates.add("run"); // Symja's parser finds Run, which the head screen refuses, outside both maps
        Set<String> reserved = new TreeSet<>();
        for (String candidate : candidates) {
            String name = candidate.toLowerCase(Locale.ROOT);
            if (name.matches("[a-z][a-z0-9]+") && !isPlainSymbol(name)) {
                reserved.add(name);
            }
        }
        assertEquals(reserved, new TreeSet<>(SymjaNames.all()));
    }

    /** No short name escapes the list, and the escaped form of every listed name is free. */
    @Test
    void everyShortNameIsClassifiedAndEveryEscapeIsFree() throws ParseError {
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                for (String name : List.of("" + a + b, "" + a + b + 'a', "" + a + b + 'n', "" + a + b + 't')) {
                    assertEquals(!isPlainSymbol(name), SymjaNames.contains(name), name);
                }
            }
        }
        for (String name : SymjaNames.all()) {
            assertTrue(isPlainSymbol(name + Names.SUFFIX), name + Names.SUFFIX);
        }
    }
}

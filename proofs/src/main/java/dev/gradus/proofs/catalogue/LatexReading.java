package dev.gradus.proofs.catalogue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.latex.LatexDerivation;
import dev.gradus.proofs.latex.LatexExpression;
import dev.gradus.proofs.latex.LatexOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalogue's use of the LaTeX front-end: function names and index values from the claim. */
final class LatexReading {
    private LatexReading() {}

    /** The steps of a chain, also written as a display block ($$ ... $$, \begin{aligned} ...). */
    static List<Claim> chain(String latex, Map<String, String> functions, Map<String, Integer> bindings,
                             List<String> assumptions, Set<String> complex) throws ParseError {
        return LatexDerivation.chain(latex, options(functions, bindings), assumptions, complex);
    }

    static String expression(String latex, Map<String, String> functions, Map<String, Integer> bindings) throws ParseError {
        return LatexExpression.toExpression(latex, options(functions, bindings));
    }

    private static LatexOptions options(Map<String, String> functions, Map<String, Integer> bindings) {
        LatexOptions options = LatexOptions.defaults();
        for (Map.Entry<String, String> f : functions.entrySet()) {
            options = options.withFunction(f.getKey(), f.getValue());
        }
        for (Map.Entry<String, Integer> b : bindings.entrySet()) {
            options = options.withBinding(b.getKey(), b.getValue());
        }
        return options;
    }
}

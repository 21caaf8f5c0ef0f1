package dev.gradus.proofs.latex;

import java.util.regex.Pattern;

/**
 * Whether a document's i is the imaginary unit. Textbooks write i for it ({@code e^{i\pi} = -1},
 * {@code z = x + iy}); they also write i for an index ({@code x_i}, {@code \sum_{i=1}^n}, {@code \delta_{ij}}).
 * A document that uses i as an index anywhere keeps it a variable everywhere, so that an index is
 * never read as a complex number; {@code \mathrm{i}} is the imaginary unit regardless.
 */
final class ImaginaryUnit {
    /** i in a subscript: {@code _i}, {@code _{ij}}, {@code _{k,i}}, {@code _{i=1}} (not {@code _{\pi}}, not {@code _{\mathrm{i}}}). */
    private static final Pattern INDEX = Pattern.compile("_\\s*(?:i(?![A-Za-z])|\\{[^{}]*(?<![\\\\A-Za-z])i)");

    private ImaginaryUnit() {}

    /** Whether the LaTeX writes i in a subscript, as an index. */
    static boolean isIndex(String latex) {
        return INDEX.matcher(latex).find();
    }
}

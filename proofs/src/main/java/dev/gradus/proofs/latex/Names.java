package dev.gradus.proofs.latex;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a LaTeX variable becomes an expression-language name. Symja allows only letters and digits
 * in a variable, ignores case in names of two or more characters and keeps many names for
 * itself, so:
 *
 * <ul>
 *   <li>a name is its base, then its layer label, then its subscript, run together:
 *       {@code w_1} is {@code w1}, {@code w_{ij}} is {@code wij}, {@code out_k} is {@code outk},
 *       {@code w^{(2)}_{ij}} is {@code w2ij}, {@code out_j^{hid}} is {@code outhidj};
 *   <li>a lower-case Greek letter is its name ({@code \alpha} is {@code alpha}; {@code \varphi}
 *       is {@code phi}); an upper-case one doubles its first letter ({@code \Delta} is
 *       {@code ddelta}), since {@code Delta} and {@code delta} are one name to Symja;
 *   <li>an upper-case Latin letter stays upper case when it is the whole name and Symja does not
 *       use it ({@code W}, {@code T}); otherwise it is written twice in lower case: {@code E} (the
 *       error, not Euler's number) is {@code ee}, {@code N} is {@code nn}, {@code W_{ij}} is
 *       {@code wwij};
 *   <li>a decoration follows the letter it is written over, which counts as not alone:
 *       {@code \hat y} is {@code yhat}, {@code \bar x} {@code xbar}, {@code \hat{y}_i} {@code yhati},
 *       {@code \hat W} {@code wwhat}, {@code \mathcal{L}} (a loss, a calligraphic letter) {@code llcal};
 *   <li>a name that Symja already uses gets the suffix {@code var}: {@code \beta} is
 *       {@code betavar}, {@code \gamma} {@code gammavar}, {@code p_i} {@code pivar}; so does
 *       {@code \xi}, which would otherwise be {@code x_i}.
 * </ul>
 *
 * Run together, different LaTeX can give one name: {@code x_{ij}} and {@code x^{(i)}_j} are both
 * {@code xij}, {@code x_i} and {@code x^{(i)}} both {@code xi}. Formulas that use both forms
 * should write them differently.
 */
final class Names {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon",
            "zeta", "eta", "theta", "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "varrho", "sigma",
            "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega", "ell", "Gamma", "Delta", "Theta",
            "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");
    private static final Map<String, String> VARIANTS = Map.of("varepsilon", "epsilon", "vartheta", "theta",
            "varrho", "rho", "varsigma", "sigma", "varphi", "phi");
    /** The decoration of {@code \mathcal}: a calligraphic letter applied to arguments is a function (a loss). */
    static final String CALLIGRAPHIC = "cal";
    /**
     * Accents and the calligraphic alphabet make a different quantity ({@code \hat y} is an
     * estimate of y, {@code \bar x} a mean), so they make a different name.
     */
    private static final Map<String, String> DECORATIONS = Map.of("hat", "hat", "widehat", "hat", "bar", "bar",
            "overline", "bar", "tilde", "tilde", "widetilde", "tilde", "mathcal", CALLIGRAPHIC);
    /** Single upper-case letters that Symja reads as its own: C, D, E, I, N, O. */
    private static final String SYMJA_LETTERS = "CDEINO";
    static final String SUFFIX = "var";

    private Names() {}

    /** Whether a command is a Greek letter used as a variable ({@code \pi} is not: it is the constant). */
    static boolean isGreek(String command) {
        return GREEK.contains(command);
    }

    /** What a decorating command ({@code \hat}, {@code \mathcal}) adds to a name, or null for other tokens. */
    static String decoration(Token t) {
        return t.kind() == Token.Kind.COMMAND ? DECORATIONS.get(t.text()) : null;
    }

    /** The variable name for a base with its layer label and subscript (both may be empty). */
    static String compose(NameBase base, String label, String subscript) {
        boolean alone = label.isEmpty() && subscript.isEmpty() && base.decoration().isEmpty();
        String head = switch (base.kind()) {
            case LETTER -> letter(base.latex().charAt(0), alone);
            case GREEK -> greek(base.latex());
            case WORD -> base.latex().toLowerCase(Locale.ROOT);
        };
        return safe(head + base.decoration() + label + subscript);
    }

    /** A letter inside a subscript or label: upper case written twice ({@code w_{N}} is {@code wnn}). */
    static String indexLetter(char c) {
        return letter(c, false);
    }

    /** A Greek letter inside a subscript: {@code x_{\alpha}} is {@code xalpha}. */
    static String greek(String command) {
        String name = VARIANTS.getOrDefault(command, command);
        if (name.equals("xi")) {
            return name + SUFFIX;
        }
        char first = name.charAt(0);
        if (Character.isUpperCase(first)) {
            char lower = Character.toLowerCase(first);
            return "" + lower + lower + name.substring(1).toLowerCase(Locale.ROOT);
        }
        return name;
    }

    private static String letter(char c, boolean alone) {
        if (Character.isLowerCase(c)) {
            return String.valueOf(c);
        }
        if (alone && SYMJA_LETTERS.indexOf(c) < 0) {
            return String.valueOf(c);
        }
        char lower = Character.toLowerCase(c);
        return "" + lower + lower;
    }

    private static String safe(String name) {
        return SymjaNames.contains(name.toLowerCase(Locale.ROOT)) ? name + SUFFIX : name;
    }
}

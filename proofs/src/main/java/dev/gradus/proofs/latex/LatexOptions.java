package dev.gradus.proofs.latex;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a sheet's notation means, per call: which names are functions ({@code \delta} is the
 * sigmoid on the slides, {@code \sigma} an arbitrary activation {@code f} on another sheet) and
 * which index variables have integer values ({@code N = 5} turns {@code o_{N-1}} into {@code o4}
 * and unrolls {@code \prod_{i=2}^{N}}).
 *
 * <p>Keys are LaTeX names with or without the backslash ({@code "\\delta"} and {@code "delta"}
 * are the same key). A key is matched exactly against commands and single letters
 * ({@code \Sigma} is not {@code \sigma}), and ignoring case and punctuation against the names in
 * {@code \text{...}}, {@code \operatorname{...}} and bare letter runs ({@code "sig"} matches
 * {@code \text{Sig}}). A name mapped to a function reads as that function only where it is
 * applied to an argument: a bare {@code \sigma} stays the variable {@code sigma}.
 *
 * <p>Letters written together multiply ({@code hw_2} is h times w_2); a document that uses a
 * word as a name ({@code net_1}, {@code out_k}) says so with {@link #withName}.
 *
 * @param functions LaTeX name to expression-language function name
 * @param bindings  index variable to its integer value
 * @param names     runs of letters that are one name (lower case), not a product of letters
 * @param complex   letters that are complex variables: {@code \bar z} is conj(z), and d/dz and d/d{@code \bar z}
 *                  are the Wirtinger derivatives Dz and Dzbar
 */
public record LatexOptions(Map<String, String> functions, Map<String, Long> bindings, Set<String> names, Set<String> complex) {
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public LatexOptions {
        Map<String, String> f = new HashMap<>();
        functions.forEach((k, v) -> {
            if (!FUNCTION_NAME.matcher(v).matches()) {
                throw new IllegalArgumentException("not a function name of the expression language: " + v);
            }
            f.put(key(k), v);
        });
        Map<String, Long> b = new HashMap<>();
        bindings.forEach((k, v) -> b.put(key(k), v));
        functions = Map.copyOf(f);
        bindings = Map.copyOf(b);
        names = names.stream().map(n -> key(n).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        complex = Set.copyOf(complex);
    }

    /** {@code \sigma} and {@code sig} (as in {@code \text{sig}}) are the sigmoid; no bindings, no word names. */
    public static LatexOptions defaults() {
        return new LatexOptions(Map.of("sigma", "sigmoid", "sig", "sigmoid"), Map.of(), Set.of(), Set.of());
    }

    /** These options with {@code latexName} read as {@code function} when applied. */
    public LatexOptions withFunction(String latexName, String function) {
        Map<String, String> f = new HashMap<>(functions);
        f.put(key(latexName), function);
        return new LatexOptions(f, bindings, names, complex);
    }

    /** These options with the index variable {@code name} equal to {@code value}. */
    public LatexOptions withBinding(String name, long value) {
        Map<String, Long> b = new HashMap<>(bindings);
        b.put(key(name), value);
        return new LatexOptions(functions, b, names, complex);
    }

    /**
     * These options with the run of letters {@code word} read as one name ({@code net} in
     * {@code net_1}); {@code "e"} makes e a variable rather than Euler's number, {@code "i"} makes i
     * one rather than the imaginary unit.
     */
    public LatexOptions withName(String word) {
        Set<String> n = new HashSet<>(names);
        n.add(word);
        return new LatexOptions(functions, bindings, n, complex);
    }

    /** These options with the letters {@code variables} complex. */
    public LatexOptions withComplex(Set<String> variables) {
        Set<String> c = new HashSet<>(complex);
        c.addAll(variables);
        return new LatexOptions(functions, bindings, names, c);
    }

    /** Whether letters written together are one name: compared ignoring case. */
    boolean isName(String run) {
        return names.contains(run.toLowerCase(Locale.ROOT));
    }

    /** The function a command or single letter names ({@code "delta"} for {@code \delta}). */
    Optional<String> commandFunction(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /** The function a word names, compared ignoring case and everything but letters and digits. */
    Optional<String> wordFunction(String word) {
        String w = normalized(word);
        return functions.entrySet().stream().filter(e -> normalized(e.getKey()).equals(w))
                .map(Map.Entry::getValue).sorted().findFirst();
    }

    OptionalLong binding(String name) {
        Long v = bindings.get(name);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Lower-case letters and digits only: {@code Leaky-ReLU} is {@code leakyrelu}. */
    static String normalized(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String key(String name) {
        String k = name.strip();
        return k.startsWith("\\") ? k.substring(1) : k;
    }
}

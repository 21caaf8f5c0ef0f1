package dev.gradus.proofs.catalogue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Named abbreviations ("let o3 = f(s3)") expanded in expression-language text: every identifier
 * that names a definition is replaced by its (expanded) body in parentheses. Names are compared
 * ignoring case, as Symja does for multi-letter symbols. A definition that refers to itself,
 * directly or not, is an error rather than an endless expansion.
 */
final class Macros {
    private static final int MAX_DEPTH = 200;

    private final Map<String, String> bodies = new HashMap<>();

    void define(String name, String body) {
        bodies.put(name.toLowerCase(Locale.ROOT), body);
    }

    boolean isEmpty() {
        return bodies.isEmpty();
    }

    String expand(String text) {
        return expand(text, 0);
    }

    private String expand(String text, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the definitions refer to each other in a circle");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String name = text.substring(i, end);
            String body = bodies.get(name.toLowerCase(Locale.ROOT));
            out.append(body == null ? name : "(" + expand(body, depth + 1) + ")");
            i = end;
        }
        return out.toString();
    }
}

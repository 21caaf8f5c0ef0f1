package dev.gradus.proofs;

import java.util.List;

/**
 * A definition made earlier in a document, which later steps use: {@code z = w x + b} (a name),
 * {@code f(x) = x^2 + 1} (a function of its parameters). Written in the document's notation.
 *
 * @param name       the name defined
 * @param parameters a function's parameters, none for a name
 * @param body       what it stands for, as written
 */
public record Definition(String name, List<String> parameters, String body) {
    public Definition {
        parameters = List.copyOf(parameters);
    }

    @Override
    public String toString() {
        return name + (parameters.isEmpty() ? "" : "(" + String.join(", ", parameters) + ")") + " = " + body;
    }
}

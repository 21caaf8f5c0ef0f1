package dev.gradus.autodiff.functions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole table: every unary and binary entry, and lookup by name or alias. */
public final class ElementaryFunctions {
    private static final List<ElementaryFunction> ALL;
    private static final Map<String, ElementaryFunction> BY_NAME;

    static {
        List<ElementaryFunction> all = new ArrayList<>(List.of(UnaryFunction.values()));
        all.addAll(List.of(BinaryFunction.values()));
        ALL = Collections.unmodifiableList(all);
        Map<String, ElementaryFunction> byName = new LinkedHashMap<>();
        for (ElementaryFunction f : ALL) {
            byName.put(f.symbol(), f);
            f.aliases().forEach(alias -> byName.put(alias, f));
        }
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private ElementaryFunctions() {}

    /** Every entry, unary ones first, in declaration order. */
    public static List<ElementaryFunction> all() {
        return ALL;
    }

    /** The entry with this symbol or alias (case-sensitive, as in the expression language). */
    public static Optional<ElementaryFunction> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}

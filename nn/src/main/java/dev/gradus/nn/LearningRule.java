package dev.gradus.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The learning rules by name, each making a fresh optimizer with its defaults. */
public enum LearningRule {
    SGD("sgd", GradientDescent::new),
    MOMENTUM("momentum", Momentum::new),
    VARIO_ETA("vario-eta", VarioEta::new),
    ADAM("adam", Adam::new);

    private final String label;
    private final Supplier<Optimizer> maker;

    LearningRule(String label, Supplier<Optimizer> maker) {
        this.label = label;
        this.maker = maker;
    }

    public String label() {
        return label;
    }

    /** A new optimizer (with fresh state) of this rule. */
    public Optimizer create() {
        return maker.get();
    }

    public static Optional<LearningRule> named(String name) {
        return Arrays.stream(values()).filter(r -> r.label.equals(name)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(LearningRule::label).toList();
    }
}

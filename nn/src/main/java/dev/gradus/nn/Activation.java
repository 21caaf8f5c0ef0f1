package dev.gradus.nn;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a hidden layer does to its pre-activations z: a function of the table applied to each
 * element, a table function with a fixed parameter, or one of the activations that need more than
 * a function of one value (a learned slope, random slopes, several affine pieces per unit).
 *
 * <p>Each has a {@link #name()} that {@link #parse} reads back: the name given to {@code gradus
 * train --activation} and stored in a saved network.
 */
public sealed interface Activation {
    /** The name as written and saved, e.g. "tanh", "prelu", "maxout:3". */
    String name();

    /** How many affine maps feed each unit: k for maxout, else 1 (the layer has k times the weights). */
    default int pieces() {
        return 1;
    }

    /** A function of the table applied to every element (sigmoid, tanh, softsign, hardtanh, relu, selu, softplus, ...). */
    record Table(UnaryFunction function) implements Activation {
        @Override
        public String name() {
            return function.symbol();
        }
    }

    /** A two-argument function of the table with its parameter fixed: leaky relu's slope, elu's alpha, swish's beta. */
    record Fixed(String name, BinaryFunction function, double parameter) implements Activation {}

    /**
     * Parametric relu (He et al. 2015): z for z > 0, a_j z otherwise, with a slope a_j learned for
     * each unit j of the layer (not one per layer), starting at {@code initialSlope}. The slopes are
     * a {@link Parameter} that L2 does not decay (decaying them would pull prelu towards relu).
     */
    record PRelu(double initialSlope) implements Activation {
        @Override
        public String name() {
            return "prelu";
        }
    }

    /**
     * Randomized leaky relu (Xu et al. 2015): in training, z for z >= 0 and a z otherwise with a
     * drawn from U(lower, upper) afresh for every sample and unit; in evaluation the mean slope
     * (lower + upper) / 2.
     */
    record RandomizedLeakyRelu(double lower, double upper) implements Activation {
        public RandomizedLeakyRelu {
            if (!(0 <= lower && lower <= upper && upper <= 1)) {
                throw new IllegalArgumentException("rrelu needs 0 <= lower <= upper <= 1, not " + lower + " and " + upper);
            }
        }

        @Override
        public String name() {
            return lower == RRELU.lower && upper == RRELU.upper ? "rrelu" : "rrelu:" + lower + "," + upper;
        }
    }

    /** Maxout (Goodfellow et al. 2013): each unit is the largest of k affine maps of the layer's input. */
    record Maxout(int pieces) implements Activation {
        public Maxout {
            if (pieces < 1) {
                throw new IllegalArgumentException("maxout needs at least one piece, not " + pieces);
            }
        }

        @Override
        public String name() {
            return "maxout:" + pieces;
        }
    }

    /** Leaky relu with the table's slope 1/100 (BinaryFunction.LEAKY_RELU_SLOPE). */
    Activation LEAKY_RELU = new Fixed("leakyrelu", BinaryFunction.PRELU, 0.01);
    /** elu with alpha = 1, as the expression language's elu(x) (then elu is differentiable at 0). */
    Activation ELU = new Fixed("elu", BinaryFunction.ELU, 1.0);
    /** swish with beta = 1: z sigmoid(z). */
    Activation SWISH = new Fixed("swish", BinaryFunction.SWISH, 1.0);
    /** He et al.'s starting slope. */
    Activation PRELU = new PRelu(0.25);
    /** Xu et al.'s U(3, 8) for 1/a, as slopes: from 1/8 to 1/3. */
    RandomizedLeakyRelu RRELU = new RandomizedLeakyRelu(1.0 / 8, 1.0 / 3);
    /** The number of pieces of {@code maxout} without one. */
    int DEFAULT_PIECES = 2;

    static Activation of(UnaryFunction function) {
        return new Table(function);
    }

    /**
     * The activation with this name: a one-argument function of the table, leakyrelu, elu, swish,
     * prelu, rrelu (or rrelu:LOWER,UPPER), maxout (or maxout:K).
     *
     * @throws IllegalArgumentException naming the known activations
     */
    static Activation parse(String name) {
        String[] parts = name.split(":", 2);
        String base = parts[0].toLowerCase(Locale.ROOT);
        String argument = parts.length > 1 ? parts[1] : null;
        try {
            Activation a = switch (base) {
                case "leakyrelu" -> LEAKY_RELU;
                case "elu" -> ELU;
                case "swish" -> SWISH;
                case "prelu" -> PRELU;
                case "rrelu" -> argument == null ? RRELU : rrelu(argument);
                case "maxout" -> new Maxout(argument == null ? DEFAULT_PIECES : Integer.parseInt(argument.trim()));
                default -> ElementaryFunctions.byName(base).filter(UnaryFunction.class::isInstance)
                        .map(f -> (Activation) of((UnaryFunction) f)).orElse(null);
            };
            if (a != null && (argument == null || base.equals("rrelu") || base.equals("maxout"))) {
                return a;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("activation '" + name + "': " + argument + " is not a number");
        }
        throw new IllegalArgumentException("unknown activation '" + name + "': one of " + String.join(", ", names()));
    }

    private static Activation rrelu(String bounds) {
        String[] lu = bounds.split(",");
        if (lu.length != 2) {
            throw new IllegalArgumentException("rrelu's bounds are written rrelu:LOWER,UPPER, not rrelu:" + bounds);
        }
        return new RandomizedLeakyRelu(Double.parseDouble(lu[0].trim()), Double.parseDouble(lu[1].trim()));
    }

    /** Every name {@link #parse} knows (the table's one-argument functions first). */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (UnaryFunction f : UnaryFunction.values()) {
            names.add(f.symbol());
        }
        names.addAll(List.of("leakyrelu", "elu", "swish", "prelu", "rrelu", "rrelu:LOWER,UPPER", "maxout", "maxout:K"));
        return names;
    }
}

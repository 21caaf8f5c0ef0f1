package dev.gradus.autodiff.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The result of a gradient check: one row per input, and the overall outcome (the worst row's).
 * {@link #toString()} prints it as a table a person can act on.
 *
 * @param method     how the numeric values were computed
 * @param point      the inputs x_i
 * @param value      f at the point
 * @param inputs     one row per input, in order
 * @param tolerances the tolerances the rows were judged with
 */
public record GradientReport(NumericMethod method, double[] point, double value, List<InputCheck> inputs,
                             Tolerances tolerances) {

    /** Copies the point and the rows: the record is immutable. */
    public GradientReport {
        point = point.clone();
        inputs = List.copyOf(inputs);
    }

    /** The inputs x_i, as a new array. */
    @Override
    public double[] point() {
        return point.clone();
    }

    /** The worst outcome over all inputs. */
    public Outcome outcome() {
        return inputs.stream().map(InputCheck::outcome).max(Comparator.naturalOrder()).orElse(Outcome.OK);
    }

    /** True when no partial derivative is a {@link Outcome#MISMATCH}. */
    public boolean passed() {
        return outcome() != Outcome.MISMATCH;
    }

    /** The rows with the given outcome. */
    public List<InputCheck> withOutcome(Outcome outcome) {
        return inputs.stream().filter(c -> c.outcome() == outcome).toList();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        List<String> coordinates = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            coordinates.add(inputs.get(i).name() + " = " + point[i]);
        }
        s.append(String.format(Locale.ROOT, "gradient check at (%s), f = %s: %s%n",
                String.join(", ", coordinates), value, outcome()));
        int width = Math.max(5, inputs.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        String row = "  %-" + width + "s  %24s  %24s  %10s  %s%n";
        s.append(String.format(Locale.ROOT, row, "input", "analytic", method, "rel. error", "outcome"));
        for (InputCheck c : inputs) {
            s.append(String.format(Locale.ROOT, row, c.name(), c.analytic(), c.numeric(),
                    String.format(Locale.ROOT, "%.1e", c.relativeError()), c.outcome()));
        }
        for (InputCheck c : inputs) {
            if (!c.note().isEmpty()) {
                s.append("  ").append(c.name()).append(": ").append(c.note()).append(System.lineSeparator());
            }
        }
        s.append(String.format(Locale.ROOT, "  tolerances: relative %.1e, absolute %.1e",
                tolerances.relative(), tolerances.absolute()));
        if (method == NumericMethod.CENTRAL_DIFFERENCE) {
            s.append(String.format(Locale.ROOT, "; step %.2e * max(|x|, 1)", tolerances.relativeStep()));
        }
        return s.toString();
    }
}

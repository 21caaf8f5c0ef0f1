package dev.gradus.autodiff.check;

import dev.gradus.autodiff.complex.Complex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The result of a complex gradient check: one row per complex variable, and the worst outcome.
 *
 * @param claim      what was checked: the tape's Wirtinger pairs, or that f is holomorphic
 * @param point      the variables z_i
 * @param value      f at the point
 * @param inputs     one row per variable, in order
 * @param tolerances the tolerances the rows were judged with
 */
public record ComplexGradientReport(String claim, Complex[] point, Complex value, List<ComplexInputCheck> inputs,
                                    Tolerances tolerances) {

    /** Copies the point and the rows: the record is immutable. */
    public ComplexGradientReport {
        point = point.clone();
        inputs = List.copyOf(inputs);
    }

    /** The variables z_i, as a new array. */
    @Override
    public Complex[] point() {
        return point.clone();
    }

    /** The worst outcome over all variables. */
    public Outcome outcome() {
        return inputs.stream().map(ComplexInputCheck::outcome).max(Comparator.naturalOrder()).orElse(Outcome.OK);
    }

    /** True when no variable is a {@link Outcome#MISMATCH}. */
    public boolean passed() {
        return outcome() != Outcome.MISMATCH;
    }

    @Override
    public String toString() {
        List<String> coordinates = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            coordinates.add(inputs.get(i).name() + " = " + point[i]);
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s at (%s), f = %s: %s%n",
                claim, String.join(", ", coordinates), value, outcome()));
        for (ComplexInputCheck c : inputs) {
            s.append(String.format(Locale.ROOT, "  %s: %s, rel. error %.1e%n", c.name(), c.outcome(), c.relativeError()));
            s.append(String.format(Locale.ROOT, "    d/dz     analytic %-44s numeric %s%n", c.analytic().dz(), c.numeric().dz()));
            s.append(String.format(Locale.ROOT, "    d/dzbar  analytic %-44s numeric %s%n", c.analytic().dzbar(), c.numeric().dzbar()));
            if (!c.note().isEmpty()) {
                s.append("    ").append(c.note()).append(System.lineSeparator());
            }
        }
        s.append(String.format(Locale.ROOT, "  tolerances: relative %.1e, absolute %.1e, on each of d/dx and d/dy of Re f and Im f",
                tolerances.relative(), tolerances.absolute()));
        return s.toString();
    }
}

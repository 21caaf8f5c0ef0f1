package dev.gradus.autodiff.check;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexFunction;
import dev.gradus.autodiff.complex.ComplexGradient;
import dev.gradus.autodiff.complex.ComplexGradients;
import dev.gradus.autodiff.complex.Wirtinger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Checks Wirtinger derivatives against finite differences. A function of n complex variables is
 * two real functions (Re f, Im f) of 2n real ones (x_k, y_k); each of their partials is checked by
 * {@link GradientCheck} (central differences, kinks, convergence), and the numeric partials are
 * recombined into pairs: d/dz = (f_x - i f_y)/2, d/dzbar = (f_x + i f_y)/2.
 *
 * <p>{@link #check} holds the tape's pairs to the numbers; {@link #checkHolomorphic} holds the
 * claim that f is holomorphic (the Cauchy-Riemann equations, d/dzbar = 0) to them.
 */
public final class ComplexGradientCheck {
    private static final List<String> PARTIAL_NAMES = List.of("d(Re f)/dx", "d(Re f)/dy", "d(Im f)/dx", "d(Im f)/dy");

    private final GradientCheck real;
    private final List<String> names;

    private ComplexGradientCheck(GradientCheck real, List<String> names) {
        this.real = real;
        this.names = names;
    }

    /** The defaults of {@link Tolerances#DEFAULT}. */
    public static ComplexGradientCheck withDefaults() {
        return new ComplexGradientCheck(GradientCheck.withDefaults(), List.of());
    }

    /** A copy that judges with {@code tolerances}. */
    public ComplexGradientCheck withTolerances(Tolerances tolerances) {
        return new ComplexGradientCheck(real.withTolerances(tolerances), names);
    }

    /** Names for the variables in reports; unnamed ones are z[i]. */
    public ComplexGradientCheck names(String... names) {
        return new ComplexGradientCheck(real, List.of(names));
    }

    /** The tape's Wirtinger pairs of f at z against finite differences. */
    public ComplexGradientReport check(ComplexFunction f, Complex... z) {
        return compare("Wirtinger check", f, z, UnaryOperator.identity());
    }

    /** The claim that f is holomorphic at z in every variable: d/dzbar = 0 (with the tape's d/dz). */
    public ComplexGradientReport checkHolomorphic(ComplexFunction f, Complex... z) {
        return compare("Cauchy-Riemann check (d/dzbar = 0)", f, z, w -> new Wirtinger(w.dz(), Complex.ZERO));
    }

    private ComplexGradientReport compare(String claim, ComplexFunction f, Complex[] z, UnaryOperator<Wirtinger> claimOf) {
        ComplexGradients gradients = ComplexGradients.of(f);
        ComplexGradient g = gradients.at(z);
        List<Wirtinger> claimed = g.pairs().stream().map(claimOf).toList();
        double[] point = new double[2 * z.length];
        for (int k = 0; k < z.length; k++) {
            point[2 * k] = z[k].re();
            point[2 * k + 1] = z[k].im();
        }
        // The partials of Re f and Im f along x_k and y_k that the claimed pairs imply.
        double[] reGradient = new double[point.length];
        double[] imGradient = new double[point.length];
        for (int k = 0; k < z.length; k++) {
            Complex fx = claimed.get(k).dx();
            Complex fy = claimed.get(k).dy();
            reGradient[2 * k] = fx.re();
            imGradient[2 * k] = fx.im();
            reGradient[2 * k + 1] = fy.re();
            imGradient[2 * k + 1] = fy.im();
        }
        if (!Double.isFinite(g.value().re()) || !Double.isFinite(g.value().im())) {
            return undefined(claim, z, g, claimed);
        }
        ToDoubleFunction<double[]> reF = v -> gradients.valueAt(complexPoint(v)).re();
        ToDoubleFunction<double[]> imF = v -> gradients.valueAt(complexPoint(v)).im();
        double[] componentwise = new double[point.length];
        GradientReport reReport = real.check(reF, reGradient, point, componentwise);
        GradientReport imReport = real.check(imF, imGradient, point, componentwise);
        if (reReport.outcome() != Outcome.OK || imReport.outcome() != Outcome.OK) {
            // Judge each real partial on the scale of its variable's whole numeric derivative: an
            // error of 1e-9 in a component that happens to be near 0 is no error when the
            // derivative is 100. The scale comes from the numbers, never from the claim, so that a
            // huge wrong claim cannot loosen the test.
            double[] scales = numericScales(reReport, imReport, z.length);
            reReport = real.check(reF, reGradient, point, scales);
            imReport = real.check(imF, imGradient, point, scales);
        }
        List<ComplexInputCheck> rows = new ArrayList<>();
        for (int k = 0; k < z.length; k++) {
            List<InputCheck> parts = List.of(reReport.inputs().get(2 * k), reReport.inputs().get(2 * k + 1),
                    imReport.inputs().get(2 * k), imReport.inputs().get(2 * k + 1));
            Complex fx = new Complex(parts.get(0).numeric(), parts.get(2).numeric());
            Complex fy = new Complex(parts.get(1).numeric(), parts.get(3).numeric());
            Complex minusIfy = new Complex(fy.im(), -fy.re());
            Wirtinger numeric = new Wirtinger(fx.plus(minusIfy).times(0.5), fx.minus(minusIfy).times(0.5));
            Outcome outcome = parts.stream().map(InputCheck::outcome).max(Comparator.naturalOrder()).orElseThrow();
            double error = parts.stream().mapToDouble(InputCheck::relativeError).max().orElseThrow();
            List<String> notes = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                if (!parts.get(p).note().isEmpty()) {
                    notes.add(PARTIAL_NAMES.get(p) + ": " + parts.get(p).note());
                }
            }
            String note = String.join("; ", notes);
            rows.add(new ComplexInputCheck(name(k), claimed.get(k), numeric, error, outcome, note));
        }
        return new ComplexGradientReport(claim, z, g.value(), rows, real.tolerances());
    }

    /**
     * |df/dx| + |df/dy| of each variable from the numeric partials that converged (OK or
     * MISMATCH rows; near a kink or inconclusive the numbers mean nothing), repeated for its x and
     * y coordinates.
     */
    private static double[] numericScales(GradientReport reReport, GradientReport imReport, int variables) {
        double[] scales = new double[2 * variables];
        for (int k = 0; k < variables; k++) {
            double sum = 0;
            for (int c = 2 * k; c <= 2 * k + 1; c++) {
                sum += Math.hypot(converged(reReport.inputs().get(c)), converged(imReport.inputs().get(c)));
            }
            scales[2 * k] = Double.isFinite(sum) ? sum : 0;
            scales[2 * k + 1] = scales[2 * k];
        }
        return scales;
    }

    private static double converged(InputCheck row) {
        return row.outcome() == Outcome.OK || row.outcome() == Outcome.MISMATCH ? row.numeric() : 0;
    }

    private ComplexGradientReport undefined(String claim, Complex[] z, ComplexGradient g, List<Wirtinger> claimed) {
        Wirtinger nothing = new Wirtinger(new Complex(Double.NaN, Double.NaN), new Complex(Double.NaN, Double.NaN));
        List<ComplexInputCheck> rows = new ArrayList<>();
        for (int k = 0; k < z.length; k++) {
            rows.add(new ComplexInputCheck(name(k), claimed.get(k), nothing, Double.NaN, Outcome.INCONCLUSIVE,
                    "f is not finite here"));
        }
        return new ComplexGradientReport(claim, z, g.value(), rows, real.tolerances());
    }

    private static Complex[] complexPoint(double[] v) {
        Complex[] z = new Complex[v.length / 2];
        for (int k = 0; k < z.length; k++) {
            z[k] = new Complex(v[2 * k], v[2 * k + 1]);
        }
        return z;
    }

    private String name(int k) {
        return k < names.size() ? names.get(k) : "z[" + k + "]";
    }
}

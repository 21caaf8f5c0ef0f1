package dev.gradus.cli;

import dev.gradus.proofs.calculus.RealHessian;
import java.util.List;
import java.util.Locale;

/** The plain-text form of {@code grad --hessian}: the three Hessians one under the other, rows labelled by variable. */
final class HessianTable {
    private HessianTable() {}

    static String text(RealHessian h) {
        StringBuilder out = new StringBuilder();
        List<String> names = h.variables();
        out.append("f = ").append(h.expression()).append(" at ");
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ").append(h.point()[i]);
        }
        out.append(String.format(Locale.ROOT, "%nvalue %.17g%n", h.value()));
        block(out, "Hessian (second-order tape)", names, h.tape());
        block(out, "central differences of the tape's gradient", names, h.finiteDifference());
        block(out, "symbolic (Symja's D(f, x_i, x_j))", names, h.symbolic());
        out.append(String.format(Locale.ROOT, "max relative error of the tape: %.1e; asymmetry max |H_ij - H_ji| = %.1e",
                h.maxRelError(), h.asymmetry()));
        return out.toString();
    }

    private static void block(StringBuilder out, String title, List<String> names, double[][] m) {
        out.append(title).append('\n');
        out.append(String.format(Locale.ROOT, "  %-8s", ""));
        for (String n : names) {
            out.append(String.format(Locale.ROOT, " %24s", "d/d" + n));
        }
        out.append('\n');
        for (int i = 0; i < names.size(); i++) {
            out.append(String.format(Locale.ROOT, "  %-8s", "d/d" + names.get(i)));
            for (double x : m[i]) {
                out.append(String.format(Locale.ROOT, " %24.17g", x));
            }
            out.append('\n');
        }
    }
}

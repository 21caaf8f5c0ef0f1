package dev.gradus.autodiff.complex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code ComplexGradients.of(f).at(z, w)}: the value of f and its Wirtinger pairs with respect to
 * each complex variable, on one reused complex tape (not thread-safe).
 */
public final class ComplexGradients {
    private final ComplexFunction f;
    private final ComplexTape tape = new ComplexTape();

    private ComplexGradients(ComplexFunction f) {
        this.f = f;
    }

    /** The differentiator of f, with a tape of its own. */
    public static ComplexGradients of(ComplexFunction f) {
        return new ComplexGradients(Objects.requireNonNull(f, "f"));
    }

    /** f at z and its Wirtinger pairs (df/dz_i, df/dzbar_i), one per variable. */
    public ComplexGradient at(Complex... z) {
        tape.reset();
        int[] vars = tape.variables(z);
        int out = f.apply(tape, vars);
        List<Wirtinger> pairs = new ArrayList<>(List.of(tape.wirtinger(out, vars)));
        return new ComplexGradient(tape.value(out), tape.isRealValued(out), pairs);
    }

    /** f at z only, without recording derivatives. */
    public Complex valueAt(Complex... z) {
        tape.reset();
        int[] vars = tape.variables(z);
        try (ComplexTape.Scope noGrad = tape.noGrad()) {
            return tape.value(f.apply(tape, vars));
        }
    }
}

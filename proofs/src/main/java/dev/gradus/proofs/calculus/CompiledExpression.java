package dev.gradus.proofs.calculus;

import dev.gradus.autodiff.ScalarFunction;
import dev.gradus.autodiff.complex.ComplexFunction;
import java.util.List;

/**
 * An expression of the language compiled for the tapes: {@link #real()} runs it on the real tape
 * (or any {@code ScalarOps}), {@link #complex()} on the complex tape, each over the variables in
 * the order of {@link #variables()}.
 */
public final class CompiledExpression {
    private final TapeNode root;
    private final List<String> variables;
    private final boolean complexOnly;

    CompiledExpression(TapeNode root, List<String> variables, boolean complexOnly) {
        this.root = root;
        this.variables = List.copyOf(variables);
        this.complexOnly = complexOnly;
    }

    public List<String> variables() {
        return variables;
    }

    /** Whether the expression needs complex numbers (it contains I). */
    public boolean isComplexOnly() {
        return complexOnly;
    }

    /** The expression as a real function; not available when it contains I. */
    public ScalarFunction real() {
        if (complexOnly) {
            throw new IllegalStateException("the expression contains the imaginary unit I: evaluate it as complex");
        }
        return root::real;
    }

    public ComplexFunction complex() {
        return root::complex;
    }
}

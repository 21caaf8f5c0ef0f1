package dev.gradus.testkit;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;

/** The non-holomorphic primitives of the complex tape, as values for generated expressions. */
public enum ComplexPart {
    /** conj(z). */
    CONJ("conj"),
    /** Re z, as a complex number with imaginary part 0. */
    RE("re"),
    /** Im z, as a complex number with imaginary part 0. */
    IM("im"),
    /** |z|. */
    ABS("abs"),
    /** |z|^2. */
    ABS2("abs2");

    private final String symbol;

    ComplexPart(String symbol) {
        this.symbol = symbol;
    }

    /** The name in formulas, which is also the name of the complex tape's method. */
    public String symbol() {
        return symbol;
    }

    /** Records the operation on the tape. */
    public int apply(ComplexTape t, int node) {
        return switch (this) {
            case CONJ -> t.conj(node);
            case RE -> t.re(node);
            case IM -> t.im(node);
            case ABS -> t.abs(node);
            case ABS2 -> t.abs2(node);
        };
    }

    /** The value, in plain complex arithmetic. */
    public Complex value(Complex z) {
        return switch (this) {
            case CONJ -> z.conjugate();
            case RE -> Complex.real(z.re());
            case IM -> Complex.real(z.im());
            case ABS -> Complex.real(z.abs());
            case ABS2 -> Complex.real(z.re() * z.re() + z.im() * z.im());
        };
    }
}

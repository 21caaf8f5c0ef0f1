package dev.gradus.testkit;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;

/** The non-holomorphic primitives of the complex tape, as values for generated expressions. */
public enum ComplexPart {
    CONJ("conj"), RE("re"), IM("im"), ABS("abs"), ABS2("abs2");

    private final String symbol;

    ComplexPart(String symbol) {
        this.symbol = symbol;
    }

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

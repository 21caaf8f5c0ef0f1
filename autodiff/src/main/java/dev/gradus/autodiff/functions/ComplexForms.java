package dev.gradus.autodiff.functions;

import dev.gradus.autodiff.complex.Complex;

/** Complex versions of the stable formulas in {@link StableMath}, branching on the real part. */
final class ComplexForms {
    private ComplexForms() {}

    static Complex sigmoid(Complex z) {
        if (z.re() >= 0) {
            return z.negate().exp().plus(1).reciprocal();
        }
        Complex e = z.exp();
        return e.dividedBy(e.plus(1));
    }

    static Complex softplus(Complex z) {
        if (z.re() >= 0) {
            return z.plus(z.negate().exp().log1p());
        }
        return z.exp().log1p();
    }

    static Complex logAddExp(Complex a, Complex b) {
        Complex max = a.re() >= b.re() ? a : b;
        Complex min = a.re() >= b.re() ? b : a;
        return max.plus(min.minus(max).exp().log1p());
    }

    /** d/da a sigmoid(b a) = s + a b s (1 - s), s = sigmoid(b a). */
    static Complex swishPartialA(Complex a, Complex b) {
        Complex ba = b.times(a);
        Complex s = sigmoid(ba);
        return s.plus(ba.times(s).times(Complex.ONE.minus(s)));
    }

    /** d/db a sigmoid(b a) = a^2 s (1 - s). */
    static Complex swishPartialB(Complex a, Complex b) {
        Complex s = sigmoid(b.times(a));
        return a.times(a).times(s).times(Complex.ONE.minus(s));
    }
}

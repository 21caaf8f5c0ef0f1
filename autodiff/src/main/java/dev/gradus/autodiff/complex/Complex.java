package dev.gradus.autodiff.complex;

/**
 * An immutable complex number in double precision.
 *
 * <p>The elementary functions use the principal branch (log, sqrt, non-integer powers) and are
 * written so that a tiny imaginary part survives: sin(x + ih) has imaginary part exactly
 * cos(x) sinh(h), which is what the complex-step derivative relies on. Integer powers use
 * repeated multiplication for the same reason: exp(n log z) would add rounding noise of order
 * 1e-16 to the imaginary part of a negative real base.
 *
 * @param re the real part
 * @param im the imaginary part
 */
public record Complex(double re, double im) {
    /** 0. */
    public static final Complex ZERO = new Complex(0, 0);
    /** 1. */
    public static final Complex ONE = new Complex(1, 0);
    /** The imaginary unit i. */
    public static final Complex I = new Complex(0, 1);

    /** The real number x, with imaginary part 0. */
    public static Complex real(double x) {
        return new Complex(x, 0);
    }

    /** Whether the imaginary part is 0. */
    public boolean isReal() {
        return im == 0;
    }

    /** z + w. */
    public Complex plus(Complex w) {
        return new Complex(re + w.re, im + w.im);
    }

    /** z + x for a real x. */
    public Complex plus(double x) {
        return new Complex(re + x, im);
    }

    /** z - w. */
    public Complex minus(Complex w) {
        return new Complex(re - w.re, im - w.im);
    }

    /** z w. */
    public Complex times(Complex w) {
        return new Complex(re * w.re - im * w.im, re * w.im + im * w.re);
    }

    /** x z for a real x. */
    public Complex times(double x) {
        return new Complex(re * x, im * x);
    }

    /** z / w, by Smith's method, which avoids overflow in |w|^2. */
    public Complex dividedBy(Complex w) {
        if (Math.abs(w.re) >= Math.abs(w.im)) {
            double r = w.im / w.re;
            double d = w.re + w.im * r;
            return new Complex((re + im * r) / d, (im - re * r) / d);
        }
        double r = w.re / w.im;
        double d = w.re * r + w.im;
        return new Complex((re * r + im) / d, (im * r - re) / d);
    }

    /** 1/z. */
    public Complex reciprocal() {
        return ONE.dividedBy(this);
    }

    /** -z. */
    public Complex negate() {
        return new Complex(-re, -im);
    }

    /** conj(z) = x - iy. */
    public Complex conjugate() {
        return new Complex(re, -im);
    }

    /** |z|, without overflow. */
    public double abs() {
        return Math.hypot(re, im);
    }

    /** The principal argument, in (-pi, pi]. */
    public double arg() {
        return Math.atan2(im, re);
    }

    /** e^z = e^x (cos y + i sin y). */
    public Complex exp() {
        double m = Math.exp(re);
        return new Complex(m * Math.cos(im), m * Math.sin(im));
    }

    /** exp(z) - 1, accurate near z = 0 (the real part uses expm1 and cos(y) - 1 = -2 sin^2(y/2)). */
    public Complex expm1() {
        double s = Math.sin(im / 2);
        double cosMinusOne = -2 * s * s;
        return new Complex(Math.expm1(re) * Math.cos(im) + cosMinusOne, Math.exp(re) * Math.sin(im));
    }

    /** The principal logarithm. */
    public Complex log() {
        return new Complex(Math.log(abs()), arg());
    }

    /** log(1 + z), accurate for small z. */
    public Complex log1p() {
        return new Complex(0.5 * Math.log1p(2 * re + re * re + im * im), Math.atan2(im, 1 + re));
    }

    /** sin z = sin x cosh y + i cos x sinh y. */
    public Complex sin() {
        return new Complex(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im));
    }

    /** cos z = cos x cosh y - i sin x sinh y. */
    public Complex cos() {
        return new Complex(Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im));
    }

    /** tan z = (sin 2x + i sinh 2y) / (cos 2x + cosh 2y). */
    public Complex tan() {
        if (Math.abs(im) > 20) {
            return new Complex(0, Math.signum(im)); // the denominator would overflow
        }
        double d = Math.cos(2 * re) + Math.cosh(2 * im);
        return new Complex(Math.sin(2 * re) / d, Math.sinh(2 * im) / d);
    }

    /** tanh z = (sinh 2x + i sin 2y) / (cosh 2x + cos 2y), switched to its asymptote for |x| > 20. */
    public Complex tanh() {
        if (Math.abs(re) > 20) {
            return new Complex(Math.signum(re), 2 * Math.sin(2 * im) * Math.exp(-2 * Math.abs(re)));
        }
        double d = Math.cosh(2 * re) + Math.cos(2 * im);
        return new Complex(Math.sinh(2 * re) / d, Math.sin(2 * im) / d);
    }

    /** The principal square root (branch cut on the negative real axis, Re sqrt >= 0). */
    public Complex sqrt() {
        if (re == 0 && im == 0) {
            return ZERO;
        }
        double t = Math.sqrt((abs() + Math.abs(re)) / 2);
        if (re >= 0) {
            return new Complex(t, im / (2 * t));
        }
        return new Complex(Math.abs(im) / (2 * t), Math.copySign(t, im));
    }

    /** z^n by repeated squaring (exact structure for tiny imaginary parts). */
    public Complex pow(int n) {
        Complex base = n < 0 ? reciprocal() : this;
        long k = Math.abs((long) n);
        Complex result = ONE;
        while (k > 0) {
            if ((k & 1) == 1) {
                result = result.times(base);
            }
            base = base.times(base);
            k >>= 1;
        }
        return result;
    }

    /** z^w: integer powers by multiplication, everything else as exp(w log z) on the principal branch. */
    public Complex pow(Complex w) {
        if (w.isReal() && w.re == Math.rint(w.re) && Math.abs(w.re) <= 1 << 20) {
            return pow((int) w.re);
        }
        if (re == 0 && im == 0) {
            return w.re > 0 ? ZERO : new Complex(Double.NaN, Double.NaN);
        }
        return w.times(log()).exp();
    }

    @Override
    public String toString() {
        if (im == 0) {
            return Double.toString(re);
        }
        return re + (im < 0 || Double.isNaN(im) ? " - " : " + ") + Math.abs(im) + "i";
    }
}

package dev.gradus.proofs.quick;

/**
 * num/den, two polynomials in a claim's atoms, never reduced by a common factor: a side written
 * as a fraction keeps every denominator it was built with, so that "num/den is this side" holds
 * at every point where the side is defined.
 */
record Fraction(Polynomial num, Polynomial den) {
    static Fraction of(Polynomial p) {
        return new Fraction(p, Polynomial.constant(Rational.ONE));
    }

    static Fraction constant(Rational c) {
        return of(Polynomial.constant(c));
    }

    Fraction plus(Fraction o) throws Unsupported {
        if (den.equals(o.den)) {
            return new Fraction(num.plus(o.num), den);
        }
        return new Fraction(num.times(o.den).plus(o.num.times(den)), den.times(o.den));
    }

    Fraction times(Fraction o) throws Unsupported {
        return new Fraction(num.times(o.num), den.times(o.den));
    }

    Fraction negate() {
        return new Fraction(num.scale(Rational.MINUS_ONE), den);
    }

    /** The constant this is, or null. */
    Rational constantValue() {
        Rational n = num.constantValue();
        Rational d = den.constantValue();
        return n == null || d == null ? null : n.times(d.inverse());
    }

    /** A text equal for equal fractions written alike: the denominator made monic, or 1 when constant. */
    String key() {
        Rational d = den.constantValue();
        if (d != null) {
            return num.scale(d.inverse()).toString();
        }
        Rational lead = den.terms().values().iterator().next();
        return "(" + num.scale(lead.inverse()) + ")/(" + den.scale(lead.inverse()) + ")";
    }
}

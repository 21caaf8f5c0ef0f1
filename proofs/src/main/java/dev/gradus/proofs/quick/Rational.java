package dev.gradus.proofs.quick;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact rational number in lowest terms, its denominator positive. */
record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {
    static final Rational ZERO = of(0);
    static final Rational ONE = of(1);
    static final Rational MINUS_ONE = of(-1);

    Rational {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
    }

    static Rational of(long n) {
        return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** A decimal such as 0.25 as the fraction it denotes exactly. */
    static Rational decimal(String digits) {
        BigDecimal d = new BigDecimal(digits);
        return d.scale() <= 0 ? new Rational(d.toBigIntegerExact(), BigInteger.ONE)
                : new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    Rational plus(Rational o) {
        return den.equals(o.den) ? new Rational(num.add(o.num), den)
                : new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rational times(Rational o) {
        return new Rational(num.multiply(o.num), den.multiply(o.den));
    }

    Rational negate() {
        return new Rational(num.negate(), den);
    }

    Rational inverse() {
        return new Rational(den, num);
    }

    Rational pow(int n) {
        return n >= 0 ? new Rational(num.pow(n), den.pow(n)) : inverse().pow(-n);
    }

    int signum() {
        return num.signum();
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    boolean isOne() {
        return num.equals(BigInteger.ONE) && den.equals(BigInteger.ONE);
    }

    boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    double toDouble() {
        return num.bitLength() < 1000 && den.bitLength() < 1000 ? num.doubleValue() / den.doubleValue()
                : new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }
}

package dev.gradus.proofs.quick;

import java.util.Map;
import java.util.TreeMap;

/**
 * A polynomial with rational coefficients in the atoms of one claim (variables, exponentials,
 * unknown functions, ...), its terms sorted so that equal polynomials print equally. Bounded:
 * a polynomial of more than {@link #MAX_TERMS} terms is {@link Unsupported} (Symja's business).
 */
final class Polynomial {
    static final int MAX_TERMS = 4000;

    private final TreeMap<Monomial, Rational> terms;

    private Polynomial(TreeMap<Monomial, Rational> terms) {
        this.terms = terms;
    }

    static Polynomial constant(Rational c) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        if (!c.isZero()) {
            t.put(Monomial.ONE, c);
        }
        return new Polynomial(t);
    }

    static Polynomial monomial(Monomial m) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        t.put(m, Rational.ONE);
        return new Polynomial(t);
    }

    Map<Monomial, Rational> terms() {
        return terms;
    }

    boolean isZero() {
        return terms.isEmpty();
    }

    /** The constant this is, or null. */
    Rational constantValue() {
        if (terms.isEmpty()) {
            return Rational.ZERO;
        }
        return terms.size() == 1 && terms.firstKey().isOne() ? terms.firstEntry().getValue() : null;
    }

    Polynomial plus(Polynomial o) throws Unsupported {
        TreeMap<Monomial, Rational> t = new TreeMap<>(terms);
        for (Map.Entry<Monomial, Rational> e : o.terms.entrySet()) {
            t.merge(e.getKey(), e.getValue(), (a, b) -> {
                Rational s = a.plus(b);
                return s.isZero() ? null : s;
            });
        }
        return bounded(t);
    }

    Polynomial times(Polynomial o) throws Unsupported {
        if ((long) terms.size() * o.terms.size() > 50L * MAX_TERMS) {
            throw new Unsupported("a product of more than " + 50L * MAX_TERMS + " terms");
        }
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        for (Map.Entry<Monomial, Rational> a : terms.entrySet()) {
            for (Map.Entry<Monomial, Rational> b : o.terms.entrySet()) {
                t.merge(a.getKey().times(b.getKey()), a.getValue().times(b.getValue()), (x, y) -> {
                    Rational s = x.plus(y);
                    return s.isZero() ? null : s;
                });
            }
        }
        return bounded(t);
    }

    /** This polynomial with atom^2 = -1 put in (the imaginary unit). */
    Polynomial withSquareMinusOne(int atom) throws Unsupported {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        boolean changed = false;
        for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
            int[] pairs = e.getKey().pairs();
            Rational c = e.getValue();
            int[] reduced = pairs;
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i] == atom && pairs[i + 1] >= 2) {
                    changed = true;
                    c = pairs[i + 1] / 2 % 2 == 1 ? c.negate() : c;
                    reduced = pairs[i + 1] % 2 == 1 ? withExponent(pairs, i, 1) : without(pairs, i);
                }
            }
            t.merge(new Monomial(reduced), c, (a, b) -> {
                Rational s = a.plus(b);
                return s.isZero() ? null : s;
            });
        }
        return changed ? bounded(t) : this;
    }

    private static int[] withExponent(int[] pairs, int at, int exponent) {
        int[] copy = pairs.clone();
        copy[at + 1] = exponent;
        return copy;
    }

    private static int[] without(int[] pairs, int at) {
        int[] copy = new int[pairs.length - 2];
        System.arraycopy(pairs, 0, copy, 0, at);
        System.arraycopy(pairs, at + 2, copy, at, pairs.length - at - 2);
        return copy;
    }

    Polynomial scale(Rational c) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        if (!c.isZero()) {
            terms.forEach((m, v) -> t.put(m, v.times(c)));
        }
        return new Polynomial(t);
    }

    /** This polynomial with its first coefficient 1 (so that P and 2P give the same condition P != 0). */
    Polynomial monic() {
        return terms.isEmpty() ? this : scale(terms.firstEntry().getValue().inverse());
    }

    private static Polynomial bounded(TreeMap<Monomial, Rational> t) throws Unsupported {
        if (t.size() > MAX_TERMS) {
            throw new Unsupported("a polynomial of more than " + MAX_TERMS + " terms");
        }
        return new Polynomial(t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        terms.forEach((m, c) -> s.append(s.length() == 0 ? "" : " + ").append(c).append(m.isOne() ? "" : "*" + m));
        return s.toString();
    }
}

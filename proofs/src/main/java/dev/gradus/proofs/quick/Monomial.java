package dev.gradus.proofs.quick;

import java.util.Arrays;

/**
 * A product of atoms with positive integer exponents: pairs (atom, exponent), sorted by atom. The
 * empty monomial is 1.
 */
record Monomial(int[] pairs) implements Comparable<Monomial> {
    static final Monomial ONE = new Monomial(new int[0]);

    static Monomial of(int atom, int exponent) {
        return new Monomial(new int[] {atom, exponent});
    }

    Monomial times(Monomial o) {
        int[] out = new int[pairs.length + o.pairs.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < pairs.length || j < o.pairs.length) {
            if (j >= o.pairs.length || i < pairs.length && pairs[i] < o.pairs[j]) {
                out[k++] = pairs[i++];
                out[k++] = pairs[i++];
            } else if (i >= pairs.length || o.pairs[j] < pairs[i]) {
                out[k++] = o.pairs[j++];
                out[k++] = o.pairs[j++];
            } else {
                out[k++] = pairs[i];
                out[k++] = Math.addExact(pairs[i + 1], o.pairs[j + 1]);
                i += 2;
                j += 2;
            }
        }
        return new Monomial(k == out.length ? out : Arrays.copyOf(out, k));
    }

    boolean isOne() {
        return pairs.length == 0;
    }

    int degree() {
        int d = 0;
        for (int i = 1; i < pairs.length; i += 2) {
            d += pairs[i];
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial m && Arrays.equals(pairs, m.pairs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pairs);
    }

    @Override
    public int compareTo(Monomial o) {
        return Arrays.compare(pairs, o.pairs);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            s.append(i == 0 ? "" : "*").append('a').append(pairs[i]);
            if (pairs[i + 1] != 1) {
                s.append('^').append(pairs[i + 1]);
            }
        }
        return s.length() == 0 ? "1" : s.toString();
    }
}

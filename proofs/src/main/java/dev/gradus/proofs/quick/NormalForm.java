package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Expr.Call;
import dev.gradus.proofs.quick.Expr.Constant;
import dev.gradus.proofs.quick.Expr.Num;
import dev.gradus.proofs.quick.Expr.Power;
import dev.gradus.proofs.quick.Expr.Product;
import dev.gradus.proofs.quick.Expr.Sum;
import dev.gradus.proofs.quick.Expr.Unknown;
import dev.gradus.proofs.quick.Expr.Var;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Smooth expressions (no Piecewise, no D) as {@link Fraction}s of polynomials in atoms: variables,
 * exp(m/L) for each monomial m of an exponent (so e^(x/2) e^(x/2) is e^x: one atom t = e^(x/2) and
 * its powers), and everything else (log(u), sin(u), roots, unknown functions f'(u)) as an atom of its
 * argument's normal form. Two sides are equal wherever both are defined when the cross product of
 * their fractions is the zero polynomial: treating atoms as independent proves no more than holds
 * for every value they take.
 *
 * <p>Each conversion also collects its side's domain conditions (a denominator that must not be 0,
 * a log's argument that must be positive, ...), leaving out those that hold everywhere (a sum of
 * positive terms: 1 + e^(-x)), so that the checker can tell when both sides have the same domain.
 */
final class NormalForm {
    /** The largest power of a sum this expands (beyond it, Symja). */
    private static final int MAX_EXPANDED_POWER = 40;
    private static final int MAX_EXP_MULTIPLE = 1000;

    /** The atoms of one claim, shared by its sides. */
    static final class Atoms {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Boolean> positive = new ArrayList<>();
        /** For each monomial of an exponent, the L of its atom exp(m/L). */
        private final Map<String, BigInteger> denominators = new HashMap<>();
        /** What the assumptions say of each variable (x > 4): where a condition holds everywhere. */
        private final Map<String, Cells.Bounds> bounds;
        /** The variable atoms, to their names. */
        private final Map<Integer, String> variables = new HashMap<>();
        /** The root atoms r = u^(1/q): q and u, so that r^q is u. */
        private final Map<Integer, Root> roots = new HashMap<>();
        /** The log atoms, to their arguments: e^(k log u) is u^k. */
        private final Map<Integer, Fraction> logs = new HashMap<>();
        /** The exponential atoms e^(m/L), to m/L: log of a product of them is a sum. */
        private final Map<Integer, Polynomial> exponents = new HashMap<>();

        Atoms(Map<String, Cells.Bounds> bounds) {
            this.bounds = Map.copyOf(bounds);
        }

        private boolean positiveVariable(String name) {
            Cells.Bounds b = bounds.get(name);
            return b != null && b.low() != null && (b.low().signum() > 0 || b.low().signum() == 0 && !b.lowIncluded());
        }

        int atom(String key, boolean isPositive) {
            return index.computeIfAbsent(key, k -> {
                positive.add(isPositive);
                return positive.size() - 1;
            });
        }

        boolean positive(int atom) {
            return positive.get(atom);
        }

        /** A fresh table with what was learnt about exponents: for a new attempt after a {@link Restart}. */
        Atoms again() {
            Atoms a = new Atoms(bounds);
            a.denominators.putAll(denominators);
            return a;
        }
    }

    /** A root atom's order q and radicand u. */
    private record Root(int order, Fraction radicand) {}

    /** An exponent needs a finer atom than the one chosen: the whole claim is converted again. */
    static final class Restart extends Exception {
        Restart() {
            super(null, null, false, false);
        }
    }

    private final Atoms atoms;
    private final Set<String> conditions = new TreeSet<>();
    /** Whether values may be complex: then nothing is positive, and I is an atom with I^2 = -1. */
    private final boolean complex;

    NormalForm(Atoms atoms, boolean complex) {
        this.atoms = atoms;
        this.complex = complex;
    }

    /** The domain conditions met so far that may fail somewhere. */
    Set<String> conditions() {
        return conditions;
    }

    Fraction of(Expr e) throws Unsupported, Restart {
        return rootsReduced(imaginaryReduced(node(e)));
    }

    /** v when f is a product of exponential atoms e^v (with coefficient 1 and over 1), else null. */
    private Polynomial exponentOf(Fraction f) throws Unsupported {
        if (complex || f.num().terms().size() != 1 || f.den().terms().size() != 1 || !f.den().terms().containsKey(Monomial.ONE)
                || !f.den().terms().get(Monomial.ONE).isOne() || !f.num().terms().values().iterator().next().isOne()) {
            return null;
        }
        int[] pairs = f.num().terms().keySet().iterator().next().pairs();
        Polynomial sum = Polynomial.constant(Rational.ZERO);
        for (int i = 0; i < pairs.length; i += 2) {
            Polynomial v = atoms.exponents.get(pairs[i]);
            if (v == null) {
                return null;
            }
            sum = sum.plus(v.scale(Rational.of(pairs[i + 1])));
        }
        return sum;
    }

    /** Whether two fractions are equal wherever both are defined: their cross difference is the zero polynomial. */
    boolean equal(Fraction l, Fraction r) throws Unsupported {
        Polynomial difference = l.num().times(r.den()).plus(r.num().times(l.den()).scale(Rational.MINUS_ONE));
        Fraction reduced = rootsReduced(Fraction.of(complex ? difference.withSquareMinusOne(atoms.atom("I", false)) : difference));
        return reduced.num().isZero();
    }

    private Fraction node(Expr e) throws Unsupported, Restart {
        if (e instanceof Num n) {
            return Fraction.constant(n.value());
        }
        if (e instanceof Var v) {
            Fraction x = atom("v:" + v.name(), atoms.positiveVariable(v.name()));
            atoms.variables.put(x.num().terms().keySet().iterator().next().pairs()[0], v.name());
            return x;
        }
        if (e instanceof Constant c) {
            return switch (c.name()) {
                case "E" -> exp(Expr.ONE);
                case "Pi" -> atom("Pi", true);
                case "I" -> atom("I", false);
                default -> Fraction.constant(Names.exactConstant(c.name()));
            };
        }
        if (e instanceof Sum s) {
            Fraction f = Fraction.constant(Rational.ZERO);
            for (Expr t : s.terms()) {
                f = imaginaryReduced(f.plus(of(t)));
            }
            return f;
        }
        if (e instanceof Product p) {
            Fraction f = Fraction.constant(Rational.ONE);
            for (Expr t : p.factors()) {
                f = imaginaryReduced(f.times(of(t)));
            }
            return f;
        }
        if (e instanceof Power p) {
            return imaginaryReduced(power(p));
        }
        if (e instanceof Unknown u) {
            return atom(u.name() + "'".repeat(u.order()) + "(" + of(u.arg()).key() + ")", false);
        }
        if (e instanceof Call c) {
            return call(c);
        }
        if (e instanceof Expr.Piecewise p) {
            return piecewise(p);
        }
        throw new Unsupported("no normal form for " + e);
    }

    /**
     * A Piecewise as one atom, a function of its branches and conditions: enough when both sides
     * have the same one (relu'(u) w on each side); a claim that needs the branches is proved cell
     * by cell ({@link Cells}).
     */
    private Fraction piecewise(Expr.Piecewise p) throws Unsupported, Restart {
        Expr branch = Cells.constantBranch(p);
        if (branch != null) {
            return of(branch);
        }
        StringBuilder key = new StringBuilder("pw{");
        for (Expr.Case c : p.cases()) {
            key.append(of(c.value()).key()).append(" if ");
            for (Expr.Comparison cmp : c.when().all()) {
                key.append(of(Expr.difference(cmp.left(), cmp.right())).key()).append(' ').append(cmp.op()).append(" 0; ");
            }
        }
        key.append("else ").append(of(p.otherwise()).key()).append('}');
        return atom(key.toString(), false);
    }

    private Fraction call(Call c) throws Unsupported, Restart {
        Expr u = c.args().get(0);
        switch (c.name()) {
            case "exp":
                return exp(u);
            case "log": {
                Fraction arg = of(u);
                if (arg.constantValue() != null && arg.constantValue().isOne()) {
                    return Fraction.constant(Rational.ZERO);
                }
                Polynomial exponent = exponentOf(arg);
                if (exponent != null) {
                    return Fraction.of(exponent);   // log(e^v) = v for every real v
                }
                require("log>0:" + arg.key(), positive(arg));
                Fraction log = atom("log(" + arg.key() + ")", false);
                atoms.logs.putIfAbsent(log.num().terms().keySet().iterator().next().pairs()[0], arg);
                return log;
            }
            case "sin":
            case "cos":
                return atom(c.name() + "(" + of(u).key() + ")", false);
            case "tan": {
                String key = of(u).key();
                require("cos!=0:" + key, false);
                return atom("tan(" + key + ")", false);
            }
            case "sqrt":
                return power(new Power(u, Expr.num(new Rational(BigInteger.ONE, BigInteger.TWO))));
            default:
                throw new Unsupported("no normal form for " + c.name());
        }
    }

    private Fraction power(Power p) throws Unsupported, Restart {
        Fraction base = of(p.base());
        if (p.exponent() instanceof Num n && n.value().isInteger() && n.value().num().bitLength() < 31) {
            int k = n.value().num().intValue();
            Fraction f = k < 0 ? inverse(base) : base;
            return integerPower(f, Math.abs(k));
        }
        if (p.exponent() instanceof Num n && n.value().isInteger()) {
            throw new Unsupported("a power beyond 2^31");
        }
        if (p.exponent() instanceof Num n) {
            // u^(p/q): the real root r = u^(1/q), defined where u >= 0, as an atom; then r^p
            require("root>=0:" + base.key(), positive(base));
            Fraction root = atom("root" + n.value().den() + "(" + base.key() + ")", positive(base));
            if (n.value().den().bitLength() < 31) {
                atoms.roots.putIfAbsent(root.num().terms().keySet().iterator().next().pairs()[0],
                        new Root(n.value().den().intValue(), base));
            }
            int k = n.value().num().intValueExact();
            return integerPower(k < 0 ? inverse(root) : root, Math.abs(k));
        }
        if (positive(base)) {
            // b^u = e^(u log b) for b > 0 everywhere: (a^b)^c and a^(b c) meet as exponentials
            return exp(Expr.product(p.exponent(), Expr.call("log", p.base())));
        }
        require("pow>0:" + base.key(), false);
        return atom("pow(" + base.key() + "," + of(p.exponent()).key() + ")", true);
    }

    private Fraction integerPower(Fraction f, int k) throws Unsupported {
        if (f.num().terms().size() <= 1 && f.den().terms().size() <= 1) {
            return new Fraction(monomialPower(f.num(), k), monomialPower(f.den(), k));
        }
        if (k > MAX_EXPANDED_POWER) {
            throw new Unsupported("a power of a sum beyond " + MAX_EXPANDED_POWER);
        }
        Fraction result = Fraction.constant(Rational.ONE);
        Fraction square = f;
        for (int e = k; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.times(square);
            }
            if (e > 1) {
                square = square.times(square);
            }
        }
        return result;
    }

    /** A polynomial of at most one term to the power k, without expanding. */
    private static Polynomial monomialPower(Polynomial p, int k) throws Unsupported {
        if (p.isZero()) {
            return p;
        }
        Map.Entry<Monomial, Rational> t = p.terms().entrySet().iterator().next();
        int[] pairs = t.getKey().pairs().clone();
        for (int i = 1; i < pairs.length; i += 2) {
            pairs[i] = Math.multiplyExact(pairs[i], k);
        }
        // |c|^k has about k log2|c| bits: 1 and -1 to any power are small
        if ((t.getValue().num().abs().bitLength() - 1) * (long) k > 100_000 || (t.getValue().den().bitLength() - 1) * (long) k > 100_000) {
            throw new Unsupported("a number of more than 100,000 bits");
        }
        return Polynomial.monomial(new Monomial(pairs)).scale(t.getValue().pow(k));
    }

    /**
     * f with each root's q-th power r^q replaced by its radicand u: a side with r in it is defined
     * only where u >= 0, and there r^q = u.
     */
    private Fraction rootsReduced(Fraction f) throws Unsupported {
        if (atoms.roots.isEmpty()) {
            return f;
        }
        Fraction num = rootsReduced(f.num());
        Fraction den = rootsReduced(f.den());
        return num == null && den == null ? f
                : new Fraction((num == null ? Fraction.of(f.num()) : num).num().times((den == null ? Fraction.of(f.den()) : den).den()),
                        (num == null ? Fraction.of(f.num()) : num).den().times((den == null ? Fraction.of(f.den()) : den).num()));
    }

    /** p with roots' powers reduced, or null when it has none to reduce. */
    private Fraction rootsReduced(Polynomial p) throws Unsupported {
        boolean any = false;
        for (Monomial m : p.terms().keySet()) {
            int[] pairs = m.pairs();
            for (int i = 0; i < pairs.length; i += 2) {
                Root r = atoms.roots.get(pairs[i]);
                any |= r != null && pairs[i + 1] >= r.order();
            }
        }
        if (!any) {
            return null;
        }
        Fraction sum = Fraction.constant(Rational.ZERO);
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            int[] pairs = t.getKey().pairs().clone();
            Fraction factor = Fraction.constant(t.getValue());
            for (int i = 0; i < pairs.length; i += 2) {
                Root r = atoms.roots.get(pairs[i]);
                if (r != null && pairs[i + 1] >= r.order()) {
                    factor = factor.times(integerPower(r.radicand(), pairs[i + 1] / r.order()));
                    pairs[i + 1] %= r.order();
                }
            }
            sum = sum.plus(factor.times(Fraction.of(Polynomial.monomial(new Monomial(withoutZeroExponents(pairs))))));
        }
        return sum;
    }

    private static int[] withoutZeroExponents(int[] pairs) {
        int kept = 0;
        for (int i = 1; i < pairs.length; i += 2) {
            kept += pairs[i] != 0 ? 2 : 0;
        }
        int[] out = new int[kept];
        int k = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != 0) {
                out[k++] = pairs[i];
                out[k++] = pairs[i + 1];
            }
        }
        return out;
    }

    /** f with I^2 = -1 put in, where I occurs. */
    private Fraction imaginaryReduced(Fraction f) throws Unsupported {
        if (!complex) {
            return f;
        }
        int i = atoms.atom("I", false);
        return new Fraction(f.num().withSquareMinusOne(i), f.den().withSquareMinusOne(i));
    }

    Fraction inverse(Fraction f) throws Unsupported {
        if (f.num().isZero()) {
            throw new Unsupported("a division by 0");
        }
        if (f.num().constantValue() == null) {
            require("!=0:" + f.num().monic(), positive(f.num()));
        }
        return new Fraction(f.den(), f.num());
    }

    /**
     * exp(u): for a polynomial u = sum c_i m_i, the product of atoms exp(m_i/L_i) to the powers
     * c_i L_i, L_i chosen so that every power is an integer; else an atom exp(u).
     */
    private Fraction exp(Expr u) throws Unsupported, Restart {
        Fraction arg = of(u);
        Rational d = arg.den().constantValue();
        if (d == null) {
            return atom("exp(" + arg.key() + ")", true);
        }
        Polynomial exponent = arg.num().scale(d.inverse());
        Fraction result = Fraction.constant(Rational.ONE);
        for (Map.Entry<Monomial, Rational> t : exponent.terms().entrySet()) {
            Fraction logArgument = t.getKey().pairs().length == 2 && t.getKey().pairs()[1] == 1 ? atoms.logs.get(t.getKey().pairs()[0]) : null;
            if (logArgument != null && t.getValue().isInteger() && t.getValue().num().bitLength() < 8) {
                // e^(k log u) = u^k wherever log u is defined (u > 0, a condition of this side already)
                int k = t.getValue().num().intValue();
                result = result.times(integerPower(k < 0 ? inverse(logArgument) : logArgument, Math.abs(k)));
                continue;
            }
            String monomial = t.getKey().toString();
            BigInteger l = atoms.denominators.getOrDefault(monomial, BigInteger.ONE);
            Rational power = t.getValue().times(new Rational(l, BigInteger.ONE));
            if (!power.isInteger()) {
                atoms.denominators.put(monomial, l.multiply(power.den()));
                throw new Restart();
            }
            if (power.num().abs().compareTo(BigInteger.valueOf(MAX_EXP_MULTIPLE)) > 0) {
                throw new Unsupported("an exponential of a multiple beyond " + MAX_EXP_MULTIPLE);
            }
            int k = power.num().intValue();
            Fraction a = atom("exp:" + monomial + "/" + l, true);
            atoms.exponents.putIfAbsent(a.num().terms().keySet().iterator().next().pairs()[0],
                    Polynomial.monomial(t.getKey()).scale(new Rational(BigInteger.ONE, l)));
            result = result.times(k >= 0 ? integerPower(a, k) : integerPower(new Fraction(a.den(), a.num()), -k));
        }
        return result;
    }

    private Fraction atom(String key, boolean isPositive) {
        return Fraction.of(Polynomial.monomial(Monomial.of(atoms.atom(key, isPositive), 1)));
    }

    private void require(String condition, boolean alwaysHolds) {
        if (!alwaysHolds) {
            conditions.add(condition);
        }
    }

    /** Whether num and den are each positive everywhere (sums of positive terms). */
    private boolean positive(Fraction f) throws Unsupported {
        return positive(f.num()) && positive(f.den());
    }

    /**
     * Whether p is positive wherever its atoms are defined: every term is at least 0 (a positive
     * coefficient, atoms that are positive or raised to even powers) and one is more than 0.
     */
    boolean positive(Polynomial p) throws Unsupported {
        if (complex) {
            return false;
        }
        return positiveTerms(p) || positiveOnBounds(p) || belowOne(p);
    }

    /** a x + b > 0 for every x the assumptions allow (x > 4 makes x - 4 positive). */
    private boolean positiveOnBounds(Polynomial p) {
        if (p.terms().size() > 2) {
            return false;
        }
        Rational b = p.terms().getOrDefault(Monomial.ONE, Rational.ZERO);
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getKey().isOne()) {
                continue;
            }
            int[] pairs = t.getKey().pairs();
            String x = pairs.length == 2 && pairs[1] == 1 ? atoms.variables.get(pairs[0]) : null;
            Cells.Bounds bound = x == null ? null : atoms.bounds.get(x);
            if (bound == null) {
                return false;
            }
            Rational a = t.getValue();
            Rational end = a.signum() > 0 ? bound.low() : bound.high();
            boolean included = a.signum() > 0 ? bound.lowIncluded() : bound.highIncluded();
            if (end == null) {
                return false;
            }
            int sign = a.times(end).plus(b).signum();
            return sign > 0 || sign == 0 && !included;
        }
        return false;
    }

    /** c - k r > 0 for a root r = u^(1/q), c, k > 0, where (c/k)^q - u is positive: 1 - sqrt(1 - 4/w). */
    private boolean belowOne(Polynomial p) throws Unsupported {
        if (p.terms().size() != 2) {
            return false;
        }
        Rational c = p.terms().get(Monomial.ONE);
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            int[] pairs = t.getKey().pairs();
            Root r = pairs.length == 2 && pairs[1] == 1 ? atoms.roots.get(pairs[0]) : null;
            if (!t.getKey().isOne() && r != null && c != null && c.signum() > 0 && t.getValue().signum() < 0) {
                Rational bound = c.times(t.getValue().negate().inverse()).pow(r.order());
                Fraction gap = Fraction.constant(bound).plus(r.radicand().negate());
                return positive(gap.num()) && positive(gap.den());
            }
        }
        return false;
    }

    private boolean positiveTerms(Polynomial p) {
        boolean somePositive = false;
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getValue().signum() <= 0) {
                return false;
            }
            boolean strictly = true;
            int[] pairs = t.getKey().pairs();
            for (int i = 0; i < pairs.length; i += 2) {
                if (!atoms.positive(pairs[i])) {
                    if (pairs[i + 1] % 2 != 0) {
                        return false;
                    }
                    strictly = false;
                }
            }
            somePositive |= strictly;
        }
        return somePositive;
    }
}

package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Cells.Bounds;
import dev.gradus.autodiff.complex.Complex;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apfloat.Apfloat;

/**
 * Both sides in double at {@link QuickCheck#POINTS} points within the assumptions' bounds: a point
 * where one side is defined and the other is not (the verifier then says so in a note), or a point
 * where they differ, confirmed exactly or in {@link PreciseValue#DIGITS} digits before it counts
 * as a counterexample. A claim about unknown functions is refuted with concrete ones, which the
 * counterexample names; a claim about complex numbers is never refuted here.
 */
final class Screen {
    /** A confirmed counterexample, as the verifier reports one. */
    record Counterexample(String method, Map<String, Double> point, String explanation) {}

    private boolean domainsDiffer;
    private Counterexample counterexample;

    boolean domainsDiffer() {
        return domainsDiffer;
    }

    Optional<Counterexample> counterexample() {
        return Optional.ofNullable(counterexample);
    }

    static Screen of(Expr lhs, Expr rhs, Map<String, Bounds> bounds, boolean complex) throws Unsupported {
        Screen s = new Screen();
        Set<String> variables = QuickCheck.variables(lhs, rhs);
        boolean unknowns = hasUnknown(lhs) || hasUnknown(rhs);
        Random random = new Random(31L * lhs.hashCode() + rhs.hashCode());
        UnknownFunctions functions = new UnknownFunctions(random.nextLong());
        for (int i = 0; i < QuickCheck.POINTS; i++) {
            Map<String, Rational> point = point(variables, bounds, i, random);
            Map<String, Double> machine = new LinkedHashMap<>();
            point.forEach((x, v) -> machine.put(x, v.toDouble()));
            MachineValue at = new MachineValue(machine, functions, !complex);
            Complex a = at.value(lhs);
            Complex b = at.value(rhs);
            boolean aFinite = Double.isFinite(a.re());
            boolean bFinite = Double.isFinite(b.re());
            if (aFinite != bFinite) {
                s.domainsDiffer = true;
                return s;
            }
            if (!aFinite) {
                continue;
            }
            if (a.minus(b).abs() <= 1e-9 * (1 + a.abs() + b.abs())) {
                continue;
            }
            if (complex) {
                throw new Unsupported("a claim about complex numbers that differs at a point");
            }
            s.counterexample = confirmed(lhs, rhs, point, machine, unknowns ? functions : null);
            if (s.counterexample != null) {
                return s;
            }
        }
        // too few points to screen (x^1000000 overflows): a proof still stands, as the verifier's does
        // when its probe cannot evaluate; a counterexample needs a point, which there was none of
        return s;
    }

    /** The counterexample at this point if it is one (null if not); {@code functions} are the unknown functions' stand-ins, if any. */
    private static Counterexample confirmed(Expr lhs, Expr rhs, Map<String, Rational> point, Map<String, Double> machine,
                                            UnknownFunctions functions) throws Unsupported {
        PreciseValue precise = new PreciseValue(point, functions);
        Expr l = Expansion.expand(lhs);
        Expr r = Expansion.expand(rhs);
        String taken = functions == null ? "" : " (with the unknown functions taken as " + functions.description() + ")";
        String at = machine.isEmpty() ? "at every point (both sides are constants)" + taken + ": " : "at " + pointText(machine) + taken + ": ";
        Rational exactL = precise.exact(l);
        Rational exactR = precise.exact(r);
        if (exactL != null && exactR != null) {
            return exactL.equals(exactR) ? null : new Counterexample("numeric (exact)", machine,
                    at + "lhs = " + shown(exactL) + ", rhs = " + shown(exactR) + " (exact)");
        }
        Apfloat a = precise.approximate(l);
        Apfloat b = precise.approximate(r);
        if (a == null || b == null) {
            throw new Unsupported("a point the precise evaluation cannot confirm");
        }
        Apfloat size = abs(a).add(abs(b)).add(new Apfloat(1, PreciseValue.DIGITS));
        if (abs(a.subtract(b)).compareTo(size.multiply(new Apfloat("1e-40", PreciseValue.DIGITS))) <= 0) {
            return null;
        }
        return new Counterexample("numeric (double, confirmed in 50 digits)", machine,
                at + "lhs = " + digits(a) + ", rhs = " + digits(b) + " (confirmed in 50 digits)");
    }

    /** A fraction as written when short, else in 15 digits (SELU's lambda is a fraction of 31-digit numbers). */
    private static String shown(Rational r) {
        return r.toString().length() <= 12 ? r.toString()
                : new BigDecimal(r.num()).divide(new BigDecimal(r.den()), new MathContext(15)).stripTrailingZeros().toPlainString();
    }

    private static Apfloat abs(Apfloat x) {
        return x.signum() < 0 ? x.negate() : x;
    }

    private static String digits(Apfloat x) {
        return new BigDecimal(x.toString(true)).round(new MathContext(15)).stripTrailingZeros().toPlainString();
    }

    private static String pointText(Map<String, Double> point) {
        StringBuilder s = new StringBuilder();
        point.forEach((x, v) -> s.append(s.length() == 0 ? "" : ", ").append(x).append(" = ")
                .append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) (double) v) : Double.toString(v)));
        return s.toString();
    }

    /** The i-th point: small numbers first, then random ones with three decimals, within each variable's bounds. */
    private static Map<String, Rational> point(Set<String> variables, Map<String, Bounds> bounds, int i, Random random) {
        Map<String, Rational> point = new LinkedHashMap<>();
        int j = 0;
        for (String x : variables) {
            Bounds b = bounds.getOrDefault(x, Bounds.NONE);
            Rational v = null;
            if (i < 3) {
                for (int k = 0; k < 7 && v == null; k++) {
                    Rational candidate = QuickCheck.nice(i + 2 * j + k);
                    v = b.admits(candidate) ? candidate : null;
                }
            }
            point.put(x, v != null ? v : random(b, random));
            j++;
        }
        return point;
    }

    private static Rational random(Bounds b, Random random) {
        for (int tries = 0; tries < 100; tries++) {
            double low = b.low() != null ? b.low().toDouble() : b.high() != null ? b.high().toDouble() - 3 : -3;
            double high = b.high() != null ? b.high().toDouble() : low + (b.low() != null ? 3 : 6);
            Rational v = Rational.decimal(BigDecimal.valueOf(low + (high - low) * random.nextDouble())
                    .setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString());
            if (b.admits(v)) {
                return v;
            }
        }
        return b.low() != null ? b.low() : b.high();
    }

    private static boolean hasUnknown(Expr e) {
        boolean[] found = {false};
        Trees.visit(e, n -> found[0] |= n instanceof Expr.Unknown);
        return found[0];
    }
}

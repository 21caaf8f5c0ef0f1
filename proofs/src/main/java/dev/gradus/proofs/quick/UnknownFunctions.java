package dev.gradus.proofs.quick;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.Apint;
import org.apfloat.Aprational;

/**
 * Concrete stand-ins for a claim's unknown functions: f(t) = Sin(a t + b) + c t with rational a,
 * b, c drawn per name, and its derivatives, so that a claim about every f that fails for this f is
 * refuted, the counterexample naming the functions taken.
 */
final class UnknownFunctions {
    /** One function's a, b, c. */
    private record Sine(Rational a, Rational b, Rational c) {}

    private final Random random;
    private final Map<String, Sine> drawn = new LinkedHashMap<>();

    UnknownFunctions(long seed) {
        this.random = new Random(seed);
    }

    private Sine of(String name) {
        return drawn.computeIfAbsent(name, n -> new Sine(fraction(4 + random.nextInt(9), 8), fraction(random.nextInt(25), 4),
                fraction(random.nextInt(11) - 5, 10)));
    }

    double value(String name, int order, double t) {
        Sine f = of(name);
        double a = f.a().toDouble();
        double phase = a * t + f.b().toDouble();
        double sine = switch (order % 4) {
            case 0 -> Math.sin(phase);
            case 1 -> Math.cos(phase);
            case 2 -> -Math.sin(phase);
            default -> -Math.cos(phase);
        };
        double linear = order == 0 ? f.c().toDouble() * t : order == 1 ? f.c().toDouble() : 0;
        return Math.pow(a, order) * sine + linear;
    }

    /** The order-th derivative of the function at t, in {@code digits} digits. */
    Apfloat precise(String name, int order, Apfloat t, long digits) {
        Sine f = of(name);
        Apfloat a = apfloat(f.a(), digits);
        Apfloat phase = a.multiply(t.precision(digits)).add(apfloat(f.b(), digits));
        Apfloat sine = switch (order % 4) {
            case 0 -> ApfloatMath.sin(phase);
            case 1 -> ApfloatMath.cos(phase);
            case 2 -> ApfloatMath.sin(phase).negate();
            default -> ApfloatMath.cos(phase).negate();
        };
        Apfloat linear = order == 0 ? apfloat(f.c(), digits).multiply(t.precision(digits)) : order == 1 ? apfloat(f.c(), digits) : new Apfloat(0, digits);
        return ApfloatMath.pow(a, order).multiply(sine).add(linear);
    }

    /** "f(t) = Sin(3/4*t+1/2)-1/5*t, g(t) = ...": the functions drawn so far. */
    String description() {
        return drawn.entrySet().stream().map(e -> e.getKey() + "(t) = Sin(" + e.getValue().a() + "*t+" + e.getValue().b() + ")"
                + (e.getValue().c().isZero() ? "" : (e.getValue().c().signum() > 0 ? "+" : "") + e.getValue().c() + "*t"))
                .collect(Collectors.joining(", "));
    }

    private static Rational fraction(long num, long den) {
        return new Rational(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    private static Apfloat apfloat(Rational r, long digits) {
        return new Aprational(new Apint(r.num()), new Apint(r.den())).precision(digits);
    }
}

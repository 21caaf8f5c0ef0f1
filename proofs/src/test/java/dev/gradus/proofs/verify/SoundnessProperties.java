package dev.gradus.proofs.verify;

import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Assumptions;

/**
 * The soundness campaign: generated claims, true by construction or false by a student's
 * mistake, and the verifier must never call a true one REFUTED nor a false one PROVED or
 * PLAUSIBLE. True claims come from transformations valid on the reals (expanding, common
 * denominators, exp and log laws where their arguments are positive, the table's derivative
 * rules, the tanh/sigmoid/softplus relations, trigonometric identities); false ones from the same
 * with a flipped sign, a factor of 2, a dropped chain-rule factor, an exponent off by one, a
 * dropped term, or a branch law used without its condition. A false claim counts only when it is
 * witnessed false independently: in double, by Java's functions, at a point where both sides are
 * defined. CI runs {@value #CI_TRIES} claims per property; {@code -Dgradus.soundness=long} runs
 * the long campaign whose figures the README records.
 */
class SoundnessProperties {
    static final int CI_TRIES = 1100;
    private static Verifier verifier;

    @BeforeContainer
    static void verifier() {
        verifier = new Verifier();
    }

    /** A generated expression in x and y: its text for the verifier and its value in double, for the witness. */
    record Expr(String text, ToDoubleFunction<double[]> value) {
        double at(double[] p) {
            return value.applyAsDouble(p);
        }
    }

    /** A claim and what is known of it by construction. */
    record Generated(String lhs, String rhs, boolean isTrue, String kind, Expr left, Expr right) {
        @Override
        public String toString() {
            return lhs + " = " + rhs + " [" + kind + "]";
        }
    }

    @Property(tries = CI_TRIES, seed = "15")
    void trueClaimsAreNeverRefuted(@ForAll("trueClaims") Generated claim) {
        StepResult r = verify(claim);
        Statistics.label("true claims").collect(r.verdict());
        assertNotEquals(Verdict.REFUTED, r.verdict(), () -> claim + " is true, but: " + r.message());
        assertNotEquals(Verdict.ERROR, r.verdict(), () -> claim + ": " + r.message());
    }

    @Property(tries = CI_TRIES, seed = "15")
    void falseClaimsAreNeverProved(@ForAll("falseClaims") Generated claim) {
        Assume.that(witnessedFalse(claim));
        StepResult r = verify(claim);
        Statistics.label("false claims").collect(r.verdict());
        assertTrue(r.verdict() == Verdict.REFUTED || r.verdict() == Verdict.UNKNOWN,
                () -> claim + " is false, but " + r.verdict() + " by " + r.method());
    }

    /**
     * The long campaign: {@code -Dgradus.soundness=long} (and {@code -Dgradus.soundness.claims=N},
     * 100,000 by default) checks that many claims, half true and half false, on one verifier
     * ({@code -Dgradus.soundness.threads=N} for more, in one JVM), and prints the verdicts of each kind.
     */
    @Example
    void longCampaign() throws Exception {
        Assumptions.assumeTrue("long".equals(System.getProperty("gradus.soundness")), "the long campaign runs with -Dgradus.soundness=long");
        int claims = Integer.getInteger("gradus.soundness.claims", 100_000);
        // One verifier by default: Symja keeps static state, and a run with two engines in one JVM once ran out of
        // its 6 GB heap on a claim that one engine refutes in half a second with 1 GB (not yet explained).
        int threads = Integer.getInteger("gradus.soundness.threads", 1);
        Iterator<Generated> trueOnes = trueClaims().sampleStream().iterator();
        Iterator<Generated> falseOnes = falseClaims().sampleStream().filter(SoundnessProperties::witnessedFalse).iterator();
        Map<String, AtomicInteger> counts = new ConcurrentSkipListMap<>();
        List<String> wrong = new CopyOnWriteArrayList<>();
        List<String> exhausted = new CopyOnWriteArrayList<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                Verifier own = new Verifier();
                for (int index = next.getAndIncrement(); index < claims; index = next.getAndIncrement()) {
                    Generated claim = null;
                    StepResult r;
                    try {
                        synchronized (SoundnessProperties.class) { // jqwik's sample streams are not thread-safe
                            claim = index % 2 == 0 ? trueOnes.next() : falseOnes.next();
                        }
                        r = own.verify(Claim.of(claim.lhs(), claim.rhs(), List.of(), Set.of()), Deadline.in(4_000));
                    } catch (OutOfMemoryError e) {
                        // the claim's evaluation is gone with its stack (or a computation beside it that did not stop
                        // held the heap when the claim was made): say which claim it was, go on
                        exhausted.add(String.valueOf(claim));
                        System.out.println("OUT OF MEMORY at claim " + (index + 1) + ": " + claim);
                        continue;
                    }
                    counts.computeIfAbsent((claim.isTrue() ? "true " : "false ") + r.verdict(), k -> new AtomicInteger()).incrementAndGet();
                    boolean sound = claim.isTrue() ? r.verdict() != Verdict.REFUTED && r.verdict() != Verdict.ERROR
                            : r.verdict() == Verdict.REFUTED || r.verdict() == Verdict.UNKNOWN;
                    if (!sound) {
                        wrong.add(claim + ": " + r.verdict() + " by " + r.method() + ", " + r.message());
                        System.out.println("WRONG VERDICT: " + wrong.get(wrong.size() - 1));
                    }
                    if ((index + 1) % 5_000 == 0) {
                        System.out.printf(Locale.ROOT, "soundness campaign: %d claims after %.0f s: %s%n", index + 1,
                                (System.nanoTime() - start) / 1e9, counts);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "soundness campaign: %d claims in %.0f s on %d threads: %s%n", claims,
                (System.nanoTime() - start) / 1e9, threads, counts);
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong verdicts, the first: " + (wrong.isEmpty() ? "" : wrong.get(0)));
        assertTrue(exhausted.isEmpty(), exhausted.size() + " claims exhausted the heap, the first: " + (exhausted.isEmpty() ? "" : exhausted.get(0)));
    }

    private static StepResult verify(Generated claim) {
        return verifier.verify(Claim.of(claim.lhs(), claim.rhs(), List.of(), Set.of()), Deadline.in(4_000));
    }

    /** Both sides defined and different, relative 1e-4, at one of a few points: a difference no rounding explains. */
    static boolean witnessedFalse(Generated claim) {
        double[][] points = {{0.7, -1.3}, {-1.1, 0.4}, {1.9, 2.3}, {-2.6, -0.8}, {0.3, 1.7}, {-0.45, -2.2}, {2.4, -1.6}};
        for (double[] p : points) {
            double l = claim.left().at(p);
            double r = claim.right().at(p);
            if (Double.isFinite(l) && Double.isFinite(r) && Math.abs(l - r) > 1e-4 * Math.max(1, Math.max(Math.abs(l), Math.abs(r)))) {
                return true;
            }
        }
        return false;
    }

    // ---- building blocks -------------------------------------------------------------------

    private static final List<String> FUNCTIONS = List.of("sin", "cos", "exp", "sigmoid", "tanh", "softplus", "atan");

    private static Expr variable(String name, int index) {
        return new Expr(name, p -> p[index]);
    }

    private static Expr number(int n) {
        return new Expr(n < 0 ? "(" + n + ")" : Integer.toString(n), p -> n);
    }

    private static Expr plus(Expr a, Expr b) {
        return new Expr("(" + a.text() + " + " + b.text() + ")", p -> a.at(p) + b.at(p));
    }

    private static Expr minus(Expr a, Expr b) {
        return new Expr("(" + a.text() + " - " + b.text() + ")", p -> a.at(p) - b.at(p));
    }

    private static Expr times(Expr a, Expr b) {
        return new Expr(a.text() + "*" + b.text(), p -> a.at(p) * b.at(p));
    }

    private static Expr over(Expr a, Expr b) {
        return new Expr(a.text() + "/" + b.text(), p -> a.at(p) / b.at(p));
    }

    /** A power with an integer exponent, or a root: negative bases outside the domain, as the verifier reads them. */
    private static Expr power(Expr a, String exponent, double value) {
        return new Expr("(" + a.text() + ")^(" + exponent + ")", p -> {
            double base = a.at(p);
            if (base < 0 && value != Math.rint(value)) {
                return Double.NaN;
            }
            return Math.pow(base, value);
        });
    }

    /** The table's function (the tape's own code in double), or Java's arc tangent, which the table does not have. */
    private static Expr apply(String f, Expr a) {
        if (f.equals("atan")) {
            return new Expr("atan(" + a.text() + ")", p -> Math.atan(a.at(p)));
        }
        UnaryFunction g = ElementaryFunctions.byName(f).filter(h -> h instanceof UnaryFunction).map(h -> (UnaryFunction) h)
                .orElseThrow();
        return new Expr(f + "(" + a.text() + ")", p -> g.value(a.at(p)));
    }

    private static Expr log(Expr a) {
        return new Expr("log(" + a.text() + ")", p -> a.at(p) > 0 ? Math.log(a.at(p)) : Double.NaN);
    }

    private static Expr sqrt(Expr a) {
        return new Expr("sqrt(" + a.text() + ")", p -> a.at(p) >= 0 ? Math.sqrt(a.at(p)) : Double.NaN);
    }

    /** d/dx of a generated expression: the claim writes D(.., x), the witness takes a central difference. */
    private static Expr derivative(Expr a) {
        return new Expr("D(" + a.text() + ", x)", p -> {
            double h = 1e-5 * Math.max(1, Math.abs(p[0]));
            return (a.at(new double[] {p[0] + h, p[1]}) - a.at(new double[] {p[0] - h, p[1]})) / (2 * h);
        });
    }

    /** Small expressions in x and y, defined on all real numbers. */
    @Provide
    Arbitrary<Expr> atoms() {
        Arbitrary<Expr> linear = Combinators.combine(Arbitraries.integers().between(-3, 3), Arbitraries.integers().between(-3, 3),
                Arbitraries.integers().between(-2, 2)).as((a, b, c) -> {
                    Expr e = plus(times(number(a == 0 ? 1 : a), variable("x", 0)), times(number(b), variable("y", 1)));
                    return c == 0 ? e : plus(e, number(c));
                });
        Arbitrary<Expr> applied = Combinators.combine(Arbitraries.of(FUNCTIONS), linear).as(SoundnessProperties::apply);
        Arbitrary<Expr> product = Combinators.combine(linear, linear).as(SoundnessProperties::times);
        return Arbitraries.oneOf(linear, applied, product);
    }

    /** Positive expressions: where the exp and log laws hold. */
    private Arbitrary<Expr> positives() {
        return Combinators.combine(Arbitraries.of("exp", "sigmoid", "softplus", "square"), atoms()).as((f, a) -> f.equals("square")
                ? plus(number(1), power(a, "2", 2)) : apply(f, a));
    }

    // ---- true claims -----------------------------------------------------------------------

    @Provide
    Arbitrary<Generated> trueClaims() {
        Arbitrary<Expr> a = atoms();
        Arbitrary<Expr> b = atoms();
        Arbitrary<Expr> p = positives();
        Arbitrary<Expr> q = positives();
        return Arbitraries.oneOf(
                Combinators.combine(a, b).as((u, v) -> identity("expanding a square", power(plus(u, v), "2", 2),
                        plus(plus(power(u, "2", 2), times(number(2), times(u, v))), power(v, "2", 2)))),
                Combinators.combine(a, b).as((u, v) -> identity("difference of squares", times(plus(u, v), minus(u, v)),
                        minus(power(u, "2", 2), power(v, "2", 2)))),
                Combinators.combine(a, b, p).as((u, v, w) -> identity("common denominator", plus(over(u, w), v),
                        over(plus(u, times(v, w)), w))),
                Combinators.combine(a, b).as((u, v) -> identity("exp of a sum", times(apply("exp", u), apply("exp", v)),
                        apply("exp", plus(u, v)))),
                Combinators.combine(p, q).as((u, v) -> identity("log of a product", log(times(u, v)), plus(log(u), log(v)))),
                Combinators.combine(p, q).as((u, v) -> identity("log of a quotient", log(over(u, v)), minus(log(u), log(v)))),
                Combinators.combine(p, Arbitraries.integers().between(2, 5)).as((u, k) -> identity("log of a power",
                        log(power(u, Integer.toString(k), k)), times(number(k), log(u)))),
                Combinators.combine(p, q).as((u, v) -> identity("roots of positives", times(sqrt(u), sqrt(v)), sqrt(times(u, v)))),
                a.map(u -> identity("sigmoid as tanh", apply("sigmoid", u),
                        over(plus(number(1), apply("tanh", over(u, number(2)))), number(2)))),
                a.map(u -> identity("sigmoid symmetry", apply("sigmoid", times(number(-1), u)), minus(number(1), apply("sigmoid", u)))),
                a.map(u -> identity("softplus difference", minus(apply("softplus", u), apply("softplus", times(number(-1), u))), u)),
                a.map(u -> identity("Pythagoras", plus(power(apply("sin", u), "2", 2), power(apply("cos", u), "2", 2)), number(1))),
                a.map(u -> identity("double angle", apply("sin", times(number(2), u)),
                        times(number(2), times(apply("sin", u), apply("cos", u))))),
                Combinators.combine(a, b).as((u, v) -> identity("cosine of a sum", apply("cos", plus(u, v)),
                        minus(times(apply("cos", u), apply("cos", v)), times(apply("sin", u), apply("sin", v))))),
                Combinators.combine(Arbitraries.of(FUNCTIONS), a).as((f, u) -> identity("chain rule", derivative(apply(f, u)),
                        times(outerDerivative(f, u), derivative(u)))),
                Combinators.combine(a, b).as((u, v) -> identity("product rule", derivative(times(u, v)),
                        plus(times(derivative(u), v), times(u, derivative(v))))));
    }

    /** f'(u) written out as the table has it. */
    private static Expr outerDerivative(String f, Expr u) {
        return switch (f) {
            case "sin" -> apply("cos", u);
            case "cos" -> times(number(-1), apply("sin", u));
            case "exp" -> apply("exp", u);
            case "sigmoid" -> times(apply("sigmoid", u), minus(number(1), apply("sigmoid", u)));
            case "tanh" -> minus(number(1), power(apply("tanh", u), "2", 2));
            case "softplus" -> apply("sigmoid", u);
            case "atan" -> over(number(1), plus(number(1), power(u, "2", 2)));
            default -> throw new IllegalArgumentException(f);
        };
    }

    private static Generated identity(String kind, Expr lhs, Expr rhs) {
        return new Generated(lhs.text(), rhs.text(), true, kind, lhs, rhs);
    }

    // ---- false claims ----------------------------------------------------------------------

    @Provide
    Arbitrary<Generated> falseClaims() {
        Arbitrary<Expr> a = atoms();
        Arbitrary<Expr> b = atoms();
        Arbitrary<Generated> mistaken = Combinators.combine(trueClaims(), Arbitraries.integers().between(0, 2)).as((t, m) -> switch (m) {
            case 0 -> mistake("flipped sign", t, times(number(-1), t.right()));
            case 1 -> mistake("factor of 2", t, times(number(2), t.right()));
            default -> mistake("constant off by one", t, minus(t.right(), number(1)));
        });
        return Arbitraries.oneOf(mistaken,
                Combinators.combine(Arbitraries.of(FUNCTIONS), a).as((f, u) -> mistake("dropped chain-rule factor",
                        derivative(apply(f, u)), outerDerivative(f, u))),
                Combinators.combine(a, b).as((u, v) -> mistake("exponent off by one", power(plus(u, v), "2", 2),
                        plus(plus(power(u, "3", 3), times(number(2), times(u, v))), power(v, "2", 2)))),
                Combinators.combine(a, b).as((u, v) -> mistake("dropped term", power(plus(u, v), "2", 2),
                        plus(power(u, "2", 2), power(v, "2", 2)))),
                Combinators.combine(a, b).as((u, v) -> mistake("dropped term", derivative(times(u, v)), times(derivative(u), v))),
                a.map(u -> mistake("sqrt of a square", sqrt(power(u, "2", 2)), u)),
                a.map(u -> mistake("power of a power", power(power(u, "2", 2), "3/2", 1.5), power(u, "3", 3))),
                a.map(u -> mistake("atan of a reciprocal", plus(apply("atan", u), apply("atan", over(number(1), u))),
                        new Expr("Pi/2", p -> Math.PI / 2))));
    }

    /** The mistaken claim: its right side's text and its value in double are those of the mistake. */
    private static Generated mistake(String kind, Generated truth, Expr wrongRight) {
        return new Generated(truth.lhs(), wrongRight.text(), false, kind + " in " + truth.kind(), truth.left(), wrongRight);
    }

    private static Generated mistake(String kind, Expr lhs, Expr rhs) {
        return new Generated(lhs.text(), rhs.text(), false, kind, lhs, rhs);
    }
}

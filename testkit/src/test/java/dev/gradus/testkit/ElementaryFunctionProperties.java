package dev.gradus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.check.GradientCheck;
import dev.gradus.autodiff.check.GradientReport;
import dev.gradus.autodiff.check.Outcome;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every entry of the table: the tape's derivative against central differences and against the
 * complex step, at generated points away from kinks and inside each function's domain, and the
 * gradient check exactly at every kink.
 */
class ElementaryFunctionProperties {

    record UnaryCase(UnaryFunction f, double x) {
        @Override public String toString() { return f.symbol() + "(" + x + ")"; }
    }

    record BinaryCase(BinaryFunction f, double a, double b) {
        @Override public String toString() { return f.symbol() + "(" + a + ", " + b + ")"; }
    }

    @Property(tries = 3000)
    void unaryDerivativesMatchCentralDifferences(@ForAll("unaryCases") UnaryCase c) {
        GradientAssert.matchesFiniteDifferences((ops, x) -> ops.apply(c.f(), x[0]), c.x());
        countEveryFunction(c.f());
    }

    @Property(tries = 3000)
    void unaryDerivativesMatchTheComplexStep(@ForAll("unaryCases") UnaryCase c) {
        GradientAssert.matchesComplexStep((ops, x) -> ops.apply(c.f(), x[0]), c.x());
        countEveryFunction(c.f());
    }

    @Property(tries = 3000)
    void binaryPartialsMatchCentralDifferences(@ForAll("binaryCases") BinaryCase c) {
        GradientAssert.matchesFiniteDifferences((ops, x) -> ops.apply(c.f(), x[0], x[1]), c.a(), c.b());
        countEveryFunction(c.f());
    }

    @Property(tries = 3000)
    void binaryPartialsMatchTheComplexStep(@ForAll("binaryCases") BinaryCase c) {
        GradientAssert.matchesComplexStep((ops, x) -> ops.apply(c.f(), x[0], x[1]), c.a(), c.b());
        countEveryFunction(c.f());
    }

    /** The tape records f(a, constant) and f(constant, b) as unary nodes: same partials. */
    @Property(tries = 2000)
    void constantArgumentsGiveTheSamePartials(@ForAll("binaryCases") BinaryCase c) {
        GradientAssert.matchesFiniteDifferences((ops, x) -> ops.apply(c.f(), x[0], c.b()), c.a());
        GradientAssert.matchesFiniteDifferences((ops, x) -> ops.apply(c.f(), c.a(), x[0]), c.b());
        countEveryFunction(c.f());
    }

    @Example
    void atEveryKinkTheCheckRecognisesTheKink() {
        GradientCheck check = GradientCheck.withDefaults();
        for (UnaryFunction f : UnaryFunction.values()) {
            for (double k : f.kinks()) {
                GradientReport r = check.check((ops, x) -> ops.apply(f, x[0]), k);
                assertEquals(Outcome.NEAR_KINK, r.outcome(), f + " at " + k + "\n" + r);
            }
        }
        assertNearKink(check.check((ops, x) -> ops.prelu(x[0], x[1]), 0.0, 0.2), 0);
        assertNearKink(check.check((ops, x) -> ops.elu(x[0], x[1]), 0.0, 0.5), 0);
        assertNearKink(check.check((ops, x) -> ops.max(x[0], x[1]), 1.5, 1.5), 0);
        assertNearKink(check.check((ops, x) -> ops.min(x[0], x[1]), 1.5, 1.5), 0);
    }

    private static void assertNearKink(GradientReport r, int input) {
        assertEquals(Outcome.NEAR_KINK, r.inputs().get(input).outcome(), r.toString());
        assertTrue(r.passed(), r.toString());
    }

    @Provide
    Arbitrary<UnaryCase> unaryCases() {
        return Arbitraries.of(UnaryFunction.class).flatMap(f -> domain(f).map(x -> new UnaryCase(f, x)));
    }

    @Provide
    Arbitrary<BinaryCase> binaryCases() {
        return Arbitraries.of(BinaryFunction.class).flatMap(f -> Combinators.combine(first(f), second(f))
                .as((a, b) -> new BinaryCase(f, a, b))
                .filter(c -> f.distanceToKink(c.a(), c.b()) >= 1e-3));
    }

    private static Arbitrary<Double> domain(UnaryFunction f) {
        return switch (f) {
            case LOG, SQRT -> Points.coordinates(0.01, 10);
            case TAN -> Points.coordinates(-1.4, 1.4);
            case EXP, SIGMOID, SOFTPLUS, TANH, SOFTSIGN -> Points.coordinates(-30, 30);
            default -> Points.coordinatesAwayFrom(-6, 6, 1e-3, f.kinks());
        };
    }

    private static Arbitrary<Double> first(BinaryFunction f) {
        return switch (f) {
            case POW -> Points.coordinates(0.1, 4);
            case LOG_ADD_EXP -> Points.coordinates(-50, 50);
            default -> Points.coordinates(-6, 6);
        };
    }

    private static Arbitrary<Double> second(BinaryFunction f) {
        return switch (f) {
            case DIV -> Points.coordinatesAwayFrom(-4, 4, 0.1, 0.0);
            case POW, SWISH -> Points.coordinates(-3, 3);
            case PRELU -> Points.coordinates(-1, 1);
            case ELU -> Points.coordinates(0.1, 3);
            case LOG_ADD_EXP -> Points.coordinates(-50, 50);
            default -> Points.coordinates(-6, 6);
        };
    }

    /** Fails the property unless every function of the same kind was checked at least 50 times. */
    private static void countEveryFunction(Enum<?> f) {
        Statistics.label("function").collect(f);
        Statistics.label("function").coverage(coverage -> {
            for (Enum<?> each : f.getDeclaringClass().getEnumConstants()) {
                coverage.check(each).count(n -> n >= 50);
            }
        });
    }
}

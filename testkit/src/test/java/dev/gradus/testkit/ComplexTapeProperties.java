package dev.gradus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexGradient;
import dev.gradus.autodiff.complex.ComplexGradients;
import dev.gradus.autodiff.complex.Wirtinger;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.testkit.ComplexExpression.Binary;
import dev.gradus.testkit.ComplexExpression.Constant;
import dev.gradus.testkit.ComplexExpression.Holomorphic;
import dev.gradus.testkit.ComplexExpression.OfRealPart;
import dev.gradus.testkit.ComplexExpression.Part;
import dev.gradus.testkit.ComplexExpression.Variable;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The complex tape: every operation and random compositions against finite differences in x and
 * y, the Cauchy-Riemann equations for holomorphic operations, and conjugation symmetry.
 */
class ComplexTapeProperties {
    /** Points closer than this to a branch cut, pole or kink are skipped. */
    private static final double MARGIN = 1e-3;
    private static final Variable Z0 = new Variable(0);
    private static final Variable Z1 = new Variable(1);

    @Property(tries = 3000)
    void everyOperationMatchesFiniteDifferences(@ForAll("operations") ComplexExpression op, @ForAll("points") Complex[] z) {
        Assume.that(op.distanceToSingularity(z) > MARGIN);
        GradientAssert.wirtingerMatchesFiniteDifferences(op, z);
        Statistics.label("operation").collect(name(op));
        Statistics.label("operation").coverage(c -> {
            for (ComplexExpression each : operationList()) {
                c.check(name(each)).count(n -> n >= 10);
            }
        });
    }

    @Property(tries = 1000)
    void compositionsMatchFiniteDifferences(@ForAll("trees") ComplexExpression e, @ForAll("points") Complex[] z) {
        Assume.that(e.distanceToSingularity(z) > MARGIN && moderate(e, z));
        GradientAssert.wirtingerMatchesFiniteDifferences(e, z);
        Statistics.label("depth").collect(Math.min(e.depth(), 10));
    }

    /** Holomorphic operations record d/dzbar = 0 exactly, and the numbers agree that it is 0 and d/dz is f'. */
    @Property(tries = 1000)
    void holomorphicOperationsSatisfyCauchyRiemann(@ForAll("holomorphicOperations") ComplexExpression op,
                                                   @ForAll("points") Complex[] z) {
        Assume.that(op.distanceToSingularity(z) > MARGIN);
        for (Wirtinger pair : ComplexGradients.of(op).at(z).pairs()) {
            assertEquals(Complex.ZERO, pair.dzbar(), op.toString());
        }
        GradientAssert.isHolomorphic(op, z);
    }

    /** Compositions of holomorphic operations only are holomorphic too. */
    @Property(tries = 500)
    void holomorphicCompositionsSatisfyCauchyRiemann(@ForAll("trees") ComplexExpression e, @ForAll("points") Complex[] z) {
        Assume.that(isHolomorphic(e) && e.distanceToSingularity(z) > MARGIN && moderate(e, z));
        GradientAssert.isHolomorphic(e, z);
    }

    /** d conj(f)/dz = conj(df/dzbar) and d conj(f)/dzbar = conj(df/dz), for any f. */
    @Property(tries = 1000)
    void conjugationSymmetry(@ForAll("trees") ComplexExpression e, @ForAll("points") Complex[] z) {
        Assume.that(e.distanceToSingularity(z) > MARGIN && moderate(e, z));
        ComplexGradient f = ComplexGradients.of(e).at(z);
        ComplexGradient conjugate = ComplexGradients.of(new Part(ComplexPart.CONJ, e)).at(z);
        for (int i = 0; i < z.length; i++) {
            assertClose(f.wirtinger(i).dzbar().conjugate(), conjugate.wirtinger(i).dz(), e);
            assertClose(f.wirtinger(i).dz().conjugate(), conjugate.wirtinger(i).dzbar(), e);
        }
    }

    @Provide
    Arbitrary<ComplexExpression> operations() {
        return Arbitraries.of(operationList());
    }

    @Provide
    Arbitrary<ComplexExpression> holomorphicOperations() {
        return Arbitraries.of(operationList().stream().filter(ComplexTapeProperties::isHolomorphic).toList());
    }

    @Provide
    Arbitrary<ComplexExpression> trees() {
        return Expressions.complexTrees(2, 5);
    }

    @Provide
    Arbitrary<Complex[]> points() {
        return Points.complexes(2);
    }

    /** One expression per operation of the complex tape, over z0 (and z1). */
    private static List<ComplexExpression> operationList() {
        List<ComplexExpression> ops = new ArrayList<>();
        for (UnaryFunction f : UnaryFunction.values()) {
            ops.add(f.holomorphic() ? new Holomorphic(f, Z0) : new OfRealPart(f, Z0));
        }
        for (BinaryFunction f : BinaryFunction.values()) {
            if (f.holomorphic()) {
                ops.add(new Binary(f, Z0, Z1));
            }
        }
        for (ComplexPart part : ComplexPart.values()) {
            ops.add(new Part(part, Z0));
        }
        ops.add(new Binary(BinaryFunction.POW, Z0, new Constant(Complex.real(3))));
        ops.add(new Binary(BinaryFunction.POW, Z0, new Constant(Complex.real(-2))));
        ops.add(new Binary(BinaryFunction.POW, Z0, new Constant(new Complex(0.5, 1.5))));
        return ops;
    }

    private static String name(ComplexExpression op) {
        return op.toString();
    }

    /**
     * Every intermediate value far from overflow: near 1e308 the tape's partials overflow to inf
     * and inf * 0 to NaN (z^(-0.5/w) raised to the power 0 is moderate, its base is not), which
     * says nothing about the derivative rules.
     */
    private static boolean moderate(ComplexExpression e, Complex[] z) {
        if (!(e.valueAt(z).abs() < 1e100)) {
            return false;
        }
        if (e instanceof Holomorphic h) {
            return moderate(h.argument(), z);
        }
        if (e instanceof Part p) {
            return moderate(p.argument(), z);
        }
        if (e instanceof OfRealPart r) {
            return moderate(r.argument(), z);
        }
        if (e instanceof Binary b) {
            return moderate(b.left(), z) && moderate(b.right(), z);
        }
        return true;
    }

    private static boolean isHolomorphic(ComplexExpression e) {
        if (e instanceof Holomorphic h) {
            return isHolomorphic(h.argument());
        }
        if (e instanceof Binary b) {
            return isHolomorphic(b.left()) && isHolomorphic(b.right());
        }
        return e instanceof Variable || e instanceof Constant;
    }

    private static void assertClose(Complex expected, Complex actual, ComplexExpression e) {
        double tolerance = 1e-14 * Math.max(1, expected.abs());
        assertEquals(expected.re(), actual.re(), tolerance, e::toString);
        assertEquals(expected.im(), actual.im(), tolerance, e::toString);
    }
}

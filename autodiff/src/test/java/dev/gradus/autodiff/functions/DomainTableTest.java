package dev.gradus.autodiff.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.complex.Complex;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the table says about domains, poles and branch cuts agrees with what its functions compute. */
class DomainTableTest {
    /** -5 to 5 in steps of 1/8, 0 included: no overflow, exact at the integers. */
    private static double[] grid() {
        double[] x = new double[81];
        for (int i = 0; i < x.length; i++) {
            x[i] = -5 + i / 8.0;
        }
        return x;
    }

    @Test
    void aUnaryFunctionIsDefinedExactlyWhereItsValueIsFinite() {
        for (UnaryFunction f : UnaryFunction.values()) {
            for (double x : grid()) {
                assertEquals(Double.isFinite(f.value(x)), f.isDefinedAt(x), f + " at " + x);
            }
        }
    }

    @Test
    void aBinaryFunctionIsDefinedExactlyWhereItsValueIsFinite() {
        for (BinaryFunction f : BinaryFunction.values()) {
            for (double a : grid()) {
                for (double b : new double[] {-3, -2, -1.5, -0.5, 0, 0.5, 1, 2, 2.5}) {
                    assertEquals(Double.isFinite(f.value(a, b)), f.isDefinedAt(a, b), f + " at " + a + ", " + b);
                }
            }
        }
    }

    @Test
    void thePrincipalIntervalIsInsideTheDomain() {
        for (UnaryFunction f : UnaryFunction.values()) {
            double[] interval = f.principalInterval();
            for (double x : grid()) {
                if (x > interval[0] && x < interval[1]) {
                    assertTrue(f.isDefinedAt(x) && Double.isFinite(f.derivative(x, f.value(x))), f + " at " + x);
                }
            }
        }
        for (BinaryFunction f : BinaryFunction.values()) {
            double[] a = f.principalIntervalA();
            double[] b = f.principalIntervalB();
            for (double u : grid()) {
                for (double v : grid()) {
                    if (u > a[0] && u < a[1] && v > b[0] && v < b[1]) {
                        assertTrue(f.isDefinedAt(u, v), f + " at " + u + ", " + v);
                    }
                }
            }
        }
    }

    @Test
    void theFunctionsThatAreNotTotal() {
        Set<String> partial = Stream.concat(Stream.of(UnaryFunction.values()), Stream.of(BinaryFunction.values()))
                .filter(f -> !f.isTotal()).map(ElementaryFunction::symbol).collect(Collectors.toSet());
        assertEquals(Set.of("log", "sqrt", "tan", "div", "pow"), partial);
    }

    @Test
    void singularitiesOfTheComplexExtensions() {
        assertEquals(0.0, UnaryFunction.LOG.distanceToSingularity(new Complex(-2, 0)), 0.0, "on the cut");
        assertEquals(0.5, UnaryFunction.SQRT.distanceToSingularity(new Complex(-2, 0.5)), 1e-15, "above the cut");
        assertEquals(Math.hypot(3, 4), UnaryFunction.LOG.distanceToSingularity(new Complex(3, 4)), 1e-15, "to the branch point");
        assertEquals(0.0, UnaryFunction.SIGMOID.distanceToSingularity(new Complex(0, Math.PI)), 1e-15, "1 + e^-z = 0");
        assertEquals(0.0, UnaryFunction.TANH.distanceToSingularity(new Complex(0, -Math.PI / 2)), 1e-15);
        assertEquals(0.0, UnaryFunction.TAN.distanceToSingularity(new Complex(3 * Math.PI / 2, 0)), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, UnaryFunction.EXP.distanceToSingularity(new Complex(1e3, 1e3)));
        assertEquals(0.25, BinaryFunction.DIV.distanceToSingularity(Complex.ONE, new Complex(0, 0.25), false), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, BinaryFunction.POW.distanceToSingularity(new Complex(-1, 0), new Complex(2, 0), true),
                "z^2 has no cut");
        assertEquals(0.0, BinaryFunction.POW.distanceToSingularity(new Complex(-1, 0), new Complex(2, 0), false),
                "z^w is on log's cut at z = -1");
        assertFalse(BinaryFunction.POW.isDefinedAt(-2, 0.5));
        assertTrue(BinaryFunction.POW.isDefinedAt(-2, 3));
    }
}

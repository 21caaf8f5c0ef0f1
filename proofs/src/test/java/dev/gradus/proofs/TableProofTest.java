package dev.gradus.proofs;

import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.verify.Verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The table of elementary functions holds to Symja: for every entry and every argument, the coded
 * partial derivative (as written in the table) is PROVED equal to Symja's derivative of the
 * definition, branch by branch for piecewise entries; and the Java code computes that same
 * partial, kinks included, at sample points.
 */
class TableProofTest {
    private static final double[] POINTS = {-2.5, -1.0, -0.3, 0.0, 0.4, 1.0, 1.7};
    private static final double[] PARAMETERS = {-0.7, 0.3, 1.0, 1.6};

    private static SymjaEngine engine;
    private static Verifier verifier;

    @BeforeAll
    static void symja() {
        engine = new SymjaEngine();
        verifier = new Verifier(engine);
    }

    @TestFactory
    Stream<DynamicTest> everyCodedDerivativeIsProved() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ElementaryFunction f : ElementaryFunctions.all()) {
            for (int k = 0; k < f.arity(); k++) {
                String lhs = "D(" + slots(f.definition()) + ", x" + (k + 1) + ")";
                String rhs = slots(f.partials().get(k));
                tests.add(DynamicTest.dynamicTest(f.symbol() + ": " + lhs + " = " + rhs, () -> {
                    StepResult r = verifier.verify(Claim.of(lhs, rhs), Deadline.in(30_000));
                    assertEquals(Verdict.PROVED, r.verdict(), r.toString());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theJavaCodeComputesTheProvedPartials() {
        List<DynamicTest> tests = new ArrayList<>();
        for (UnaryFunction f : UnaryFunction.values()) {
            tests.add(DynamicTest.dynamicTest(f.symbol(), () -> {
                for (double x : POINTS) {
                    if (outsideDomain(f, x)) {
                        continue;
                    }
                    double y = f.value(x);
                    assertClose(symja(f.definition(), x, 0), y, f + " at " + x);
                    assertClose(symja(f.partials().get(0), x, 0), f.derivative(x, y), f + "' at " + x);
                }
            }));
        }
        for (BinaryFunction f : BinaryFunction.values()) {
            tests.add(DynamicTest.dynamicTest(f.symbol(), () -> {
                for (double a : POINTS) {
                    for (double b : f == BinaryFunction.MAX || f == BinaryFunction.MIN ? POINTS : PARAMETERS) {
                        if (outsideDomain(f, a, b)) {
                            continue;
                        }
                        double y = f.value(a, b);
                        String at = f + " at (" + a + ", " + b + ")";
                        assertClose(symja(f.definition(), a, b), y, at);
                        assertClose(symja(f.partials().get(0), a, b), f.partialA(a, b, y), "d/da " + at);
                        assertClose(symja(f.partials().get(1), a, b), f.partialB(a, b, y), "d/db " + at);
                    }
                }
            }));
        }
        return tests.stream();
    }

    private static boolean outsideDomain(UnaryFunction f, double x) {
        return (f == UnaryFunction.LOG || f == UnaryFunction.SQRT) && x <= 0;
    }

    private static boolean outsideDomain(BinaryFunction f, double a, double b) {
        return (f == BinaryFunction.POW && a <= 0) || (f == BinaryFunction.DIV && b == 0);
    }

    private static String slots(String symja) {
        return symja.replace("#1", "x1").replace("#2", "x2");
    }

    private static double symja(String expression, double x1, double x2) {
        String at = String.format(Locale.ROOT, "N((%s) /. {x1 -> %s, x2 -> %s}, 30)", slots(expression),
                exact(x1), exact(x2));
        IExpr value = engine.eval(at);
        return value.evalDouble();
    }

    /** The (short decimal) double as an exact rational, so that Symja decides kink conditions exactly. */
    private static String exact(double x) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(x);
        return "(" + d.unscaledValue() + "/" + java.math.BigInteger.TEN.pow(Math.max(d.scale(), 0)) + ")";
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)), what);
    }
}

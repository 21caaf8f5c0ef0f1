package dev.gradus.autodiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexFunction;
import org.junit.jupiter.api.Test;

class ComplexGradientCheckTest {
    private static final ComplexGradientCheck CHECK = ComplexGradientCheck.withDefaults().names("z", "w");
    private static final Complex Z = new Complex(0.5, 1.2);
    private static final Complex W = new Complex(-0.3, 0.8);

    @Test
    void theTapesPairsAgreeWithFiniteDifferences() {
        ComplexFunction loss = (t, v) -> t.abs2(t.add(t.mul(v[0], v[1]), t.conj(v[0])));
        ComplexGradientReport r = CHECK.check(loss, Z, W);
        assertEquals(Outcome.OK, r.outcome(), r.toString());
        ComplexInputCheck z = r.inputs().get(0);
        assertEquals(-1.355, z.numeric().dz().re(), 1e-8);
        assertEquals(-1.996, z.numeric().dz().im(), 1e-8);
        assertTrue(r.toString().startsWith("Wirtinger check at (z = 0.5 + 1.2i, w = -0.3 + 0.8i), f = 1.71769"), r.toString());
    }

    @Test
    void aComplexValuedFunctionIsCheckedInBothParts() {
        ComplexFunction f = (t, v) -> t.mul(t.sigmoid(v[0]), t.conj(t.sin(v[1])));
        assertEquals(Outcome.OK, CHECK.check(f, Z, W).outcome());
    }

    @Test
    void cauchyRiemannHoldsForHolomorphicFunctionsOnly() {
        ComplexGradientReport holomorphic = CHECK.checkHolomorphic((t, v) -> t.mul(t.sigmoid(v[0]), t.exp(v[1])), Z, W);
        assertEquals(Outcome.OK, holomorphic.outcome(), holomorphic.toString());

        ComplexGradientReport abs2 = CHECK.checkHolomorphic((t, v) -> t.abs2(v[0]), Z);
        assertEquals(Outcome.MISMATCH, abs2.outcome(), abs2.toString());
        assertEquals(Z.re(), abs2.inputs().get(0).numeric().dzbar().re(), 1e-8, "numeric d/dzbar |z|^2 = z");
        assertTrue(abs2.toString().startsWith("Cauchy-Riemann check (d/dzbar = 0)"), abs2.toString());

        assertEquals(Outcome.MISMATCH, CHECK.checkHolomorphic((t, v) -> t.re(v[0]), Z).outcome());
        assertEquals(Outcome.MISMATCH, CHECK.checkHolomorphic((t, v) -> t.conj(v[0]), Z).outcome());
    }

    @Test
    void onTheBranchCutOfTheLogarithmTheCheckDoesNotClaimAMismatch() {
        // log jumps by 2 pi i across the negative real axis: the y-differences straddle the jump
        ComplexGradientReport r = CHECK.check((t, v) -> t.log(v[0]), new Complex(-1, 0));
        assertTrue(r.outcome() == Outcome.NEAR_KINK || r.outcome() == Outcome.INCONCLUSIVE, r.toString());
    }

    @Test
    void componentsAreJudgedOnTheScaleOfTheWholeDerivative() {
        // tan near its pole: |tan'| is about 102 while Im tan' is 0.004; differences err by 1e-8 there
        ComplexGradientReport r = CHECK.check((t, v) -> t.tan(v[0]), new Complex(1.471711, 2e-6));
        assertEquals(Outcome.OK, r.outcome(), r.toString());
    }

    @Test
    void whereFIsNotFiniteEveryVariableIsInconclusive() {
        ComplexGradientReport r = CHECK.check((t, v) -> t.mul(t.log(v[0]), v[1]), Complex.ZERO, W);
        assertEquals(Outcome.INCONCLUSIVE, r.outcome(), r.toString());
        assertEquals(Outcome.INCONCLUSIVE, r.inputs().get(1).outcome());
    }
}

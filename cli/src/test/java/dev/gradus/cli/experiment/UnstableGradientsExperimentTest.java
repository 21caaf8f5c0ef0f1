package dev.gradus.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Aufgabe 26 (b, c): the interval's maximum, and the log-normal model of the products against simulation. */
class UnstableGradientsExperimentTest {

    /** The maximum, found independently with mpmath (30 digits): 0.447743204694 at |w| = 6.894151032273. */
    @Test
    void theIntervalIsLongestAtAbout6Point894() {
        GoldenSectionSearch.Maximum longest = UnstableGradientsExperiment.longestInterval();
        assertEquals(6.894151032273, longest.at(), 1e-4);
        assertEquals(0.447743204694, longest.value(), 1e-4);
        assertEquals(0, UnstableGradientsExperiment.intervalLength(4), 1e-15);
        assertTrue(UnstableGradientsExperiment.intervalLength(6) < longest.value());
        assertTrue(UnstableGradientsExperiment.intervalLength(8) < longest.value());
    }

    /** Near a smooth maximum f differs from f(max) by (x - max)^2: values tell points apart only down to about sqrt(1e-16). */
    @Test
    void goldenSectionFindsAParabolasVertex() {
        GoldenSectionSearch.Maximum m = GoldenSectionSearch.maximise(x -> 3 - (x - 2) * (x - 2), 0, 5, 1e-9);
        assertEquals(2, m.at(), 1e-7);
        assertEquals(3, m.value(), 1e-15);
    }

    /**
     * log Q_n is a sum of n i.i.d. log q: its sample mean over the chains is n mu up to the
     * chains' noise (variance n s^2 / chains) and mu's own (mu comes from as many independent factors).
     */
    @Test
    void meanOfLogQIsNMu() {
        int chains = 20_000;
        GradientProducts.Result r = GradientProducts.simulate(GradientProducts.sigmoidLayer(1), 20, chains, 7);
        assertEquals(-2.31, r.mu(), 0.05);
        assertEquals(1.25, r.s2(), 0.1);
        for (int n = 1; n <= 20; n++) {
            double standardError = Math.sqrt((n * r.s2() + n * n * r.s2()) / chains);
            assertEquals(n * r.mu(), r.meanLogQ()[n - 1], 4 * standardError, "n = " + n);
            assertEquals(n * r.s2(), r.varLogQ()[n - 1], 0.1 * n * r.s2(), "variance at n = " + n);
        }
    }

    /**
     * The control, q = exp(N(-0.5, 0.3^2)): log Q_n is normal, and the simulated mean of Q_n is the
     * log-normal exp(n mu + n s^2/2) within the chains' noise (relative (e^(n s^2) - 1)/chains in
     * variance) and that of the estimated mu and s^2.
     */
    @Test
    void logNormalModelHoldsWhenLogQIsNormal() {
        int chains = 20_000;
        GradientProducts.Result r = GradientProducts.simulate(GradientProducts.logNormal(-0.5, 0.3), 20, chains, 11);
        for (int n = 1; n <= 20; n++) {
            double s2 = 0.09;
            double relative = Math.sqrt((Math.expm1(n * s2) + n * n * s2 + n * n * s2 * s2 / 2) / chains);
            double predicted = r.logNormalMean()[n - 1];
            assertEquals(predicted, r.simulatedMean()[n - 1], 4 * relative * predicted, "n = " + n);
            assertEquals(Math.exp(-0.5 * n + n * s2 / 2), predicted, 4 * relative * predicted, "the model's true value at n = " + n);
        }
    }

    /**
     * The sheet's factors are not log-normal (log |w| has a long left tail), and the model
     * overestimates E[Q_n]: by (exp(mu + s^2/2) / E q)^n, about 1.22^n (observed 7.3 at n = 10); the
     * i.i.d. mean (E q)^n matches the simulation.
     */
    @Test
    void logNormalModelOverestimatesTheSigmoidProducts() {
        GradientProducts.Result r = GradientProducts.simulate(GradientProducts.sigmoidLayer(1), 10, 100_000, 3);
        double simulated = r.simulatedMean()[9];
        assertEquals(1, simulated / r.iidMean()[9], 0.25);
        assertTrue(r.logNormalMean()[9] / simulated > 4, "log-normal / simulated " + r.logNormalMean()[9] / simulated);
    }
}

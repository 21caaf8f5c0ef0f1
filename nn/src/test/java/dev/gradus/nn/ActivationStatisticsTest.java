package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.ActivationStatistics.Layer;
import dev.gradus.nn.ActivationStatistics.Result;
import dev.gradus.nn.ActivationStatistics.Settings;
import dev.gradus.nn.ActivationStatistics.Transfer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The transfer-function solution's task 5: what 20 layers of 100 units do to a unit-normal signal. */
class ActivationStatisticsTest {

    private static Result measure(Transfer transfer, Initializer initializer) {
        return ActivationStatistics.measure(new Settings(transfer, initializer, 20, 100, 1000, 40, 1), MatrixKernels.best());
    }

    private static double secondMoment(Layer l) {
        return l.activationMean() * l.activationMean() + l.activationStd() * l.activationStd();
    }

    /** SELU with LeCun weights keeps mean 0 and variance 1 at every depth (observed: std 0.994, mean 0.016 at layer 20). */
    @Test
    void seluSelfNormalises() {
        Result r = measure(Transfer.SELU, Initializer.LECUN);
        for (Layer l : r.layers()) {
            assertTrue(l.activationStd() > 0.8 && l.activationStd() < 1.2, "layer " + l.layer() + ": std " + l.activationStd());
            assertEquals(0, l.activationMean(), 0.1, "layer " + l.layer());
        }
        assertEquals(20, r.last().layer());
    }

    /**
     * relu with LeCun weights: z has the variance of the previous layer's second moment, and relu
     * passes half of a symmetric z, so E[a^2] halves with each layer: 2^-10 over ten layers
     * (observed 2^-9.5; layer 20's std 0.0012). He's weights (variance 2/n) make up the half:
     * the std stays near its first layer's.
     */
    @Test
    void reluWithLeCunWeightsHalvesTheSecondMomentPerLayer() {
        Result lecun = measure(Transfer.RELU, Initializer.LECUN);
        double ratio = secondMoment(lecun.layers().get(19)) / secondMoment(lecun.layers().get(9));
        assertTrue(ratio > Math.pow(2, -12) && ratio < Math.pow(2, -8), "E[a^2] ratio over ten layers " + ratio);
        assertTrue(lecun.last().activationStd() < 0.005, "std at layer 20 " + lecun.last().activationStd());

        Result he = measure(Transfer.RELU, Initializer.HE);
        assertTrue(he.last().activationStd() > 0.5 && he.last().activationStd() < 2, "He: std at layer 20 " + he.last().activationStd());
    }

    /**
     * tanh with LeCun weights contracts: |tanh(z)| < |z|, so the variance falls a little with every
     * layer (observed std 0.62 at layer 1, 0.22 at 10, 0.15 at 20), and the gradients vanish
     * going backwards (std 0.98 at layer 20, 0.19 at layer 1).
     */
    @Test
    void tanhWithLeCunWeightsShrinks() {
        Result r = measure(Transfer.TANH, Initializer.LECUN);
        Layer first = r.layers().get(0);
        Layer tenth = r.layers().get(9);
        assertTrue(first.activationStd() > tenth.activationStd() && tenth.activationStd() > r.last().activationStd());
        assertTrue(r.last().activationStd() < 0.25, "std at layer 20 " + r.last().activationStd());
        assertTrue(first.gradientStd() < 0.5 * r.last().gradientStd(), "gradient std " + first.gradientStd() + " at layer 1");
    }

    /** Each histogram holds every activation (those outside the range in the end bins); ELU's range starts at -1. */
    @Test
    void histogramsAreComplete() {
        Result r = ActivationStatistics.measure(new Settings(Transfer.ELU, Initializer.HE, 5, 30, 200, 16, 3), MatrixKernels.best());
        for (Layer l : r.layers()) {
            assertEquals(1.0, Arrays.stream(l.histogram()).sum(), 1e-9);
            assertEquals(16, l.histogram().length);
        }
        assertEquals(-1, r.histogramLow());
    }

    @Test
    void readsTheFourNamesAndRefusesOthers() {
        assertEquals(Transfer.SELU, Transfer.parse(" SELU"));
        assertEquals(Initializer.LECUN, Transfer.SELU.defaultInitializer());
        assertThrows(IllegalArgumentException.class, () -> Transfer.parse("sigmoid"));
        assertThrows(IllegalArgumentException.class, () -> new Settings(Transfer.TANH, Initializer.HE, 0, 10, 10, 10, 1));
    }
}

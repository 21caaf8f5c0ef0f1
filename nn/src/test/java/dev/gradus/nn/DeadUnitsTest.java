package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.data.DataSet;
import org.junit.jupiter.api.Test;

class DeadUnitsTest {
    @Test
    void aReluUnitWithAHugeNegativeBiasIsDeadAndTheOthersAreNot() {
        Network net = new Network(new int[] {10, 5, 4, 10}, new UnaryFunction[] {UnaryFunction.RELU}, Cost.LOG_LIKELIHOOD,
                Initializer.HE, 3);
        DataSet data = ActivationTest.blobs(100);
        DeadUnits detector = new DeadUnits(MatrixKernels.best());
        assertEquals(0.0, detector.count(net, data).fraction(), "He-initialised relu units fire for some sample");
        double[] b1 = net.biasesOf(0);
        b1[1] = -1000;
        b1[3] = -1000;
        net.setParameters(0, net.weightsOf(0), b1);
        double[] b2 = net.biasesOf(1);
        b2[0] = -1000;
        net.setParameters(1, net.weightsOf(1), b2);
        DeadUnits.Count count = detector.count(net, data);
        assertArrayEquals(new int[] {2, 1}, count.dead());
        assertArrayEquals(new int[] {5, 4}, count.units());
        assertEquals(3.0 / 9, count.fraction(), 1e-15);
    }
}

package dev.gradus.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The squares of the per-sample gradients from one batch's tape, against a loop over the samples. */
class TapeSampleGradientsTest {

    @Test
    void theBatchsSquaresAndSpreadEqualAPerSampleLoop() {
        for (Cost cost : Cost.values()) {
            Network net = new Network(new int[] {5, 4, 3, 10}, new UnaryFunction[] {UnaryFunction.TANH, UnaryFunction.SIGMOID},
                    cost, Initializer.NETWORK2_DEFAULT, 3);
            int m = 7;
            Random random = new Random(11);
            double[] x = new double[m * 5];
            double[] y = new double[m * 10];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < 5; j++) {
                    x[i * 5 + j] = random.nextGaussian();
                }
                y[i * 10 + random.nextInt(10)] = 1;
            }
            List<Parameter> parameters = net.parameters();

            // each sample on its own: its gradient (a batch of one row is that sample's own cost)
            double[][][] perSample = new double[parameters.size()][m][];
            double[][] sum = new double[parameters.size()][];
            double[][] squares = new double[parameters.size()][];
            for (int k = 0; k < parameters.size(); k++) {
                sum[k] = new double[parameters.get(k).value().length];
                squares[k] = new double[sum[k].length];
            }
            TensorTape single = new TensorTape(MatrixKernels.best());
            for (int i = 0; i < m; i++) {
                single.reset();
                net.zeroGradients();
                single.backward(net.cost(single, net.logits(single, single.input(x, i * 5, 1, 5), true), single.input(y, i * 10, 1, 10)));
                for (int k = 0; k < parameters.size(); k++) {
                    double[] g = parameters.get(k).gradient();
                    perSample[k][i] = g.clone();
                    for (int j = 0; j < g.length; j++) {
                        sum[k][j] += g[j];
                        squares[k][j] += g[j] * g[j];
                    }
                }
            }

            // the whole batch at once
            TensorTape tape = new TensorTape(MatrixKernels.best());
            TapeSampleGradients samples = new TapeSampleGradients(net);
            net.zeroGradients();
            tape.backward(net.cost(tape, net.logits(tape, tape.input(x, 0, m, 5), true, samples.layerInputs, samples.preActivations),
                    tape.input(y, 0, m, 10)));
            samples.recorded(tape, m);
            assertEquals(m, samples.samples());
            for (int k = 0; k < parameters.size(); k++) {
                double[] mean = parameters.get(k).gradient();
                double[] batchSquares = samples.sumOfSquares(k);
                for (int j = 0; j < mean.length; j++) {
                    String where = cost + " " + parameters.get(k).name() + "[" + j + "]";
                    assertEquals(sum[k][j] / m, mean[j], 1e-14, where + ": the mean gradient");
                    assertEquals(squares[k][j], batchSquares[j], 1e-12 * Math.max(1, squares[k][j]), where + ": sum of squares");
                    // the standard deviation from the deviations themselves: sqrt((1/m) sum (g_i - g)^2)
                    double deviations = 0;
                    for (int i = 0; i < m; i++) {
                        double e = perSample[k][i][j] - sum[k][j] / m;
                        deviations += e * e;
                    }
                    double loopSpread = Math.sqrt(deviations / m);
                    assertEquals(loopSpread, VarioEta.standardDeviation(batchSquares[j], mean[j], m), 1e-9, where + ": spread");
                }
            }
        }
    }
}

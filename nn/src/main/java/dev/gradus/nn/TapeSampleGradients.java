package dev.gradus.nn;

import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.Tensor;
import dev.gradus.autodiff.tensor.TensorTape;
import java.util.Arrays;

/**
 * Per-sample gradient squares of a network's dense layers, read from the tape after its backward
 * pass, without a loop over the samples. For a layer z = X W^T + b over a batch of m rows, the tape
 * holds D = dC/dz, where C is the batch's mean cost, so sample i's own gradient is m D_i^T x_i
 * for W and m D_i for b. Hence
 * sum_i (g_i)_jk^2 = m^2 sum_i D_ij^2 X_ik^2 = ((mD)^2)^T (X^2), one matrix product of the squared
 * matrices, and sum_i (g_i)_j^2 = sum_i (m D_ij)^2 for the biases.
 *
 * <p>{@link Network#logits} writes each layer's input node and pre-activation node into {@link
 * #layerInputs} and {@link #preActivations}; the squares are computed the first time an optimizer
 * asks for them in a step (the rules that never ask cost nothing). Buffers grow to the largest
 * batch seen and are reused.
 */
final class TapeSampleGradients implements SampleGradients {
    final int[] layerInputs;
    final int[] preActivations;
    private final int[] sizes;
    /** Whether every parameter is a dense layer's weights or biases, which is what the squares cover. */
    private final boolean denseOnly;
    private final double[][] squares;
    private double[] deltaSquares = new double[0];
    private double[] inputSquares = new double[0];
    private TensorTape tape;
    private int rows;
    private boolean computed;

    TapeSampleGradients(Network network) {
        sizes = network.sizes();
        int layers = sizes.length - 1;
        denseOnly = network.parameters().size() == 2 * layers;
        layerInputs = new int[layers];
        preActivations = new int[layers];
        squares = new double[2 * layers][];
        for (int l = 0; l < layers; l++) {
            squares[2 * l] = new double[sizes[l + 1] * sizes[l]];
            squares[2 * l + 1] = new double[sizes[l + 1]];
        }
    }

    /** The tape has run backward over a batch of {@code rows} samples; the old squares are stale. */
    void recorded(TensorTape tape, int rows) {
        this.tape = tape;
        this.rows = rows;
        computed = false;
    }

    @Override
    public int samples() {
        return rows;
    }

    @Override
    public double[] sumOfSquares(int k) {
        if (!denseOnly) {
            throw new IllegalStateException("per-sample gradient statistics cover networks of dense layers only,"
                    + " not learned activations or maxout pieces");
        }
        if (!computed) {
            compute();
            computed = true;
        }
        return squares[k];
    }

    private void compute() {
        MatrixKernels kernels = tape.kernels();
        double m = rows;
        for (int l = 0; l < sizes.length - 1; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            if (deltaSquares.length < rows * out) {
                deltaSquares = new double[rows * out];
            }
            if (inputSquares.length < rows * in) {
                inputSquares = new double[rows * in];
            }
            Tensor x = tape.value(layerInputs[l]);
            Tensor d = tape.adjoint(preActivations[l]);
            for (int i = 0; i < rows * in; i++) {
                double v = x.data()[x.offset() + i];
                inputSquares[i] = v * v;
            }
            double[] bias = squares[2 * l + 1];
            Arrays.fill(bias, 0.0);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < out; j++) {
                    double v = m * d.data()[d.offset() + i * out + j];
                    deltaSquares[i * out + j] = v * v;
                    bias[j] += v * v;
                }
            }
            kernels.multTransA(deltaSquares, 0, inputSquares, 0, squares[2 * l], 0, out, rows, in, false);
        }
    }
}

package dev.gradus.nn;

import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.Tensor;
import dev.gradus.autodiff.tensor.TensorTape;
import dev.gradus.nn.data.DataSet;
import java.util.Arrays;

/**
 * The dying-relu detector: the hidden units that never fire, whose output is exactly 0 for every
 * sample of a data set. Such a relu unit passes no gradient back for any sample, so no update can
 * revive it (the slides: a large learning rate may kill over 40% of them). Call it between epochs,
 * e.g. from {@link Sgd#train}'s per-epoch callback; it runs the data through the network in
 * batches without gradients (evaluation mode) and leaves the network as it was.
 */
public final class DeadUnits {
    private static final int ROWS = 500;

    /**
     * @param dead  per hidden layer, how many of its units never fired
     * @param units per hidden layer, how many units it has
     */
    public record Count(int[] dead, int[] units) {
        /** The dead units of all hidden layers over all hidden units (0 for a network without hidden layers). */
        public double fraction() {
            int all = Arrays.stream(units).sum();
            return all == 0 ? 0 : (double) Arrays.stream(dead).sum() / all;
        }
    }

    private final TensorTape tape;

    public DeadUnits(MatrixKernels kernels) {
        this.tape = new TensorTape(kernels);
    }

    public Count count(Network network, DataSet data) {
        int[] sizes = network.sizes();
        int hidden = sizes.length - 2;
        boolean[][] fired = new boolean[hidden][];
        for (int l = 0; l < hidden; l++) {
            fired[l] = new boolean[sizes[l + 1]];
        }
        int n = data.size();
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        Batch batch = new Batch(ROWS, data.d(), sizes[sizes.length - 1]);
        for (int from = 0; from < n; from += ROWS) {
            batch.fill(data, order, from, Math.min(n, from + ROWS));
            tape.reset();
            int[] outputs = network.layerOutputs(tape, tape.input(batch.inputs, 0, batch.rows, data.d()), false);
            for (int l = 0; l < hidden; l++) {
                Tensor a = tape.value(outputs[l]);
                for (int r = 0; r < a.rows(); r++) {
                    for (int j = 0; j < a.cols(); j++) {
                        fired[l][j] |= a.get(r, j) != 0;
                    }
                }
            }
        }
        int[] dead = new int[hidden];
        int[] units = new int[hidden];
        for (int l = 0; l < hidden; l++) {
            units[l] = fired[l].length;
            for (boolean f : fired[l]) {
                dead[l] += f ? 0 : 1;
            }
        }
        return new Count(dead, units);
    }
}

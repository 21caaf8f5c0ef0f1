package dev.gradus.nn;

import dev.gradus.nn.data.DataSet;
import java.util.Arrays;

/**
 * Reusable buffers for a mini-batch: the chosen samples' inputs copied into consecutive rows and
 * their labels one-hot, so that the tape sees one contiguous matrix. Allocated once per training
 * run, refilled for every batch.
 */
final class Batch {
    final double[] inputs;
    final double[] targets;
    final int[] labels;
    private final int d;
    private final int classes;
    int rows;

    Batch(int capacity, int d, int classes) {
        this.d = d;
        this.classes = classes;
        inputs = new double[capacity * d];
        targets = new double[capacity * classes];
        labels = new int[capacity];
    }

    /** How many classes its one-hot targets have: the network's outputs. */
    int classes() {
        return classes;
    }

    /** Fills the batch with samples order[from], ..., order[to - 1]. */
    void fill(DataSet data, int[] order, int from, int to) {
        rows = to - from;
        Arrays.fill(targets, 0, rows * classes, 0.0);
        for (int r = 0; r < rows; r++) {
            int sample = order[from + r];
            data.copyInput(sample, inputs, r * d);
            labels[r] = data.label(sample);
            targets[r * classes + labels[r]] = 1.0;
        }
    }
}

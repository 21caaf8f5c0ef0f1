package dev.gradus.nn;

import dev.gradus.autodiff.tensor.Tensor;
import dev.gradus.autodiff.tensor.TensorTape;
import dev.gradus.nn.data.DataSet;

/**
 * A network's cost and accuracy on a data set, computed in batches on a tape without gradients.
 * The cost is network2's total_cost: the average cost plus 0.5 (lambda/n) sum w^2, n the size of
 * the data set evaluated.
 */
public final class Evaluation {
    private static final int ROWS = 500;

    public record Result(double cost, double accuracy) {}

    private final TensorTape tape;
    private final Batch batch;

    public Evaluation(TensorTape tape, int d, int classes) {
        this.tape = tape;
        this.batch = new Batch(ROWS, d, classes);
    }

    public Result evaluate(Network network, DataSet data, double lambda) {
        int n = data.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double cost = 0;
        int correct = 0;
        for (int from = 0; from < n; from += ROWS) {
            int to = Math.min(n, from + ROWS);
            batch.fill(data, order, from, to);
            tape.reset();
            int x = tape.input(batch.inputs, 0, batch.rows, data.d());
            int y = tape.input(batch.targets, 0, batch.rows, batch.classes());
            int logits = network.logits(tape, x, false);
            cost += tape.scalar(network.cost(tape, logits, y)) * batch.rows;
            correct += correct(tape.value(logits), batch.labels);
        }
        double l2 = 0.5 * (lambda / n) * network.sumOfSquaredWeights();
        return new Result(cost / n + l2, (double) correct / n);
    }

    /** How many rows have their largest logit at the label (sigmoid and softmax keep the order). */
    static int correct(Tensor logits, int[] labels) {
        int correct = 0;
        for (int r = 0; r < logits.rows(); r++) {
            int best = 0;
            for (int j = 1; j < logits.cols(); j++) {
                if (logits.get(r, j) > logits.get(r, best)) {
                    best = j;
                }
            }
            correct += best == labels[r] ? 1 : 0;
        }
        return correct;
    }
}

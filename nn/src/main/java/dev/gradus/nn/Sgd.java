package dev.gradus.nn;

import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.autodiff.tensor.TensorTape;
import dev.gradus.nn.data.DataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Mini-batch stochastic gradient descent as network2.py does it: each epoch shuffles the training
 * data (seeded), and for every mini-batch of m samples updates
 * w &lt;- (1 - eta lambda / n) w - (eta / m) sum grad, b &lt;- b - (eta / m) sum grad (L2 decays the
 * weights only; n is the training set's size). A batch size of 1 is pattern-by-pattern learning,
 * a batch size of n steepest descent. Another {@link Optimizer} (momentum, Vario-Eta, Adam) can
 * take the update's place. The tape, the batch buffers and the parameters are reused: nothing is
 * allocated per mini-batch.
 */
public final class Sgd {
    /**
     * @param eta       the learning rate
     * @param lambda    the L2 parameter (0 for none)
     * @param batchSize samples per update
     * @param epochs    passes over the training data
     * @param seed      for the shuffles (the network's initialisation has its own)
     */
    public record Settings(double eta, double lambda, int batchSize, int epochs, long seed) {
        public Settings {
            if (!(eta > 0) || !(lambda >= 0) || batchSize < 1 || epochs < 0) {
                throw new IllegalArgumentException("need eta > 0, lambda >= 0, batch size >= 1 and epochs >= 0");
            }
        }

        /** network2's MNIST run without L2: eta 0.5, lambda 0, batches of 10, 30 epochs, seed 1; change them with the withers. */
        public static Settings defaults() {
            return new Settings(0.5, 0, 10, 30, 1);
        }

        public Settings withEta(double eta) {
            return new Settings(eta, lambda, batchSize, epochs, seed);
        }

        public Settings withLambda(double lambda) {
            return new Settings(eta, lambda, batchSize, epochs, seed);
        }

        public Settings withBatchSize(int batchSize) {
            return new Settings(eta, lambda, batchSize, epochs, seed);
        }

        public Settings withEpochs(int epochs) {
            return new Settings(eta, lambda, batchSize, epochs, seed);
        }

        public Settings withSeed(long seed) {
            return new Settings(eta, lambda, batchSize, epochs, seed);
        }
    }

    /** Which of network2's four monitoring lists to fill (each costs a pass over its data). */
    public record Monitoring(boolean trainingCost, boolean trainingAccuracy, boolean evaluationCost, boolean evaluationAccuracy) {
        public static final Monitoring ALL = new Monitoring(true, true, true, true);
        public static final Monitoring EVALUATION_ACCURACY = new Monitoring(false, false, false, true);
    }

    private final Settings settings;
    private final Optimizer optimizer;
    private final TensorTape tape;

    /** network2's update rule ({@link GradientDescent}). */
    public Sgd(Settings settings, MatrixKernels kernels) {
        this(settings, new GradientDescent(), kernels);
    }

    /** Another learning rule; the optimizer's state is cleared at the start of each {@link #train}. */
    public Sgd(Settings settings, Optimizer optimizer, MatrixKernels kernels) {
        this.settings = settings;
        this.optimizer = optimizer;
        this.tape = new TensorTape(kernels);
    }

    /** A trainer with {@code settings} and the fastest matrix kernels of this machine. */
    public Sgd(Settings settings) {
        this(settings, MatrixKernels.best());
    }

    /**
     * Trains the network on {@code training}, and returns each epoch's cost and accuracy on it.
     *
     * @throws TrainingDiverged when a cost or parameter becomes NaN or infinite (see {@link #train(Network, DataSet, DataSet, Monitoring, Consumer, IntConsumer)})
     */
    public List<EpochResult> train(Network network, DataSet training) throws TrainingDiverged {
        return train(network, training, null);
    }

    /**
     * Trains the network on {@code training}, and returns each epoch's cost and accuracy on
     * {@code training} and on {@code evaluation} (when not null): network2's four monitoring lists.
     */
    public List<EpochResult> train(Network network, DataSet training, DataSet evaluation) throws TrainingDiverged {
        List<EpochResult> epochs = new ArrayList<>();
        train(network, training, evaluation, Monitoring.ALL, epochs::add, batch -> { });
        return epochs;
    }

    /**
     * Trains the network, reporting each epoch to {@code onEpoch} and each finished mini-batch
     * (its index within the epoch) to {@code onBatch}.
     *
     * @throws TrainingDiverged when a cost or parameter becomes NaN or infinite; the network is
     *                          then restored to the end of the previous epoch
     */
    public void train(Network network, DataSet training, DataSet evaluation, Monitoring monitoring,
                      Consumer<EpochResult> onEpoch, IntConsumer onBatch) throws TrainingDiverged {
        int[] sizes = network.sizes();
        int outputs = sizes[sizes.length - 1];
        int classes = Math.max(training.classes(), evaluation == null ? 0 : evaluation.classes());
        if (sizes[0] != training.d() || classes > outputs) {
            throw new IllegalArgumentException("the network " + java.util.Arrays.toString(sizes) + " does not fit data with "
                    + training.d() + " inputs and " + classes + " classes (one output per class)");
        }
        int n = training.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        Batch batch = new Batch(settings.batchSize(), training.d(), outputs);
        Evaluation evaluator = new Evaluation(new TensorTape(tape.kernels()), training.d(), outputs);
        network.zeroGradients();
        List<Parameter> parameters = network.parameters();
        optimizer.start(parameters, settings.eta(), settings.lambda(), n);
        TapeSampleGradients samples = new TapeSampleGradients(network);
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            double[][][] lastGood = network.snapshot();
            long start = System.nanoTime();
            shuffle(order, random);
            int index = 0;
            for (int from = 0; from < n; from += settings.batchSize()) {
                batch.fill(training, order, from, Math.min(n, from + settings.batchSize()));
                double cost = step(network, parameters, samples, batch, training.d());
                if (!Double.isFinite(cost)) {
                    int layer = network.firstNonFiniteLayer();
                    network.restore(lastGood);
                    throw new TrainingDiverged(epoch, layer, "the mini-batch cost is " + cost);
                }
                onBatch.accept(index++);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int layer = network.firstNonFiniteLayer();
            if (layer > 0) {
                network.restore(lastGood);
                throw new TrainingDiverged(epoch, layer, "a parameter is NaN or infinite");
            }
            onEpoch.accept(monitor(epoch, seconds, network, training, evaluation, monitoring, evaluator));
        }
    }

    /**
     * One update on the batch; returns the batch's cost (before the update). The gradients are
     * zero on entry and left zero: the update clears each one as it uses it, which saves a pass
     * over the weights per step.
     */
    private double step(Network network, List<Parameter> parameters, TapeSampleGradients samples, Batch batch, int d) {
        tape.reset();
        int x = tape.input(batch.inputs, 0, batch.rows, d);
        int y = tape.input(batch.targets, 0, batch.rows, batch.classes());
        int cost = network.cost(tape, network.logits(tape, x, true, samples.layerInputs, samples.preActivations), y);
        tape.backward(cost);
        // The tape's costs are averages over the batch, so the gradients are the batch's means.
        samples.recorded(tape, batch.rows);
        optimizer.update(parameters, samples);
        return tape.scalar(cost);
    }

    private EpochResult monitor(int epoch, double seconds, Network network, DataSet training, DataSet evaluation,
                                Monitoring m, Evaluation evaluator) {
        double nan = Double.NaN;
        Evaluation.Result train = m.trainingCost() || m.trainingAccuracy()
                ? evaluator.evaluate(network, training, settings.lambda()) : null;
        Evaluation.Result eval = evaluation != null && (m.evaluationCost() || m.evaluationAccuracy())
                ? evaluator.evaluate(network, evaluation, settings.lambda()) : null;
        return new EpochResult(epoch, seconds,
                train != null && m.trainingCost() ? train.cost() : nan,
                train != null && m.trainingAccuracy() ? train.accuracy() : nan,
                eval != null && m.evaluationCost() ? eval.cost() : nan,
                eval != null && m.evaluationAccuracy() ? eval.accuracy() : nan);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}

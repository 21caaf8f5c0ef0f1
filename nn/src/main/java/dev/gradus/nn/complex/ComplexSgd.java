package dev.gradus.nn.complex;

import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.nn.TrainingDiverged;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Mini-batch gradient descent for a {@link ComplexNetwork}, network2's rule with complex
 * parameters: each epoch shuffles the training samples (seeded), and each mini-batch of m samples
 * updates every weight and bias as p &lt;- p - (eta / m) sum 2 dC/d conj(p), the steepest descent of
 * the real cost in the plane of p (2 dC/d conj(p) = dC/d(Re p) + i dC/d(Im p)). A batch size of 1
 * is pattern-by-pattern learning, a batch size of n steepest descent.
 */
public final class ComplexSgd {
    /**
     * @param eta       the learning rate
     * @param batchSize samples per update
     * @param epochs    passes over the training samples
     * @param seed      for the shuffles (the network's initialisation has its own)
     */
    public record Settings(double eta, int batchSize, int epochs, long seed) {
        public Settings {
            if (!(eta > 0) || batchSize < 1 || epochs < 0) {
                throw new IllegalArgumentException("need eta > 0, batch size >= 1 and epochs >= 0");
            }
        }
    }

    private final Settings settings;
    private final ComplexTape tape = new ComplexTape();

    public ComplexSgd(Settings settings) {
        this.settings = settings;
    }

    /**
     * Trains the network and returns epoch 0 (the costs before training) and every epoch after it,
     * each also given to {@code onEpoch} as it ends.
     *
     * @throws TrainingDiverged when a cost or parameter becomes NaN or infinite; the network is
     *                          then restored to the end of the previous epoch
     */
    public List<ComplexEpoch> train(ComplexNetwork network, ComplexSamples training, ComplexSamples test,
                                    Consumer<ComplexEpoch> onEpoch) throws TrainingDiverged {
        List<ComplexEpoch> epochs = new ArrayList<>();
        ComplexEpoch start = new ComplexEpoch(0, meanCost(network, training), meanCost(network, test), 0);
        epochs.add(start);
        onEpoch.accept(start);
        int[] order = new int[training.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long begin = System.nanoTime();
            ComplexNetwork saved = network.copy();
            shuffle(order, random);
            for (int from = 0; from < order.length; from += settings.batchSize()) {
                int to = Math.min(order.length, from + settings.batchSize());
                network.zeroGradients();
                for (int i = from; i < to; i++) {
                    network.accumulateGradient(tape, training.inputs()[order[i]], training.targets()[order[i]]);
                }
                network.descend(settings.eta() / (to - from));
            }
            ComplexEpoch result = new ComplexEpoch(epoch, meanCost(network, training), meanCost(network, test),
                    (System.nanoTime() - begin) / 1e9);
            if (!network.isFinite() || !Double.isFinite(result.trainingCost()) || !Double.isFinite(result.testCost())) {
                network.restore(saved);
                throw new TrainingDiverged(epoch, 0, "training cost " + result.trainingCost() + ", test cost " + result.testCost()
                        + (network.isFinite() ? "" : ", a weight or bias is not finite"));
            }
            epochs.add(result);
            onEpoch.accept(result);
        }
        network.zeroGradients();
        return epochs;
    }

    /** The mean of 1/2 |y - a|^2 over the samples. */
    public double meanCost(ComplexNetwork network, ComplexSamples samples) {
        double sum = 0;
        for (int i = 0; i < samples.size(); i++) {
            sum += network.cost(tape, samples.inputs()[i], samples.targets()[i]);
        }
        return sum / samples.size();
    }

    /** Fisher-Yates with the seeded generator. */
    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}

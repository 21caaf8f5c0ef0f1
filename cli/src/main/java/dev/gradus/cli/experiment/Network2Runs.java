package dev.gradus.cli.experiment;

import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.autodiff.tensor.MatrixKernels;
import dev.gradus.nn.Cost;
import dev.gradus.nn.EpochResult;
import dev.gradus.nn.GradientDescent;
import dev.gradus.nn.Initializer;
import dev.gradus.nn.Network;
import dev.gradus.nn.Optimizer;
import dev.gradus.nn.Sgd;
import dev.gradus.nn.TrainingDiverged;
import dev.gradus.nn.data.DataSet;
import java.util.ArrayList;
import java.util.List;

/** A network2 training run, [d, 30, 10] sigmoid with network2's default initialiser, with all four monitoring lists. */
final class Network2Runs {
    private Network2Runs() {}

    /** @throws TrainingDiverged when a cost or weight becomes NaN or infinite (not with these settings) */
    static List<EpochResult> train(DataSet training, DataSet test, Cost cost, double eta, double lambda, int epochs, long seed)
            throws TrainingDiverged {
        return train(training, test, cost, new GradientDescent(), eta, lambda, 10, epochs, seed, Sgd.Monitoring.ALL);
    }

    /** The same network with another learning rule, batch size and monitoring. */
    static List<EpochResult> train(DataSet training, DataSet test, Cost cost, Optimizer optimizer, double eta, double lambda,
                                   int batchSize, int epochs, long seed, Sgd.Monitoring monitoring) throws TrainingDiverged {
        Network network = new Network(new int[] {training.d(), 30, DataSet.MNIST_CLASSES}, new UnaryFunction[] {UnaryFunction.SIGMOID},
                cost, Initializer.NETWORK2_DEFAULT, seed);
        List<EpochResult> results = new ArrayList<>();
        new Sgd(new Sgd.Settings(eta, lambda, batchSize, epochs, seed + 1), optimizer, MatrixKernels.best())
                .train(network, training, test, monitoring, results::add, batch -> { });
        return results;
    }

    static double[] epochs(List<EpochResult> run) {
        return run.stream().mapToDouble(EpochResult::epoch).toArray();
    }

    static double best(List<EpochResult> run) {
        return run.stream().mapToDouble(EpochResult::evaluationAccuracy).max().orElse(Double.NaN);
    }

    static double last(List<EpochResult> run) {
        return run.get(run.size() - 1).evaluationAccuracy();
    }
}

package dev.gradus.cli.experiment;

import java.util.Random;

/**
 * Aufgabe 26 (c): products Q_n = q_1 ... q_n of n i.i.d. factors, simulated, beside the log-normal
 * model of the sheet, which takes log Q_n = log q_1 + ... + log q_n as normal with mean n mu and
 * variance n s^2 (mu and s^2 the mean and variance of log q): E[Q_n] = exp(n mu + n s^2/2) and
 * Var[Q_n] = (exp(n s^2) - 1) exp(2 n mu + n s^2). For i.i.d. factors E[Q_n] = (E q)^n exactly,
 * which the model matches only when log q is itself normal.
 */
final class GradientProducts {

    /** How one factor q is drawn. */
    interface Factor {
        double draw(Random random);
    }

    /**
     * The sheet's factor q = |w sigma'(w a + b)| of a one-neuron layer, with w ~ N(0, weightSd^2),
     * b ~ N(0, 1) and a ~ uniform(0, 1) (the previous layer's sigmoid output).
     */
    static Factor sigmoidLayer(double weightSd) {
        return random -> {
            double w = weightSd * random.nextGaussian();
            double b = random.nextGaussian();
            double a = random.nextDouble();
            double s = 1 / (1 + Math.exp(-(w * a + b)));
            return Math.abs(w * s * (1 - s));
        };
    }

    /** The control: q = exp(N(mu, sd^2)), so that log Q_n is exactly normal. */
    static Factor logNormal(double mu, double sd) {
        return random -> Math.exp(mu + sd * random.nextGaussian());
    }

    /**
     * The sample of factors that fixes the model (mu, s^2 of log q and the mean of q) and, for
     * each depth n = 1..depth (index n - 1), the chains' statistics beside the model's.
     */
    record Result(int chains, double mu, double s2, double meanQ,
            double[] meanLogQ, double[] varLogQ, double[] simulatedMean, double[] simulatedVariance,
            double[] logNormalMean, double[] logNormalVariance, double[] iidMean) {
        int depth() {
            return meanLogQ.length;
        }
    }

    private GradientProducts() {}

    /**
     * Estimates mu, s^2 and E q from {@code chains} factors, then draws {@code chains} independent
     * chains of {@code depth} factors (so that the model and the simulation do not share noise).
     */
    static Result simulate(Factor factor, int depth, int chains, long seed) {
        if (depth < 1 || chains < 2) {
            throw new IllegalArgumentException("need depth >= 1 and at least 2 chains");
        }
        Random random = new Random(seed);
        double sumLog = 0;
        double sumLogSquared = 0;
        double sumQ = 0;
        for (int i = 0; i < chains; i++) {
            double q = factor.draw(random);
            double l = Math.log(q);
            sumLog += l;
            sumLogSquared += l * l;
            sumQ += q;
        }
        double mu = sumLog / chains;
        double s2 = (sumLogSquared - chains * mu * mu) / (chains - 1);
        double meanQ = sumQ / chains;

        double[] sumLogQ = new double[depth];
        double[] sumLogQSquared = new double[depth];
        double[] sumProduct = new double[depth];
        double[] sumProductSquared = new double[depth];
        for (int c = 0; c < chains; c++) {
            double logQ = 0;
            for (int n = 0; n < depth; n++) {
                logQ += Math.log(factor.draw(random));
                double product = Math.exp(logQ);
                sumLogQ[n] += logQ;
                sumLogQSquared[n] += logQ * logQ;
                sumProduct[n] += product;
                sumProductSquared[n] += product * product;
            }
        }
        double[] meanLogQ = new double[depth];
        double[] varLogQ = new double[depth];
        double[] mean = new double[depth];
        double[] variance = new double[depth];
        double[] logNormalMean = new double[depth];
        double[] logNormalVariance = new double[depth];
        double[] iidMean = new double[depth];
        for (int n = 0; n < depth; n++) {
            int k = n + 1;
            meanLogQ[n] = sumLogQ[n] / chains;
            varLogQ[n] = (sumLogQSquared[n] - chains * meanLogQ[n] * meanLogQ[n]) / (chains - 1);
            mean[n] = sumProduct[n] / chains;
            variance[n] = (sumProductSquared[n] - chains * mean[n] * mean[n]) / (chains - 1);
            logNormalMean[n] = Math.exp(k * mu + k * s2 / 2);
            logNormalVariance[n] = Math.expm1(k * s2) * Math.exp(2 * k * mu + k * s2);
            iidMean[n] = Math.pow(meanQ, k);
        }
        return new Result(chains, mu, s2, meanQ, meanLogQ, varLogQ, mean, variance, logNormalMean, logNormalVariance, iidMean);
    }
}

package dev.gradus.nn;

import dev.gradus.nn.data.DataSet;
import java.util.Random;

/** A small separable data set for training tests: ten features, a sample of class c has feature c near 1, the others near 0. */
final class Blobs {
    private Blobs() {}

    /** n samples, classes in turn, Gaussian noise of standard deviation {@code spread}. */
    static DataSet of(int n, double spread, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n * 10];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % DataSet.MNIST_CLASSES;
            for (int j = 0; j < 10; j++) {
                x[i * 10 + j] = spread * random.nextGaussian() + (j == labels[i] ? 1 : 0);
            }
        }
        return DataSet.of("blobs", x, labels, 2, 5);
    }
}

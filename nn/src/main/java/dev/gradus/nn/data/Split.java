package dev.gradus.nn.data;

import java.util.Objects;

/** A training set and a test set of the same kind of input. */
public record Split(DataSet train, DataSet test) {

    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (train.rows() != test.rows() || train.cols() != test.cols()) {
            throw new IllegalArgumentException("train inputs are " + train.rows() + " x " + train.cols()
                    + " but test inputs " + test.rows() + " x " + test.cols());
        }
    }
}

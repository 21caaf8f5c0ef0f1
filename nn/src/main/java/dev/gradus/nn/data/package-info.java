/**
 * Data sets for training and testing networks: readers for the MNIST (IDX) format and the 8x8
 * optical digits CSV, the immutable {@link dev.gradus.nn.data.DataSet}, and the sets shipped with
 * gradus, found by name through {@link dev.gradus.nn.data.DataSets}.
 *
 * <p>Every reader validates its file completely before a network sees a number, and reports every
 * problem (a wrong magic number, a truncated or overlong file, a label out of range, a corrupt
 * gzip stream, a missing file) as one checked {@link dev.gradus.nn.data.DataSetException} whose
 * one-line message starts with the file's name: a bad download should fail loudly at loading, not
 * as a mysteriously poor accuracy after an hour of training.
 */
package dev.gradus.nn.data;

#!/usr/bin/python3
"""The network of gradus' epoch benchmark, trained in NumPy or in PyTorch (CPU).

Layers 784-H-10 (H = --hidden, 30), sigmoid on both, cross-entropy cost, weights drawn from
N(0, 1/n_in) and biases from N(0, 1) (the initialisation of Nielsen's network2), plain SGD over
shuffled mini-batches with L2 weight decay, as network2 updates:

    w <- (1 - eta lambda / n) w - (eta / m) sum of the m samples' gradients
    b <- b - (eta / m) sum of the m samples' gradients

with n the training-set size and m the mini-batch's size (the last one may be smaller).
Defaults: eta 0.5, lambda 5, mini-batch 10.

Back-ends:
  numpy  backpropagation written out, a whole mini-batch as one matrix (rows are samples);
  torch  the same forward pass, gradients from autograd (binary_cross_entropy_with_logits summed
         over outputs and samples, whose gradient at the output pre-activation is a - y), and
         the update above done in place; --dtype float64 or float32, --threads (default 2).

Data: a folder with the four MNIST-format IDX files, gzipped or not (train-images-idx3-ubyte,
train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each possibly with
.gz); pixels are scaled to [0, 1].

Output: a line starting with '#' that says what runs, then one line per epoch

    epoch K seconds S accuracy A

where S is the training time of the epoch (the shuffle and every mini-batch update; the test
pass is not included) and A the fraction of the test set classified right after it.
"""

import argparse
import gzip
import os
import struct
import time

import numpy as np


# ---------------------------------------------------------------------------------------------
# data

def read_idx(folder, name):
    """The unsigned-byte array stored in folder/name or folder/name.gz."""
    path = os.path.join(folder, name)
    if os.path.exists(path):
        with open(path, "rb") as f:
            raw = f.read()
    elif os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz", "rb") as f:
            raw = f.read()
    else:
        raise SystemExit("mlp.py: no %s(.gz) in %s" % (name, folder))
    if raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise SystemExit("mlp.py: %s is not an IDX file of unsigned bytes" % path)
    rank = raw[3]
    shape = struct.unpack(">%dI" % rank, raw[4:4 + 4 * rank])
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * rank).reshape(shape)


def load(folder, prefix, dtype):
    """(images as rows scaled to [0, 1], labels) of one half of the data set."""
    images = read_idx(folder, prefix + "-images-idx3-ubyte")
    labels = read_idx(folder, prefix + "-labels-idx1-ubyte")
    return (images.reshape(len(images), -1) / 255.0).astype(dtype), labels.astype(np.int64)


def blas_in_use():
    """The BLAS libraries mapped into this process (Linux), to say which one was timed."""
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "blas" in line.rsplit("/", 1)[-1]}
    except OSError:
        return "unknown"
    return ",".join(sorted(os.path.realpath(p) for p in paths)) or "none"


# ---------------------------------------------------------------------------------------------
# the two back-ends: train(x, y) does one mini-batch update, predict(x) returns class indices

class NumpyNetwork:
    def __init__(self, sizes, settings, n, dtype, seed):
        rng = np.random.default_rng(seed)
        n_in, hidden, n_out = sizes
        self.w1 = (rng.standard_normal((n_in, hidden)) / np.sqrt(n_in)).astype(dtype)
        self.b1 = rng.standard_normal(hidden).astype(dtype)
        self.w2 = (rng.standard_normal((hidden, n_out)) / np.sqrt(hidden)).astype(dtype)
        self.b2 = rng.standard_normal(n_out).astype(dtype)
        self.eta = settings.eta
        self.shrink = 1.0 - settings.eta * settings.lmbda / n
        self.rng = rng

    def permutation(self, n):
        return self.rng.permutation(n)

    def train(self, x, y):
        hidden = sigmoid(x @ self.w1 + self.b1)
        out = sigmoid(hidden @ self.w2 + self.b2)
        delta2 = out - y                                         # cross-entropy, sigmoid output
        delta1 = (delta2 @ self.w2.T) * hidden * (1.0 - hidden)
        step = self.eta / len(x)
        self.w2 *= self.shrink
        self.w2 -= step * (hidden.T @ delta2)
        self.b2 -= step * delta2.sum(axis=0)
        self.w1 *= self.shrink
        self.w1 -= step * (x.T @ delta1)
        self.b1 -= step * delta1.sum(axis=0)

    def predict(self, x):
        return np.argmax(sigmoid(x @ self.w1 + self.b1) @ self.w2 + self.b2, axis=1)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class TorchNetwork:
    def __init__(self, sizes, settings, n, dtype, seed):
        import torch
        import torch.nn.functional
        self.torch = torch
        self.loss = torch.nn.functional.binary_cross_entropy_with_logits
        self.generator = torch.Generator().manual_seed(seed)
        n_in, hidden, n_out = sizes

        def normal(shape, scale=1.0):
            drawn = torch.randn(shape, generator=self.generator, dtype=torch.float64) * scale
            return drawn.to(dtype).requires_grad_()

        self.weights = [normal((n_in, hidden), n_in ** -0.5), normal((hidden, n_out), hidden ** -0.5)]
        self.biases = [normal(hidden), normal(n_out)]
        self.eta = settings.eta
        self.shrink = 1.0 - settings.eta * settings.lmbda / n

    def permutation(self, n):
        return self.torch.randperm(n, generator=self.generator)

    def logits(self, x):
        (w1, w2), (b1, b2) = self.weights, self.biases
        return self.torch.sigmoid(x @ w1 + b1) @ w2 + b2

    def train(self, x, y):
        for p in self.weights + self.biases:
            p.grad = None
        self.loss(self.logits(x), y, reduction="sum").backward()
        step = self.eta / len(x)
        with self.torch.no_grad():
            for w in self.weights:
                w.mul_(self.shrink).sub_(w.grad, alpha=step)
            for b in self.biases:
                b.sub_(b.grad, alpha=step)

    def predict(self, x):
        with self.torch.no_grad():
            return self.logits(x).argmax(dim=1)


# ---------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description="784-30-10 sigmoid network, SGD, NumPy or PyTorch")
    parser.add_argument("--backend", choices=["numpy", "torch"], default="numpy")
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist",
                        help="folder of the IDX files (default: Debian's dataset-fashion-mnist)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=10)
    parser.add_argument("--dtype", choices=["float64", "float32"], default="float64")
    parser.add_argument("--eta", type=float, default=0.5)
    parser.add_argument("--lmbda", type=float, default=5.0, help="L2 regularisation lambda")
    parser.add_argument("--hidden", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (torch only)")
    settings = parser.parse_args()

    x_train, labels_train = load(settings.data, "train", settings.dtype)
    x_test, labels_test = load(settings.data, "t10k", settings.dtype)
    n, m = len(x_train), settings.batch_size
    y_train = np.eye(10, dtype=settings.dtype)[labels_train]      # one-hot rows
    sizes = (x_train.shape[1], settings.hidden, 10)

    if settings.backend == "numpy":
        net = NumpyNetwork(sizes, settings, n, settings.dtype, settings.seed)
        version = "NumPy " + np.__version__
    else:
        import torch
        torch.set_num_threads(settings.threads)
        dtype = getattr(torch, settings.dtype)
        x_train, y_train = torch.from_numpy(x_train).to(dtype), torch.from_numpy(y_train).to(dtype)
        x_test, labels_test = torch.from_numpy(x_test).to(dtype), torch.from_numpy(labels_test)
        net = TorchNetwork(sizes, settings, n, dtype, settings.seed)
        version = "PyTorch %s (%d threads)" % (torch.__version__, torch.get_num_threads())
    print("# %s %s, %s, %d training and %d test samples from %s, mini-batch %d, eta %g, lambda %g,"
          " BLAS %s" % (version, settings.dtype, "-".join(map(str, sizes)), n, len(x_test),
                        settings.data, m, settings.eta, settings.lmbda, blas_in_use()), flush=True)

    for epoch in range(1, settings.epochs + 1):
        start = time.perf_counter()
        order = net.permutation(n)
        xs, ys = x_train[order], y_train[order]
        for k in range(0, n, m):
            net.train(xs[k:k + m], ys[k:k + m])
        seconds = time.perf_counter() - start
        accuracy = float((net.predict(x_test) == labels_test).sum()) / len(labels_test)
        print("epoch %d seconds %.4f accuracy %.4f" % (epoch, seconds, accuracy), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""The scalar chain of gradus' ScalarChainBenchmark, differentiated by PyTorch's autograd.

Every value is a 0-dim float64 tensor. The chain starts at v = x[0] and applies, for block
b = 0, 1, 2, ... with (a, c, d, e) = x[4k .. 4k+3] and k = b mod 4,

    v <- sigmoid(exp(tanh(sin(v * a + c) * d)) + e)

that is eight operations a block (v*x, v+x, sin, v*x, tanh, exp, v+x, sigmoid), over the 16
inputs x[j] = 0.9 cos(1.3 j + 0.4). --nodes is the number of operations, rounded down to a
multiple of 8.

Times are medians over --reps repetitions (a garbage collection before each timed part),
printed in nanoseconds per operation:

    python_floats       the chain on Python floats with the math module (value only)
    no_grad             the chain on tensors inside torch.no_grad() (value only)
    record              the chain on tensors that require a gradient (builds the graph)
    backward            out.backward() through that graph
    free_graph          dropping the output, which frees the graph (not counted below)
    value_and_gradient  record + backward

Then the value, the sum of the 16 partial derivatives and the largest difference between a
partial and a central difference on Python floats, to compare with ScalarChainTest.
"""

import argparse
import gc
import itertools
import math
import statistics
import time

import torch

INPUTS = [0.9 * math.cos(1.3 * j + 0.4) for j in range(16)]


def chain(x, operations, sin, tanh, exp, sigmoid):
    """The chain over x (floats or tensors), with the given elementary functions."""
    groups = [tuple(x[k:k + 4]) for k in range(0, len(x), 4)]
    v = x[0]
    for a, c, d, e in itertools.islice(itertools.cycle(groups), operations // 8):
        v = sigmoid(exp(tanh(sin(v * a + c) * d)) + e)
    return v


def float_sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


FLOATS = (math.sin, math.tanh, math.exp, float_sigmoid)
TENSORS = (torch.sin, torch.tanh, torch.exp, torch.sigmoid)


def timed(work):
    """(nanoseconds, result) of work(), after a garbage collection."""
    gc.collect()
    start = time.perf_counter_ns()
    result = work()
    return time.perf_counter_ns() - start, result


def main():
    parser = argparse.ArgumentParser(description="PyTorch scalar autograd on gradus' scalar chain")
    parser.add_argument("--nodes", type=int, default=100_000, help="operations (multiple of 8)")
    parser.add_argument("--reps", type=int, default=5, help="repetitions, the median is printed")
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads")
    args = parser.parse_args()
    operations = args.nodes - args.nodes % 8
    if operations <= 0 or args.reps <= 0:
        parser.error("--nodes must be at least 8 and --reps at least 1")
    torch.set_num_threads(args.threads)
    print("# scalar chain: PyTorch %s, %d threads, %d operations, 16 inputs, median of %d"
          % (torch.__version__, torch.get_num_threads(), operations, args.reps), flush=True)

    times = {name: [] for name in ("python_floats", "no_grad", "record", "backward", "free_graph")}
    for _ in range(args.reps):
        ns, float_value = timed(lambda: chain(INPUTS, operations, *FLOATS))
        times["python_floats"].append(ns)

        leaves = [torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in INPUTS]
        with torch.no_grad():
            ns, _ = timed(lambda: chain(leaves, operations, *TENSORS))
        times["no_grad"].append(ns)

        ns, out = timed(lambda: chain(leaves, operations, *TENSORS))
        times["record"].append(ns)
        ns, _ = timed(out.backward)
        times["backward"].append(ns)
        value = out.item()
        gradient = [leaf.grad.item() for leaf in leaves]

        start = time.perf_counter_ns()
        del out
        times["free_graph"].append(time.perf_counter_ns() - start)
        del leaves

    median = {name: statistics.median(samples) for name, samples in times.items()}
    median["value_and_gradient"] = median["record"] + median["backward"]
    for name, ns in median.items():
        print("ns_per_operation %s %.1f" % (name, ns / operations))
    print("ratio value_and_gradient/no_grad %.2f" % (median["value_and_gradient"] / median["no_grad"]))
    print("ratio value_and_gradient/python_floats %.1f"
          % (median["value_and_gradient"] / median["python_floats"]))

    h = 1e-5
    worst = 0.0
    for j in range(len(INPUTS)):
        up, down = list(INPUTS), list(INPUTS)
        up[j] += h
        down[j] -= h
        slope = (chain(up, operations, *FLOATS) - chain(down, operations, *FLOATS)) / (2 * h)
        worst = max(worst, abs(slope - gradient[j]))
    print("value %.17g" % value)
    print("value_python_floats %.17g" % float_value)
    print("gradient_sum %.17g" % sum(gradient))
    print("central_difference_max_error %.3g" % worst)


if __name__ == "__main__":
    main()

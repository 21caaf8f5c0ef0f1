#!/usr/bin/python3
"""The scalar chain of gradus' ScalarChainBenchmark on a tape written in plain Python.

The same chain as scalar_chain_torch.py (eight operations a block, v*x, v+x, sin, v*x, tanh,
exp, v+x, sigmoid, over x[j] = 0.9 cos(1.3 j + 0.4), j < 16), recorded on a Wengert list: each
operation appends its value, its one or two arguments and the partial derivatives with
respect to them; one reverse sweep over the list gives the 16 partials. No dependencies.

Times are medians over --reps repetitions (a garbage collection before each timed part), in
nanoseconds per operation:

    python_floats       the chain on Python floats (value only)
    record              the chain on the tape (values and local partials)
    backward            the reverse sweep
    value_and_gradient  record + backward

Then the value and the sum of the 16 partials, to compare with ScalarChainTest and with
scalar_chain_torch.py.
"""

import argparse
import gc
import itertools
import math
import statistics
import time

INPUTS = [0.9 * math.cos(1.3 * j + 0.4) for j in range(16)]


class Tape:
    """Node i has value[i]; its arguments are first[i] and second[i] (-1: none), with the
    partials d_first[i] and d_second[i]."""

    def __init__(self):
        self.value, self.first, self.second, self.d_first, self.d_second = [], [], [], [], []

    def _push(self, value, first, d_first, second=-1, d_second=0.0):
        self.value.append(value)
        self.first.append(first)
        self.d_first.append(d_first)
        self.second.append(second)
        self.d_second.append(d_second)
        return len(self.value) - 1

    def variable(self, value):
        return self._push(value, -1, 0.0)

    def add(self, i, j):
        return self._push(self.value[i] + self.value[j], i, 1.0, j, 1.0)

    def mul(self, i, j):
        return self._push(self.value[i] * self.value[j], i, self.value[j], j, self.value[i])

    def sin(self, i):
        u = self.value[i]
        return self._push(math.sin(u), i, math.cos(u))

    def tanh(self, i):
        t = math.tanh(self.value[i])
        return self._push(t, i, 1.0 - t * t)

    def exp(self, i):
        e = math.exp(self.value[i])
        return self._push(e, i, e)

    def sigmoid(self, i):
        s = 1.0 / (1.0 + math.exp(-self.value[i]))
        return self._push(s, i, s * (1.0 - s))

    def adjoints(self, out):
        """d out / d node for every node, by one sweep from out down to the first node (zero
        adjoints are swept too, as a general tape would)."""
        bar = [0.0] * len(self.value)
        bar[out] = 1.0
        first, second, d_first, d_second = self.first, self.second, self.d_first, self.d_second
        for i in range(out, -1, -1):
            if first[i] < 0:
                continue
            g = bar[i]
            bar[first[i]] += g * d_first[i]
            if second[i] >= 0:
                bar[second[i]] += g * d_second[i]
        return bar


def float_chain(x, operations):
    groups = [tuple(x[k:k + 4]) for k in range(0, len(x), 4)]
    v = x[0]
    for a, c, d, e in itertools.islice(itertools.cycle(groups), operations // 8):
        v = 1.0 / (1.0 + math.exp(-(math.exp(math.tanh(math.sin(v * a + c) * d)) + e)))
    return v


def tape_chain(tape, x, operations):
    groups = [tuple(x[k:k + 4]) for k in range(0, len(x), 4)]
    v = x[0]
    for a, c, d, e in itertools.islice(itertools.cycle(groups), operations // 8):
        v = tape.add(tape.mul(v, a), c)
        v = tape.tanh(tape.mul(tape.sin(v), d))
        v = tape.sigmoid(tape.add(tape.exp(v), e))
    return v


def timed(work):
    gc.collect()
    start = time.perf_counter_ns()
    result = work()
    return time.perf_counter_ns() - start, result


def main():
    parser = argparse.ArgumentParser(description="a plain Python tape on gradus' scalar chain")
    parser.add_argument("--nodes", type=int, default=100_000, help="operations (multiple of 8)")
    parser.add_argument("--reps", type=int, default=5, help="repetitions, the median is printed")
    args = parser.parse_args()
    operations = args.nodes - args.nodes % 8
    if operations <= 0 or args.reps <= 0:
        parser.error("--nodes must be at least 8 and --reps at least 1")
    print("# scalar chain: Python tape, %d operations, 16 inputs, median of %d" % (operations, args.reps))

    times = {"python_floats": [], "record": [], "backward": []}
    for _ in range(args.reps):
        ns, float_value = timed(lambda: float_chain(INPUTS, operations))
        times["python_floats"].append(ns)
        tape = Tape()
        x = [tape.variable(v) for v in INPUTS]
        ns, out = timed(lambda: tape_chain(tape, x, operations))
        times["record"].append(ns)
        ns, bar = timed(lambda: tape.adjoints(out))
        times["backward"].append(ns)
        value, gradient = tape.value[out], [bar[i] for i in x]
        del tape, bar

    median = {name: statistics.median(samples) for name, samples in times.items()}
    median["value_and_gradient"] = median["record"] + median["backward"]
    for name, ns in median.items():
        print("ns_per_operation %s %.1f" % (name, ns / operations))
    print("ratio value_and_gradient/python_floats %.1f"
          % (median["value_and_gradient"] / median["python_floats"]))
    print("value %.17g" % value)
    print("value_python_floats %.17g" % float_value)
    print("gradient_sum %.17g" % sum(gradient))


if __name__ == "__main__":
    main()

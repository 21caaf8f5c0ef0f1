#!/usr/bin/python3
"""The 23 claims of bench/catalogue/sympy-anchor.txt, decided and timed with SymPy.

Each claim is an equation lhs = rhs, decided as sympy_deciding.py says: simplify() and its
variants first, then exact points, then (only where undecided, --spot-checks fallback; or for
every claim, --spot-checks always, their time printed apart) numeric spot checks. --numeric is
another name of --spot-checks (issue 19 writes "--numeric fallback").

The claims: sigmoid(x) = (1 + tanh(x/2))/2; tanh(z) = 2 sigmoid(2z) - 1; the derivatives of
sigmoid, tanh, softplus, softsign (right, and a wrong one with sign(z), expected REFUTED), ELU
for z < 0 and swish; and for N = 2..8 the derivative d o_N / d w_1 of the chain
o_0 = x, s_i = w_i o_{i-1} + b_i, o_i = f(s_i) with a generic f, and of the same chain with a
skip connection s_N = w_N o_{N-1} + b_N + o_1.

Output, one line per claim, then a total:

    check NAME verdict PROVED|REFUTED expected PROVED|REFUTED how HOW seconds S spot_seconds T
    total checks 23 unexpected U seconds S spot_seconds T

'seconds' covers building the claim (differentiating included) and deciding it. The exit status
is 1 when a verdict differs from the expected one.
"""

import argparse
import random
import sys

import sympy as sp

import sympy_deciding

f = sp.Function("f")
x = sp.Symbol("x", real=True)
z = sp.Symbol("z", real=True)


def f_prime(at):
    return sympy_deciding.f_prime(f, at)


def sigmoid(u):
    return 1 / (1 + sp.exp(-u))


# ---------------------------------------------------------------------------------------------
# the claims: name -> (expected verdict, function returning (lhs, rhs))

def chain_claim(depth, skip):
    """d o_N / d w_1 for the chain of depth N (with the skip connection from o_1 if skip)."""
    def build():
        w = sp.symbols("w1:%d" % (depth + 1), real=True)
        b = sp.symbols("b1:%d" % (depth + 1), real=True)
        o, s = [x], []
        for i in range(depth):
            s.append(w[i] * o[-1] + b[i] + (o[1] if skip and i == depth - 1 else 0))
            o.append(f(s[-1]))
        # x f'(s_1) w_2 f'(s_2) ... w_k f'(s_k): the derivative of o_k along the plain chain
        along = [x * f_prime(s[0])]
        for i in range(1, depth):
            along.append(along[-1] * w[i] * f_prime(s[i]))
        if skip:
            rhs = f_prime(s[-1]) * (w[-1] * along[-2] + x * f_prime(s[0]))
        else:
            rhs = along[-1]
        return sp.diff(o[-1], w[0]), rhs
    return build


def claims():
    softsign = z / (1 + sp.Abs(z))
    negative = sp.Symbol("z", negative=True)
    alpha = sp.Symbol("alpha", positive=True)
    elu = sp.Piecewise((negative, negative > 0), (alpha * (sp.exp(negative) - 1), True))
    table = {
        "sigmoid_eq_half_1_plus_tanh_half": (True, lambda: (sigmoid(x), (1 + sp.tanh(x / 2)) / 2)),
        "tanh_eq_2sigmoid2z_minus_1": (True, lambda: (sp.tanh(z), 2 * sigmoid(2 * z) - 1)),
        "dsigmoid_eq_sigmoid_times_1_minus_sigmoid":
            (True, lambda: (sp.diff(sigmoid(z), z), sigmoid(z) * (1 - sigmoid(z)))),
        "dtanh_eq_1_minus_tanh_sq": (True, lambda: (sp.diff(sp.tanh(z), z), 1 - sp.tanh(z) ** 2)),
        "dsoftplus_eq_sigmoid": (True, lambda: (sp.diff(sp.log(1 + sp.exp(z)), z), sigmoid(z))),
        "dsoftsign_eq_1_over_1_plus_abs_sq":
            (True, lambda: (sp.diff(softsign, z), 1 / (1 + sp.Abs(z)) ** 2)),
        "dsoftsign_eq_sign_over_1_plus_abs_sq_CLAIM":
            (False, lambda: (sp.diff(softsign, z), sp.sign(z) / (1 + sp.Abs(z)) ** 2)),
        "delu_eq_elu_plus_alpha_for_z_lt_0": (True, lambda: (sp.diff(elu, negative), elu + alpha)),
        "dswish_eq_sig_plus_z_sig_1_minus_sig":
            (True, lambda: (sp.diff(z * sigmoid(z), z),
                            sigmoid(z) + z * sigmoid(z) * (1 - sigmoid(z)))),
    }
    for depth in range(2, 9):
        table["chain_do%d_dw1" % depth] = (True, chain_claim(depth, skip=False))
    for depth in range(2, 9):
        table["skip_do%d_dw1" % depth] = (True, chain_claim(depth, skip=True))
    return table


def main():
    parser = argparse.ArgumentParser(description="the 23 claims of bench/catalogue/sympy-anchor.txt in SymPy")
    sympy_deciding.add_spot_check_option(parser)
    parser.add_argument("--seed", type=int, default=1, help="seed of the spot checks' points")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print("# SymPy %s, Python %s, spot checks %s" % (sp.__version__, sys.version.split()[0], args.spot_checks),
          flush=True)

    unexpected, total, total_spot = 0, 0.0, 0.0
    table = claims()
    for name, (expected, build) in table.items():
        verdict, how, seconds, spot = sympy_deciding.decide(build, rng, args.spot_checks)
        word = {True: "PROVED", False: "REFUTED"}
        unexpected += verdict != expected
        total += seconds
        total_spot += spot
        print("check %s verdict %s expected %s how %s seconds %.4f spot_seconds %.4f"
              % (name, word[verdict], word[expected], how, seconds, spot), flush=True)
    print("total checks %d unexpected %d seconds %.4f spot_seconds %.4f"
          % (len(table), unexpected, total, total_spot))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())

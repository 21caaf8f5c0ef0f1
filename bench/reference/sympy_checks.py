#!/usr/bin/python3
"""The 23 claims of bench/catalogue/sympy-anchor.txt, decided and timed with SymPy.

Each claim is an equation lhs = rhs. It is PROVED when lhs - rhs is zero: already as built, or
after simplify(), or after rewriting in exponentials and simplify(), or, for a claim about a
real variable with Abs or sign in it, after simplify() on each sign (z = p and z = -p, p > 0).
Otherwise lhs - rhs is evaluated exactly at a few points: a point where it is not zero makes the
claim REFUTED; if it is zero at all of them, numeric spot checks decide (lhs and rhs evaluated
separately at random points, 30 digits, a generic function f replaced by tanh): PROVED
(numerically) when they agree to 1e-20 everywhere, REFUTED otherwise. --spot-checks always runs
the spot checks for every claim (their time is printed apart).

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
import time

import sympy as sp

f = sp.Function("f")
t = sp.Dummy("t")
x = sp.Symbol("x", real=True)
z = sp.Symbol("z", real=True)
p = sp.Symbol("p", positive=True)


def f_prime(at):
    """f'(at) in the form that differentiating f(expression) yields."""
    return sp.diff(f(t), t).subs(t, at)


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


# ---------------------------------------------------------------------------------------------
# deciding

EXACT_POINTS = [sp.Integer(-1), sp.Rational(1, 2), sp.Rational(-3, 2), sp.Integer(2)]


def symbolic_zero(difference):
    """How difference was shown to be zero, or None."""
    if difference == 0:
        return "zero_as_built"
    if sp.simplify(difference) == 0:
        return "simplify"
    if sp.simplify(difference.rewrite(sp.exp)) == 0:
        return "exp_rewrite_simplify"
    if difference.has(sp.Abs, sp.sign) and z in difference.free_symbols:
        if all(sp.simplify(difference.subs(z, side)) == 0 for side in (p, -p)):
            return "by_sign_of_z"
    return None


def exact_counterexample(difference):
    """A point (every free symbol set to one value) where difference is exactly not zero."""
    symbols = sorted(difference.free_symbols, key=str)
    if difference.has(f) or not symbols:
        return None
    for value in EXACT_POINTS:
        point = {s: (abs(value) if s.is_positive else -abs(value) if s.is_negative else value)
                 for s in symbols}
        found = sp.simplify(difference.subs(point))
        if found != 0:
            return "%s_gives_%s" % ("_".join("%s=%s" % kv for kv in point.items()), found)
    return None


def spot_check(lhs, rhs, rng, points=5):
    """True when lhs and rhs agree at random points (f replaced by tanh), to 1e-20."""
    concrete = [side.replace(f, sp.Lambda(t, sp.tanh(t))).doit() for side in (lhs, rhs)]
    symbols = sorted(set().union(*(side.free_symbols for side in concrete)), key=str)
    for _ in range(points):
        point = {}
        for s in symbols:
            value = sp.Rational(rng.randint(1, 2000), 1000)
            point[s] = value if s.is_positive else -value if s.is_negative else value * rng.choice((1, -1))
        gap = sp.N(concrete[0].subs(point), 30) - sp.N(concrete[1].subs(point), 30)
        if abs(gap) >= sp.Float("1e-20"):
            return False
    return True


def main():
    parser = argparse.ArgumentParser(description="the 23 claims of bench/catalogue/sympy-anchor.txt in SymPy")
    parser.add_argument("--spot-checks", choices=["fallback", "always"], default="fallback",
                        help="numeric spot checks only where undecided (default), or for every claim")
    parser.add_argument("--seed", type=int, default=1, help="seed of the spot checks' points")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print("# SymPy %s, Python %s, spot checks %s" % (sp.__version__, sys.version.split()[0], args.spot_checks),
          flush=True)

    unexpected, total, total_spot = 0, 0.0, 0.0
    table = claims()
    for name, (expected, build) in table.items():
        start = time.perf_counter()
        lhs, rhs = build()
        difference = lhs - rhs
        how = symbolic_zero(difference)
        verdict = how is not None
        if how is None:
            counterexample = exact_counterexample(difference)
            if counterexample is not None:
                how = "counterexample_" + counterexample.replace(" ", "")
        seconds = time.perf_counter() - start

        start = time.perf_counter()
        if args.spot_checks == "always" or how is None:
            agrees = spot_check(lhs, rhs, rng)
            if how is None:
                verdict, how = agrees, "spot_checks_agree" if agrees else "spot_checks_differ"
            elif agrees != verdict:
                how += "_but_spot_checks_disagree"
        spot = time.perf_counter() - start

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

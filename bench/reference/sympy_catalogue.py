#!/usr/bin/python3
"""The claims of a JSON-lines catalogue (bench/catalogue/homework-generated.jsonl by default),
decided and timed with SymPy, as sympy_checks.py decides the 23 of the anchor (sympy_deciding.py).

Each line of the file is one claim: {"name", "expect": "PROVED"|"REFUTED", "lhs", "rhs",
"positive": [names]}, lhs and rhs in SymPy's syntax with sigmoid(u), tanh, exp, log, cosh, sinh,
Abs, diff(expression, x), unknown functions f and g and their derivatives f_prime(u), g_prime(u).
Every other name is a real symbol, or a positive one where "positive" lists it.
bench/catalogue/generate_homework.py writes such a file beside the gradus catalogue of the same
claims.

Output, one line per claim, then a total:

    check NAME verdict PROVED|REFUTED expected PROVED|REFUTED how HOW seconds S spot_seconds T
    total checks N unexpected U seconds S spot_seconds T claims_per_second R

'seconds' covers reading the claim (differentiating included) and deciding it; 'claims_per_second'
is N over seconds plus spot_seconds. The exit status is 1 when a verdict differs from the expected
one.
"""

import argparse
import json
import os
import random
import re
import sys

import sympy as sp
from sympy.parsing.sympy_parser import parse_expr

import sympy_deciding

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "catalogue", "homework-generated.jsonl")

f = sp.Function("f")
g = sp.Function("g")
FUNCTIONS = {
    "sigmoid": lambda u: 1 / (1 + sp.exp(-u)),
    "tanh": sp.tanh, "exp": sp.exp, "log": sp.log, "cosh": sp.cosh, "sinh": sp.sinh, "Abs": sp.Abs,
    "diff": sp.diff, "f": f, "g": g,
    "f_prime": lambda u: sympy_deciding.f_prime(f, u),
    "g_prime": lambda u: sympy_deciding.f_prime(g, u),
}


def reader(claim):
    """A function building (lhs, rhs) of one claim: its names are real symbols or positive ones."""
    names = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", claim["lhs"] + " " + claim["rhs"])) - set(FUNCTIONS)
    symbols = {name: sp.Symbol(name, positive=True) if name in claim["positive"] else sp.Symbol(name, real=True)
               for name in names}
    scope = dict(FUNCTIONS, **symbols)

    def build():
        return parse_expr(claim["lhs"], local_dict=scope), parse_expr(claim["rhs"], local_dict=scope)
    return build


def main():
    parser = argparse.ArgumentParser(description="the claims of a JSON-lines catalogue in SymPy")
    parser.add_argument("file", nargs="?", default=DEFAULT, help="the claims (default: homework-generated.jsonl)")
    sympy_deciding.add_spot_check_option(parser)
    parser.add_argument("--seed", type=int, default=1, help="seed of the spot checks' points")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.file) as lines:
        claims = [json.loads(line) for line in lines if line.strip()]
    print("# SymPy %s, Python %s, spot checks %s, %s" % (sp.__version__, sys.version.split()[0], args.spot_checks,
                                                         os.path.relpath(args.file)), flush=True)

    word = {True: "PROVED", False: "REFUTED"}
    unexpected, total, total_spot = 0, 0.0, 0.0
    for claim in claims:
        verdict, how, seconds, spot = sympy_deciding.decide(reader(claim), rng, args.spot_checks)
        unexpected += word[verdict] != claim["expect"]
        total += seconds
        total_spot += spot
        print("check %s verdict %s expected %s how %s seconds %.4f spot_seconds %.4f"
              % (claim["name"], word[verdict], claim["expect"], how, seconds, spot), flush=True)
    print("total checks %d unexpected %d seconds %.4f spot_seconds %.4f claims_per_second %.2f"
          % (len(claims), unexpected, total, total_spot, len(claims) / (total + total_spot)))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())

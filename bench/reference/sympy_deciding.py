"""How the SymPy reference programs decide a claim lhs = rhs (sympy_checks.py, sympy_catalogue.py).

It is PROVED when lhs - rhs is zero: already as built, or after simplify(), or after rewriting in
exponentials and simplify(), or, for a claim with Abs or sign of one real variable, after
simplify() on each sign (the variable = p and = -p, p > 0). Otherwise lhs - rhs is evaluated
exactly at a few points: a point where it is a finite number other than zero makes the claim
REFUTED; if there is none, numeric spot checks decide (lhs and rhs evaluated separately at random
points, 30 digits, an unknown function f replaced by tanh, g by atan): PROVED (numerically) when
they agree to 1e-20 everywhere, REFUTED otherwise. With spot_checks "always" (the programs'
--spot-checks always) the spot checks run for every claim and their time is counted apart.
"""

import time

import sympy as sp
from sympy.core.function import AppliedUndef

t = sp.Dummy("t")
p = sp.Symbol("p", positive=True)

EXACT_POINTS = [sp.Integer(-1), sp.Rational(1, 2), sp.Rational(-3, 2), sp.Integer(2)]
# what an unknown function becomes in the spot checks: smooth, odd-free mixes would do as well
CONCRETE = {"f": sp.tanh, "g": sp.atan}


def f_prime(f, at):
    """f'(at) in the form that differentiating f(expression) yields."""
    return sp.diff(f(t), t).subs(t, at)


def unknown_functions(expression):
    return {applied.func for applied in expression.atoms(AppliedUndef)}


def symbolic_zero(difference):
    """How difference was shown to be zero, or None."""
    if difference == 0:
        return "zero_as_built"
    if sp.simplify(difference) == 0:
        return "simplify"
    if sp.simplify(difference.rewrite(sp.exp)) == 0:
        return "exp_rewrite_simplify"
    signed = {s for atom in difference.atoms(sp.Abs, sp.sign) for s in atom.free_symbols
              if s.is_positive is None and s.is_negative is None}
    if len(signed) == 1:
        (variable,) = signed
        if all(sp.simplify(difference.subs(variable, side)) == 0 for side in (p, -p)):
            return "by_sign_of_" + str(variable)
    return None


def exact_counterexample(difference):
    """A point (every free symbol set to one value) where difference is exactly a number not zero."""
    symbols = sorted(difference.free_symbols, key=str)
    if unknown_functions(difference) or not symbols:
        return None
    for value in EXACT_POINTS:
        point = {s: (abs(value) if s.is_positive else -abs(value) if s.is_negative else value)
                 for s in symbols}
        found = sp.simplify(difference.subs(point))
        # a pole or an unsimplified zero is no counterexample
        if found.is_number and found.is_finite and abs(sp.N(found, 30)) > sp.Float("1e-20"):
            return "%s_gives_%s" % ("_".join("%s=%s" % kv for kv in point.items()), found)
    return None


def spot_check(lhs, rhs, rng, points=5):
    """True when lhs and rhs agree at random points (unknown functions made concrete), to 1e-20."""
    concrete = [lhs, rhs]
    for function in unknown_functions(lhs - rhs):
        body = CONCRETE.get(str(function), sp.sin)
        concrete = [side.replace(function, sp.Lambda(t, body(t))).doit() for side in concrete]
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


def decide(build, rng, spot_checks):
    """(verdict, how, seconds, spot_seconds) of the claim build() returns as (lhs, rhs).

    'seconds' covers building the claim (differentiating included) and deciding it symbolically
    or by exact points; 'spot_seconds' the spot checks."""
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
    if spot_checks == "always" or how is None:
        agrees = spot_check(lhs, rhs, rng)
        if how is None:
            verdict, how = agrees, "spot_checks_agree" if agrees else "spot_checks_differ"
        elif agrees != verdict:
            how += "_but_spot_checks_disagree"
    return verdict, how, seconds, time.perf_counter() - start


def add_spot_check_option(parser):
    """--spot-checks fallback|always; --numeric is the same option (issue 19 calls it so)."""
    parser.add_argument("--spot-checks", "--numeric", dest="spot_checks", choices=["fallback", "always"],
                        default="fallback",
                        help="numeric spot checks only where undecided (default), or for every claim")

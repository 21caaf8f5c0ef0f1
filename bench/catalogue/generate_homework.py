#!/usr/bin/python3
"""Writes homework-generated.txt (a gradus catalogue) and homework-generated.jsonl (the same claims
for SymPy, read by bench/reference/sympy_catalogue.py): claims of the kinds students write on the
homework sheets of a neural-network course, each right version beside wrong ones with a known
mistake, so that every claim's truth is known by construction.

    /usr/bin/python3 bench/catalogue/generate_homework.py            # seed 19, into bench/catalogue/
    /usr/bin/python3 bench/catalogue/generate_homework.py --seed 7 --out /tmp/hw

The kinds: derivatives of activations (sigmoid, tanh, softplus, swish, softsign, log-sigmoid, second
derivatives) of linear inner functions with drawn coefficients; chain rules through one to three
layers w*x + b with unknown functions (f, f') and with sigmoid; quadratic and cross-entropy costs
and their gradients; softmax with two and three classes; polynomial, exp and log algebra;
identities such as sigmoid(x) = (1 + tanh(x/2))/2. The mistakes: a sign flipped, a factor
dropped or doubled, an inner derivative missing, a wrong derivative of a table function
(1 + tanh^2, sigmoid*(1 + sigmoid)), a term dropped, a log or exp law used where it does not hold.

Each claim is written once in gradus' expression language (D(expr, x), sigmoid, tanh, Exp, Log,
Cosh, Sinh, Abs, f'(u) for the derivative of an unknown function f) and translated to SymPy's
syntax by renaming (exp, log, cosh, sinh, diff, f_prime(u), ** for ^). Assumptions are only
'NAME > 0' (a positive symbol in SymPy). The output depends only on the seed: no SymPy, no clock.
A claim gradus or SymPy decides against its expectation is a bug of this generator (or of them):
check both after a change (bench/checking/compare.sh runs them).
"""

import argparse
import json
import os
import random
import re
import sys


class Catalogue:
    """The claims in the order they were made; names are unique."""

    def __init__(self):
        self.claims = []
        self.names = set()

    def add(self, name, truth, lhs, rhs, positive=()):
        if name in self.names:
            raise ValueError("two claims named " + name)
        self.names.add(name)
        self.claims.append((name, truth, lhs, rhs, tuple(positive)))

    def right_and_wrong(self, name, lhs, right, wrongs, positive=()):
        """A claim lhs = right (true) and lhs = wrong for each (mistake, wrong) (false)."""
        self.add(name + "_right", True, lhs, right, positive)
        for mistake, wrong in wrongs:
            self.add(name + "_" + mistake, False, lhs, wrong, positive)


def num(k):
    """An integer as a factor: negative ones in brackets, so that '(-3)*x' reads one way."""
    return "(%d)" % k if k < 0 else "%d" % k


def linear(a, v, c):
    """a*v + c with signs written as a student would: 3*x - 2, -x + 1."""
    head = {1: v, -1: "-" + v}.get(a, "%d*%s" % (a, v))
    return head if c == 0 else "%s %s %d" % (head, "+" if c > 0 else "-", abs(c))


def polynomial(coefficients, v):
    """sum of c*v^n over {n: c}, highest power first, written with signs: 6*x^3 - 2*x + 1."""
    text = ""
    for n, c in sorted(coefficients.items(), reverse=True):
        monomial = "" if n == 0 else v if n == 1 else "%s^%d" % (v, n)
        term = "%d" % abs(c) if n == 0 else monomial if abs(c) == 1 else "%d*%s" % (abs(c), monomial)
        text += ("-" if c < 0 else "") + term if not text else (" - " if c < 0 else " + ") + term
    return text or "0"


def nonzero(rng, low, high):
    return rng.choice([k for k in range(low, high + 1) if k != 0])


VARIABLES = ["x", "z", "r", "q"]


# ---------------------------------------------------------------------------------------------
# the kinds of claims

def activations(cat, rng):
    for k in range(4):
        v, a, c = rng.choice(VARIABLES), nonzero(rng, -4, 5), rng.randint(-3, 3)
        inner = linear(a, v, c)
        s = "sigmoid(%s)" % inner
        wrongs = [("inner_missing", "%s*(1 - %s)" % (s, s)),
                  ("sign", "-%s*%s*(1 - %s)" % (num(a), s, s)),
                  ("one_plus", "%s*%s*(1 + %s)" % (num(a), s, s))]
        cat.right_and_wrong("dsigmoid_%02d" % k, "D(%s, %s)" % (s, v), "%s*%s*(1 - %s)" % (num(a), s, s),
                            rng.sample(wrongs, 2))
    for k in range(4):
        v, a, c = rng.choice(VARIABLES), nonzero(rng, -4, 5), rng.randint(-3, 3)
        th = "tanh(%s)" % linear(a, v, c)
        wrongs = [("one_plus_tanh_sq", "%s*(1 + %s^2)" % (num(a), th)),
                  ("inner_missing", "1 - %s^2" % th),
                  ("square_missing", "%s*(1 - %s)" % (num(a), th))]
        cat.right_and_wrong("dtanh_%02d" % k, "D(%s, %s)" % (th, v), "%s*(1 - %s^2)" % (num(a), th),
                            rng.sample(wrongs, 2))
        if k < 2:
            cat.add("dtanh_%02d_as_cosh" % k, True, "D(%s, %s)" % (th, v), "%s/Cosh(%s)^2" % (num(a), linear(a, v, c)))
    for k in range(4):
        v, a, c = rng.choice(VARIABLES), nonzero(rng, -4, 5), rng.randint(-3, 3)
        inner = linear(a, v, c)
        wrongs = [("sign_inside", "%s*sigmoid(-(%s))" % (num(a), inner)),
                  ("inner_missing", "sigmoid(%s)" % inner),
                  ("exp_over", "%s*Exp(%s)" % (num(a), inner))]
        cat.right_and_wrong("dsoftplus_%02d" % k, "D(Log(1 + Exp(%s)), %s)" % (inner, v),
                            "%s*sigmoid(%s)" % (num(a), inner), rng.sample(wrongs, 2))
        if k < 2:
            cat.add("dsoftplus_%02d_as_exp" % k, True, "D(Log(1 + Exp(%s)), %s)" % (inner, v),
                    "%s*Exp(%s)/(1 + Exp(%s))" % (num(a), inner, inner))
    for k in range(4):
        v, b = rng.choice(VARIABLES), rng.randint(2, 4)
        s = "sigmoid(%d*%s)" % (b, v)
        cat.right_and_wrong("dswish_%02d" % k, "D(%s*%s, %s)" % (v, s, v),
                            "%s + %d*%s*%s*(1 - %s)" % (s, b, v, s, s),
                            [("beta_missing", "%s + %s*%s*(1 - %s)" % (s, v, s, s)),
                             ("product_rule_term_dropped", "%d*%s*%s*(1 - %s)" % (b, v, s, s))])
    for v in ("x", "z"):
        cat.right_and_wrong("dsoftsign_" + v, "D(%s/(1 + Abs(%s)), %s)" % (v, v, v), "1/(1 + Abs(%s))^2" % v,
                            [("square_missing", "1/(1 + Abs(%s))" % v)])
    for k in range(3):
        v, a, c = rng.choice(VARIABLES), nonzero(rng, -3, 4), rng.randint(-2, 2)
        inner = linear(a, v, c)
        cat.right_and_wrong("dsigmoid_exp_%02d" % k, "D(1/(1 + Exp(-(%s))), %s)" % (inner, v),
                            "%s*Exp(-(%s))/(1 + Exp(-(%s)))^2" % (num(a), inner, inner),
                            [("sign", "-%s*Exp(-(%s))/(1 + Exp(-(%s)))^2" % (num(a), inner, inner))])
    for k in range(3):
        v, a, c = rng.choice(VARIABLES), nonzero(rng, -3, 4), rng.randint(-2, 2)
        inner = linear(a, v, c)
        cat.right_and_wrong("dlogsigmoid_%02d" % k, "D(Log(sigmoid(%s)), %s)" % (inner, v),
                            "%s*(1 - sigmoid(%s))" % (num(a), inner),
                            [("complement", "%s*sigmoid(%s)" % (num(a), inner))])
    for v in ("x", "z"):
        s, th = "sigmoid(%s)" % v, "tanh(%s)" % v
        cat.right_and_wrong("d2sigmoid_" + v, "D(D(%s, %s), %s)" % (s, v, v), "%s*(1 - %s)*(1 - 2*%s)" % (s, s, s),
                            [("factor_missing", "%s*(1 - %s)" % (s, s))])
        cat.right_and_wrong("d2tanh_" + v, "D(D(%s, %s), %s)" % (th, v, v), "-2*%s*(1 - %s^2)" % (th, th),
                            [("factor_2_missing", "-%s*(1 - %s^2)" % (th, th))])


def chains(cat, rng):
    names = [("w", "x", "b"), ("v", "h", "c"), ("a", "x", "k")]
    for k, ((w, x, b), fn) in enumerate(zip(names, ("f", "g", "f"))):
        u = "%s*%s + %s" % (w, x, b)
        base = "chain1_%s_%d" % (fn, k)
        cat.right_and_wrong(base + "_by_w", "D(%s(%s), %s)" % (fn, u, w), "%s*%s'(%s)" % (x, fn, u),
                            [("inner_missing", "%s'(%s)" % (fn, u))])
        cat.right_and_wrong(base + "_by_b", "D(%s(%s), %s)" % (fn, u, b), "%s'(%s)" % (fn, u),
                            [("extra_factor", "%s*%s'(%s)" % (x, fn, u))])
        cat.right_and_wrong(base + "_by_x", "D(%s(%s), %s)" % (fn, u, x), "%s*%s'(%s)" % (w, fn, u),
                            [("sign", "-%s*%s'(%s)" % (w, fn, u))])
    # two layers of unknown functions: o = g(v*f(w*x + b) + c)
    for k in range(2):
        s1 = "w*x + b" if k == 0 else "w*x - b"
        s2 = "v*f(%s) + c" % s1
        o = "g(%s)" % s2
        cat.right_and_wrong("chain2_%d_by_w" % k, "D(%s, w)" % o, "g'(%s)*v*f'(%s)*x" % (s2, s1),
                            [("weight_missing", "g'(%s)*f'(%s)*x" % (s2, s1)),
                             ("outer_missing", "v*f'(%s)*x" % s1)])
        cat.right_and_wrong("chain2_%d_by_v" % k, "D(%s, v)" % o, "g'(%s)*f(%s)" % (s2, s1),
                            [("derivative_of_activation", "g'(%s)*f'(%s)" % (s2, s1))])
    # three sigmoid layers: o1 = sigmoid(w1*x + b1), o2 = sigmoid(w2*o1 + b2), o3 = sigmoid(w3*o2 + b3)
    o1 = "sigmoid(w1*x + b1)"
    o2 = "sigmoid(w2*%s + b2)" % o1
    o3 = "sigmoid(w3*%s + b3)" % o2
    d = {n: "%s*(1 - %s)" % (o, o) for n, o in (("o1", o1), ("o2", o2), ("o3", o3))}
    cat.right_and_wrong("chain3_sigmoid_by_w1", "D(%s, w1)" % o3, "%s*w3*%s*w2*%s*x" % (d["o3"], d["o2"], d["o1"]),
                        [("input_missing", "%s*w3*%s*w2*%s" % (d["o3"], d["o2"], d["o1"])),
                         ("weight_missing", "%s*w3*%s*%s*x" % (d["o3"], d["o2"], d["o1"]))])
    cat.right_and_wrong("chain3_sigmoid_by_w2", "D(%s, w2)" % o3, "%s*w3*%s*%s" % (d["o3"], d["o2"], o1),
                        [("one_plus", "%s*w3*%s*(1 + %s)*%s" % (d["o3"], o2, o2, o1))])
    cat.right_and_wrong("chain3_sigmoid_by_b1", "D(%s, b1)" % o3, "%s*w3*%s*w2*%s" % (d["o3"], d["o2"], d["o1"]),
                        [("sign", "-%s*w3*%s*w2*%s" % (d["o3"], d["o2"], d["o1"]))])
    cat.right_and_wrong("chain3_sigmoid_by_x", "D(%s, x)" % o3, "%s*w3*%s*w2*%s*w1" % (d["o3"], d["o2"], d["o1"]),
                        [("first_weight_missing", "%s*w3*%s*w2*%s" % (d["o3"], d["o2"], d["o1"]))])
    # an unknown activation over a sigmoid layer
    h = "sigmoid(w1*x + b1)"
    s2 = "w2*%s + b2" % h
    cat.right_and_wrong("chain2_f_over_sigmoid_by_w1", "D(f(%s), w1)" % s2, "f'(%s)*w2*%s*(1 - %s)*x" % (s2, h, h),
                        [("sigmoid_derivative_missing", "f'(%s)*w2*x" % s2)])
    cat.right_and_wrong("chain2_f_over_sigmoid_by_w2", "D(f(%s), w2)" % s2, "f'(%s)*%s" % (s2, h),
                        [("inner_is_weight", "f'(%s)*w2" % s2)])
    # the quadratic cost of one unit with an unknown activation
    for k, (w, x, b) in enumerate(names[:2]):
        u = "%s*%s + %s" % (w, x, b)
        a = "f(%s)" % u
        cat.right_and_wrong("quadratic_f_%d" % k, "D((%s - y)^2/2, %s)" % (a, w), "(%s - y)*f'(%s)*%s" % (a, u, x),
                            [("factor_2", "2*(%s - y)*f'(%s)*%s" % (a, u, x)),
                             ("sign", "(y - %s)*f'(%s)*%s" % (a, u, x))])


def costs(cat, rng):
    cat.right_and_wrong("quadratic_by_a", "D((a - y)^2/2, a)", "a - y", [("sign", "y - a")])
    cat.right_and_wrong("quadratic_no_half_by_a", "D((a - y)^2, a)", "2*(a - y)", [("factor_2_dropped", "a - y")])
    cat.right_and_wrong("quadratic_mean_of_two", "D(((a1 - y1)^2 + (a2 - y2)^2)/2, a1)", "a1 - y1",
                        [("other_term_kept", "a1 - y1 + a2 - y2")])
    for k, (w, x, b) in enumerate([("w", "x", "b"), ("v", "h", "c")]):
        s = "sigmoid(%s*%s + %s)" % (w, x, b)
        ds = "%s*(1 - %s)" % (s, s)
        cat.right_and_wrong("quadratic_sigmoid_%d_by_w" % k, "D((%s - y)^2/2, %s)" % (s, w), "(%s - y)*%s*%s" % (s, ds, x),
                            [("input_missing", "(%s - y)*%s" % (s, ds)),
                             ("sigmoid_derivative_missing", "(%s - y)*%s" % (s, x))])
        cat.right_and_wrong("quadratic_sigmoid_%d_by_b" % k, "D((%s - y)^2/2, %s)" % (s, b), "(%s - y)*%s" % (s, ds),
                            [("extra_input", "(%s - y)*%s*%s" % (s, ds, x))])
    ce = "-(y*Log(a) + (1 - y)*Log(1 - a))"
    cat.right_and_wrong("cross_entropy_by_a", "D(%s, a)" % ce, "(a - y)/(a*(1 - a))",
                        [("sign", "(y - a)/(a*(1 - a))"), ("term_sign", "-y/a - (1 - y)/(1 - a)")])
    cat.add("cross_entropy_by_a_as_two_terms", True, "D(%s, a)" % ce, "-y/a + (1 - y)/(1 - a)")
    for k in range(4):
        z = rng.choice(["z", "x", "r"])
        m = rng.randint(1, 3)
        arg = z if m == 1 else "%d*%s" % (m, z)
        s = "sigmoid(%s)" % arg
        lhs = "D(-(y*Log(%s) + (1 - y)*Log(1 - %s)), %s)" % (s, s, z)
        factor = "" if m == 1 else "%d*" % m
        cat.right_and_wrong("cross_entropy_sigmoid_%d" % k, lhs, "%s(%s - y)" % (factor, s),
                            [("sign", "%s(y - %s)" % (factor, s)),
                             ("extra_sigmoid_derivative", "%s(%s - y)*%s*(1 - %s)" % (factor, s, s, s))])
    for k, (w, x, b) in enumerate([("w", "x", "b"), ("v", "h", "c")]):
        s = "sigmoid(%s*%s + %s)" % (w, x, b)
        lhs = "D(-(y*Log(%s) + (1 - y)*Log(1 - %s)), %s)" % (s, s, w)
        cat.right_and_wrong("cross_entropy_neuron_%d_by_w" % k, lhs, "%s*(%s - y)" % (x, s),
                            [("input_missing", "%s - y" % s)])


def softmax(cat, rng):
    denominator3 = "(Exp(z1) + Exp(z2) + Exp(z3))"
    p = {i: "Exp(z%d)/%s" % (i, denominator3) for i in (1, 2, 3)}
    for i in (1, 2, 3):
        for j in (1, 2, 3):
            lhs = "D(%s, z%d)" % (p[i], j)
            if i == j:
                cat.right_and_wrong("softmax3_d%d_%d" % (i, j), lhs, "%s*(1 - %s)" % (p[i], p[i]),
                                    [("complement_missing", p[i])])
            else:
                cat.right_and_wrong("softmax3_d%d_%d" % (i, j), lhs, "-%s*%s" % (p[i], p[j]),
                                    [("sign", "%s*%s" % (p[i], p[j]))])
    for j in (1, 2, 3):
        lhs = "D(-Log(%s), z%d)" % (p[1], j)
        right = "%s - 1" % p[1] if j == 1 else p[j]
        wrong = "1 - %s" % p[1] if j == 1 else "-%s" % p[j]
        cat.right_and_wrong("softmax3_log_loss_by_z%d" % j, lhs, right, [("sign", wrong)])
    denominator2 = "(Exp(z1) + Exp(z2))"
    two = "Exp(z1)/%s" % denominator2
    cat.right_and_wrong("softmax2_is_sigmoid", two, "sigmoid(z1 - z2)", [("difference_reversed", "sigmoid(z2 - z1)")])
    cat.add("softmax2_is_logistic", True, two, "1/(1 + Exp(z2 - z1))")
    cat.right_and_wrong("softmax2_d1_1", "D(%s, z1)" % two, "%s*(1 - %s)" % (two, two), [("square", "%s^2" % two)])
    cat.right_and_wrong("softmax2_shift", "Exp(z1 + c)/(Exp(z1 + c) + Exp(z2 + c))", two,
                        [("shift_in_numerator_only", "Exp(z1 + c)/%s" % denominator2)])
    # cross-entropy over two classes with a general label (y1 + y2 need not be 1): the classic
    # answer p1 - y1 holds only for a one-hot label
    q1, q2 = two, "Exp(z2)/%s" % denominator2
    lhs = "D(-(y1*Log(%s) + y2*Log(%s)), z1)" % (q1, q2)
    cat.right_and_wrong("softmax2_cross_entropy_general_label", lhs, "(y1 + y2)*%s - y1" % q1,
                        [("one_hot_assumed", "%s - y1" % q1)])


def algebra(cat, rng):
    for k in range(4):
        v, a = rng.choice(VARIABLES), nonzero(rng, -5, 5)
        lhs = "(%s)^2" % linear(1, v, a)
        cat.right_and_wrong("square_%02d" % k, lhs, polynomial({2: 1, 1: 2 * a, 0: a * a}, v),
                            [("factor_2_dropped", polynomial({2: 1, 1: a, 0: a * a}, v)),
                             ("cross_term_dropped", polynomial({2: 1, 0: a * a}, v))])
    for k in range(3):
        v, a = rng.choice(VARIABLES), rng.randint(1, 6)
        cat.right_and_wrong("difference_of_squares_%02d" % k, "(%s + %d)*(%s - %d)" % (v, a, v, a),
                            "%s^2 - %d" % (v, a * a), [("sign", "%s^2 + %d" % (v, a * a))])
    for k in range(6):
        v = rng.choice(VARIABLES)
        degree = rng.randint(3, 5)
        coefficients = {n: nonzero(rng, -6, 6) for n in range(degree, -1, -1) if n == degree or rng.random() < 0.7}
        poly = polynomial(coefficients, v)
        terms = {n - 1: c * n for n, c in coefficients.items() if n > 0}
        top = degree - 1
        sign_flipped = dict(terms)
        sign_flipped[top] = -terms[top]
        power_kept = dict(terms)
        del power_kept[top]
        power_kept[degree] = terms[top]
        wrongs = [("sign", polynomial(sign_flipped, v)), ("power_not_lowered", polynomial(power_kept, v))]
        cat.right_and_wrong("dpolynomial_%02d" % k, "D(%s, %s)" % (poly, v), polynomial(terms, v), wrongs)
    for k in range(3):
        v, a = rng.choice(VARIABLES), nonzero(rng, -3, 3)
        cat.right_and_wrong("dexp_square_%02d" % k, "D(Exp(%s*%s^2), %s)" % (num(a), v, v),
                            "%s*%s*Exp(%s*%s^2)" % (num(2 * a), v, num(a), v),
                            [("inner_missing", "Exp(%s*%s^2)" % (num(a), v))])
    for k in range(3):
        v, a, c = rng.choice(VARIABLES), rng.randint(2, 5), rng.randint(1, 4)
        inner = linear(a, v, c)
        cat.right_and_wrong("dlog_linear_%02d" % k, "D(Log(%s), %s)" % (inner, v), "%d/(%s)" % (a, inner),
                            [("inner_missing", "1/(%s)" % inner)])
    cat.right_and_wrong("dx_log_x", "D(x*Log(x), x)", "Log(x) + 1", [("product_rule_term_dropped", "Log(x)")], ["x"])
    cat.right_and_wrong("dexp_over_x", "D(Exp(x)/x, x)", "Exp(x)*(x - 1)/x^2", [("quotient_sign", "Exp(x)*(x + 1)/x^2")])
    cat.right_and_wrong("dx2_exp_minus_x", "D(x^2*Exp(-x), x)", "(2*x - x^2)*Exp(-x)",
                        [("inner_sign", "(2*x + x^2)*Exp(-x)")])
    cat.right_and_wrong("d_x_over_1_plus_x2", "D(x/(1 + x^2), x)", "(1 - x^2)/(1 + x^2)^2",
                        [("quotient_sign", "(1 + 3*x^2)/(1 + x^2)^2")])
    cat.right_and_wrong("exp_product", "Exp(a)*Exp(b)", "Exp(a + b)", [("exp_of_sum_is_sum", "Exp(a) + Exp(b)")])
    cat.right_and_wrong("exp_of_sum", "Exp(a + b)", "Exp(a)*Exp(b)", [("as_sum", "Exp(a) + Exp(b)")])
    cat.right_and_wrong("exp_square", "Exp(x)^2", "Exp(2*x)", [("square_inside", "Exp(x^2)")])
    cat.right_and_wrong("log_product", "Log(x*y)", "Log(x) + Log(y)", [("product_of_logs", "Log(x)*Log(y)")], ["x", "y"])
    cat.right_and_wrong("log_quotient", "Log(x/y)", "Log(x) - Log(y)", [("quotient_of_logs", "Log(x)/Log(y)")], ["x", "y"])
    # the true Log(x + y) = Log(x) + Log(1 + y/x) is left out: gradus (2026-12) finds it PLAUSIBLE, no proof
    cat.add("log_of_sum_as_sum", False, "Log(x + y)", "Log(x) + Log(y)", ["x", "y"])
    cat.right_and_wrong("log_power", "Log(x^3)", "3*Log(x)", [("power_outside", "Log(x)^3")], ["x"])
    cat.right_and_wrong("exp_log", "Exp(2*Log(x))", "x^2", [("factor", "2*x")], ["x"])
    cat.right_and_wrong("log_exp", "Log(Exp(z))", "z", [("exp_kept", "Exp(z)")])


def identities(cat, rng):
    for v in ("x", "z", "2*x", "x + 1"):
        key = re.sub(r"\W+", "_", v).strip("_")
        cat.right_and_wrong("sigmoid_as_tanh_" + key, "sigmoid(%s)" % v, "(1 + tanh((%s)/2))/2" % v,
                            [("sign", "(1 - tanh((%s)/2))/2" % v), ("half_missing", "(1 + tanh(%s))/2" % v)])
    for v in ("x", "z"):
        cat.right_and_wrong("tanh_as_sigmoid_" + v, "tanh(%s)" % v, "2*sigmoid(2*%s) - 1" % v,
                            [("inner_factor_missing", "2*sigmoid(%s) - 1" % v)])
        cat.right_and_wrong("sigmoid_complement_" + v, "1 - sigmoid(%s)" % v, "sigmoid(-%s)" % v,
                            [("odd_function", "-sigmoid(%s)" % v)])
    v = "x"
    cat.right_and_wrong("sigmoid_derivative_as_exp_" + v, "sigmoid(%s)*(1 - sigmoid(%s))" % (v, v),
                        "Exp(-%s)/(1 + Exp(-%s))^2" % (v, v), [("square_missing", "Exp(-%s)/(1 + Exp(-%s))" % (v, v))])
    cat.right_and_wrong("tanh_as_exp_" + v, "tanh(%s)" % v, "(Exp(%s) - Exp(-%s))/(Exp(%s) + Exp(-%s))" % (v, v, v, v),
                        [("upside_down", "(Exp(%s) + Exp(-%s))/(Exp(%s) - Exp(-%s))" % (v, v, v, v))])
    cat.add("tanh_as_exp2_" + v, True, "tanh(%s)" % v, "(Exp(2*%s) - 1)/(Exp(2*%s) + 1)" % (v, v))
    cat.right_and_wrong("log_sigmoid_" + v, "Log(sigmoid(%s))" % v, "-Log(1 + Exp(-%s))" % v,
                        [("sign", "Log(1 + Exp(-%s))" % v)])
    # softplus(x) - softplus(-x) = x itself is PLAUSIBLE to gradus (2026-12), no proof: its derivative is asked
    cat.right_and_wrong("softplus_difference_" + v, "D(Log(1 + Exp(%s)) - Log(1 + Exp(-%s)), %s)" % (v, v, v), "1",
                        [("sign", "-1")])
    cat.right_and_wrong("sech_squared_" + v, "1 - tanh(%s)^2" % v, "1/Cosh(%s)^2" % v,
                        [("sinh", "1/Sinh(%s)^2" % v)])
    cat.right_and_wrong("cosh_sinh_" + v, "Cosh(%s)^2 - Sinh(%s)^2" % (v, v), "1", [("plus", "Cosh(%s)^2 + Sinh(%s)^2 - 2" % (v, v))])
    cat.right_and_wrong("dtanh_via_sigmoid_" + v, "D(tanh(%s), %s)" % (v, v),
                        "4*sigmoid(2*%s)*(1 - sigmoid(2*%s))" % (v, v),
                        [("factor_2", "2*sigmoid(2*%s)*(1 - sigmoid(2*%s))" % (v, v))])


KINDS = [activations, chains, costs, softmax, algebra, identities]

# ---------------------------------------------------------------------------------------------
# writing

SYMPY_NAMES = [(r"\bExp\(", "exp("), (r"\bLog\(", "log("), (r"\bCosh\(", "cosh("), (r"\bSinh\(", "sinh("),
               (r"\bD\(", "diff("), (r"\^", "**"), (r"\b([fg])'\(", r"\1_prime(")]


def sympy_text(text):
    for pattern, replacement in SYMPY_NAMES:
        text = re.sub(pattern, replacement, text)
    return text


def main():
    parser = argparse.ArgumentParser(description="homework-like claims as a gradus catalogue and as SymPy JSON lines")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)),
                        help="folder of homework-generated.txt and .jsonl")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cat = Catalogue()
    for kind in KINDS:
        kind(cat, rng)

    true = sum(1 for c in cat.claims if c[1])
    catalogue = os.path.join(args.out, "homework-generated.txt")
    with open(catalogue, "w") as out:
        out.write("# Generated by bench/catalogue/generate_homework.py --seed %d: do not edit; rerun it.\n" % args.seed)
        out.write("# %d homework-like claims, %d true and %d false (a mistake of a known kind in the name).\n"
                  % (len(cat.claims), true, len(cat.claims) - true))
        out.write("# The same claims for SymPy: homework-generated.jsonl (bench/reference/sympy_catalogue.py).\n")
        out.write("#   ./gradus proofs bench/catalogue/homework-generated.txt\n")
        out.write("document generate_homework.py\nlabel homework\n")
        for name, truth, lhs, rhs, positive in cat.claims:
            out.write("\nclaim %s\n" % name)
            for symbol in positive:
                out.write("  assume %s > 0\n" % symbol)
            out.write("  check %s = %s\n  expect %s\n" % (lhs, rhs, "PROVED" if truth else "REFUTED"))
    with open(os.path.join(args.out, "homework-generated.jsonl"), "w") as out:
        for name, truth, lhs, rhs, positive in cat.claims:
            out.write(json.dumps({"name": name, "expect": "PROVED" if truth else "REFUTED",
                                  "lhs": sympy_text(lhs), "rhs": sympy_text(rhs), "positive": list(positive)}) + "\n")
    print("%d claims (%d true, %d false) in %s and .jsonl" % (len(cat.claims), true, len(cat.claims) - true, catalogue),
          file=sys.stderr)


if __name__ == "__main__":
    main()

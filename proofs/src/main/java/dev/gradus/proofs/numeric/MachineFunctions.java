package dev.gradus.proofs.numeric;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.UnaryFunction;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * Functions of one argument in double, with Symja's meaning: in real claims each knows its real
 * domain (the logarithm of a negative number is outside it, of 0 a pole), in complex claims the
 * principal value. Symja's built-ins come first; the table's functions (sigmoid, relu, ...) are
 * found by name. A function without a complex form answers only for real arguments.
 */
final class MachineFunctions {
    /** One function: its real value (with domain) and its principal complex value. */
    interface Unary {
        double real(double a, MachineContext c);

        /** The principal value; by default only where the argument is real. */
        default Complex complex(Complex a, MachineContext c) {
            return a.im() == 0 ? Complex.real(real(a.re(), c)) : Complex.real(c.unsupported());
        }
    }

    private static final Map<String, Unary> BUILT_INS = new HashMap<>();

    private static void define(String name, Unary f) {
        BUILT_INS.put(name, f);
    }

    static {
        define("exp", new Unary() {
            public double real(double a, MachineContext c) { return c.checked(Math.exp(a), true); }
            public Complex complex(Complex a, MachineContext c) { return checked(a.exp(), c); }
        });
        define("log", new Unary() {
            public double real(double a, MachineContext c) { return a > 0 ? Math.log(a) : a == 0 ? c.pole() : c.outside(); }
            public Complex complex(Complex a, MachineContext c) {
                return a.re() == 0 && a.im() == 0 ? Complex.real(c.pole()) : a.log();
            }
        });
        define("sqrt", new Unary() {
            public double real(double a, MachineContext c) { return a >= 0 ? Math.sqrt(a) : c.outside(); }
            public Complex complex(Complex a, MachineContext c) { return a.sqrt(); }
        });
        define("sin", new Unary() {
            public double real(double a, MachineContext c) { return Math.sin(a); }
            public Complex complex(Complex a, MachineContext c) { return checked(a.sin(), c); }
        });
        define("cos", new Unary() {
            public double real(double a, MachineContext c) { return Math.cos(a); }
            public Complex complex(Complex a, MachineContext c) { return checked(a.cos(), c); }
        });
        define("tan", new Unary() {
            public double real(double a, MachineContext c) { return Math.tan(a); }
            public Complex complex(Complex a, MachineContext c) { return checked(a.tan(), c); }
        });
        define("cot", (a, c) -> Math.sin(a) == 0 ? c.pole() : Math.cos(a) / Math.sin(a));
        define("sec", (a, c) -> c.checked(1 / Math.cos(a), true));
        define("csc", (a, c) -> Math.sin(a) == 0 ? c.pole() : 1 / Math.sin(a));
        define("sinh", new Unary() {
            public double real(double a, MachineContext c) { return c.checked(Math.sinh(a), false); }
            public Complex complex(Complex a, MachineContext c) { return checked(a.exp().minus(a.negate().exp()).times(0.5), c); }
        });
        define("cosh", new Unary() {
            public double real(double a, MachineContext c) { return c.checked(Math.cosh(a), true); }
            public Complex complex(Complex a, MachineContext c) { return checked(a.exp().plus(a.negate().exp()).times(0.5), c); }
        });
        define("tanh", new Unary() {
            public double real(double a, MachineContext c) { return Math.tanh(a); }
            public Complex complex(Complex a, MachineContext c) { return checked(a.tanh(), c); }
        });
        define("coth", (a, c) -> a == 0 ? c.pole() : 1 / Math.tanh(a));
        define("sech", (a, c) -> c.checked(1 / Math.cosh(a), true));
        define("csch", (a, c) -> a == 0 ? c.pole() : c.checked(1 / Math.sinh(a), true));
        define("arcsin", (a, c) -> Math.abs(a) <= 1 ? Math.asin(a) : c.outside());
        define("arccos", (a, c) -> Math.abs(a) <= 1 ? Math.acos(a) : c.outside());
        define("arctan", (a, c) -> Math.atan(a));
        // Symja's (and Mathematica's) convention: ArcCot(x) = ArcTan(1/x), ArcCot(0) = Pi/2
        define("arccot", (a, c) -> a == 0 ? Math.PI / 2 : Math.atan(1 / a));
        define("arcsec", (a, c) -> Math.abs(a) >= 1 ? Math.acos(1 / a) : c.outside());
        define("arccsc", (a, c) -> Math.abs(a) >= 1 ? Math.asin(1 / a) : c.outside());
        define("arcsinh", (a, c) -> Math.copySign(Math.log(Math.abs(a) + Math.hypot(a, 1)), a));
        define("arccosh", (a, c) -> a >= 1 ? Math.log(a + Math.sqrt(a * a - 1)) : c.outside());
        define("arctanh", (a, c) -> Math.abs(a) < 1 ? 0.5 * Math.log1p(2 * a / (1 - a)) : Math.abs(a) == 1 ? c.pole() : c.outside());
        define("arccoth", (a, c) -> Math.abs(a) > 1 ? 0.5 * Math.log((a + 1) / (a - 1)) : Math.abs(a) == 1 ? c.pole() : c.outside());
        define("arcsech", (a, c) -> a > 0 && a <= 1 ? Math.log((1 + Math.sqrt(1 - a * a)) / a) : a == 0 ? c.pole() : c.outside());
        define("arccsch", (a, c) -> a == 0 ? c.pole() : Math.copySign(Math.log(1 / Math.abs(a) + Math.hypot(1 / a, 1)), a));
        define("abs", new Unary() {
            public double real(double a, MachineContext c) { return Math.abs(a); }
            public Complex complex(Complex a, MachineContext c) { return Complex.real(a.abs()); }
        });
        define("sign", new Unary() {
            public double real(double a, MachineContext c) { return Math.signum(a); }
            public Complex complex(Complex a, MachineContext c) { return a.abs() == 0 ? Complex.ZERO : a.times(1 / a.abs()); }
        });
        define("re", new Unary() {
            public double real(double a, MachineContext c) { return a; }
            public Complex complex(Complex a, MachineContext c) { return Complex.real(a.re()); }
        });
        define("im", new Unary() {
            public double real(double a, MachineContext c) { return 0; }
            public Complex complex(Complex a, MachineContext c) { return Complex.real(a.im()); }
        });
        Unary conjugate = new Unary() {
            public double real(double a, MachineContext c) { return a; }
            public Complex complex(Complex a, MachineContext c) { return a.conjugate(); }
        };
        define("conjugate", conjugate);
        define("conj", conjugate);
        define("abs2", new Unary() {
            public double real(double a, MachineContext c) { return c.checked(a * a, a != 0); }
            public Complex complex(Complex a, MachineContext c) { return Complex.real(c.checked(a.re() * a.re() + a.im() * a.im(), a.abs() != 0)); }
        });
        define("arg", new Unary() {
            public double real(double a, MachineContext c) { return a < 0 ? Math.PI : 0; }
            public Complex complex(Complex a, MachineContext c) { return Complex.real(a.abs() == 0 ? 0 : a.arg()); }
        });
        define("unitstep", (a, c) -> c.compare(a, 0) >= 0 ? 1 : 0);
        define("heavisidetheta", (a, c) -> a == 0 ? c.pole() : a > 0 ? 1 : 0);
        define("ramp", (a, c) -> c.compare(a, 0) > 0 ? a : 0);
        define("clip", (a, c) -> Math.max(-1, Math.min(1, a)));
        define("floor", (a, c) -> Math.floor(a));
        define("ceiling", (a, c) -> Math.ceil(a));
        define("round", (a, c) -> Math.rint(a));
        Unary sigmoid = new Unary() {
            public double real(double a, MachineContext c) { return UnaryFunction.SIGMOID.value(a); }
            public Complex complex(Complex a, MachineContext c) { return checked(Complex.ONE.dividedBy(a.negate().exp().plus(1)), c); }
        };
        define("logisticsigmoid", sigmoid);
        define("sigmoid", sigmoid);
        define("erf", (a, c) -> Erf.erf(a));
        define("erfc", (a, c) -> Erf.erfc(a));
        define("gamma", (a, c) -> a <= 0 && a == Math.rint(a) ? c.pole() : c.checked(Gamma.gamma(a), true));
        define("loggamma", (a, c) -> a > 0 ? Gamma.logGamma(a) : a == Math.rint(a) ? c.pole() : c.outside());
    }

    private MachineFunctions() {}

    /** Symja's function of that name (any case), else the table's; empty when neither knows it. */
    static Optional<Unary> unary(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Unary builtIn = BUILT_INS.get(key);
        if (builtIn != null) {
            return Optional.of(builtIn);
        }
        return ElementaryFunctions.byName(key).filter(f -> f instanceof UnaryFunction).map(f -> fromTable((UnaryFunction) f));
    }

    /** The table's function of two arguments of that name (leakyrelu(x, a), elu(x, alpha), swish(x, beta), ...). */
    static Optional<BinaryFunction> binary(String name) {
        Optional<ElementaryFunction> f = ElementaryFunctions.byName(name.toLowerCase(Locale.ROOT));
        return f.filter(g -> g instanceof BinaryFunction).map(g -> (BinaryFunction) g);
    }

    /**
     * Whether a function the user calls by the table's name (sigmoid, relu, swish, abs2, ...) is
     * defined and real on all real numbers, as the table says ({@code ElementaryFunction.isTotal}).
     */
    static boolean isTotal(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.equals("abs2") || key.equals("conj") || ElementaryFunctions.byName(key).map(ElementaryFunction::isTotal).orElse(false);
    }

    /** A table function that Symja has no built-in for: total on the reals (the table's partial functions are built-ins). */
    private static Unary fromTable(UnaryFunction f) {
        return (a, c) -> c.checked(f.value(a), false);
    }

    private static Complex checked(Complex z, MachineContext c) {
        c.checked(z.re(), false);
        c.checked(z.im(), false);
        if (Double.isInfinite(z.re()) || Double.isInfinite(z.im())) {
            c.flags |= MachineContext.IMPRECISE;
        }
        return z;
    }
}

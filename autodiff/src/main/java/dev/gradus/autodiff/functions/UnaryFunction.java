package dev.gradus.autodiff.functions;

import dev.gradus.autodiff.complex.Complex;
import java.util.List;

/**
 * The elementary functions of one argument. Parameterised activations (prelu, elu, swish) take
 * their parameter as a second argument and live in {@link BinaryFunction}.
 *
 * <p>{@link #derivative(double, double)} receives the argument and the already computed value, so
 * that entries such as exp can reuse it. Holomorphic entries also give the complex derivative of
 * their extension, {@link #derivative(Complex, Complex)}, which the complex tape uses. {@link #value(Complex)} is the extension used by the
 * complex-step check: the holomorphic extension for analytic functions, and for piecewise
 * functions the analytic piece selected by the real part, with ties resolved as the real kink
 * convention (so that a complex step lands on the coded one-sided derivative).
 */
public enum UnaryFunction implements ElementaryFunction {
    /** e^x. */
    EXP("exp", "Exp(#1)", "Exp(#1)") {
        @Override public double value(double x) { return Math.exp(x); }
        @Override public double derivative(double x, double y) { return y; }
        @Override public double secondDerivative(double x, double y) { return y; }
        @Override public Complex value(Complex z) { return z.exp(); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return w; }
    },
    /** The natural logarithm; the principal branch for complex arguments. */
    LOG("log", "Log(#1)", "1/#1") {
        @Override public double value(double x) { return Math.log(x); }
        @Override public double derivative(double x, double y) { return 1.0 / x; }
        @Override public double secondDerivative(double x, double y) { return -1.0 / (x * x); }
        @Override public Complex value(Complex z) { return z.log(); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return z.reciprocal(); }
            @Override public boolean isDefinedAt(double x) { return x > 0; }
        @Override public double[] principalInterval() { return new double[] {0, Double.POSITIVE_INFINITY}; }
        /** The principal branch's cut (-infinity, 0], the pole at 0 included. */
        @Override public double distanceToSingularity(Complex z) { return Singular.toNegativeRealAxis(z); }
    },
    /** sin x. */
    SIN("sin", "Sin(#1)", "Cos(#1)") {
        @Override public double value(double x) { return Math.sin(x); }
        @Override public double derivative(double x, double y) { return Math.cos(x); }
        @Override public double secondDerivative(double x, double y) { return -y; }
        @Override public Complex value(Complex z) { return z.sin(); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return z.cos(); }
    },
    /** cos x. */
    COS("cos", "Cos(#1)", "-Sin(#1)") {
        @Override public double value(double x) { return Math.cos(x); }
        @Override public double derivative(double x, double y) { return -Math.sin(x); }
        @Override public double secondDerivative(double x, double y) { return -y; }
        @Override public Complex value(Complex z) { return z.cos(); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return z.sin().negate(); }
    },
    /** tan x. */
    TAN("tan", "Tan(#1)", "1+Tan(#1)^2") {
        @Override public double value(double x) { return Math.tan(x); }
        @Override public double derivative(double x, double y) { return 1.0 + y * y; }
        @Override public double secondDerivative(double x, double y) { return 2.0 * y * (1.0 + y * y); }
        @Override public Complex value(Complex z) { return z.tan(); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return w.times(w).plus(1); }
            /** Undefined at the poles pi/2 + k pi, which no double hits exactly: cos is never 0 in doubles. */
        @Override public boolean isDefinedAt(double x) { return Math.cos(x) != 0; }
        @Override public double[] principalInterval() { return new double[] {-Math.PI / 2, Math.PI / 2}; }
        /** Poles at pi (k + 1/2) on the real axis. */
        @Override public double distanceToSingularity(Complex z) {
            return Math.hypot(z.im(), Singular.toLattice(z.re() - Math.PI / 2, Math.PI));
        }
    },
    /** tanh x. */
    TANH("tanh", "Tanh(#1)", "1-Tanh(#1)^2") {
        @Override public double value(double x) { return StableMath.tanh(x); }
        @Override public double derivative(double x, double y) { return StableMath.tanhDerivative(x, y); }
        @Override public double secondDerivative(double x, double y) { return -2.0 * y * StableMath.tanhDerivative(x, y); }
        @Override public Complex value(Complex z) { return z.tanh(); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return Complex.ONE.minus(w.times(w)); }
            /** Poles at i pi (k + 1/2). */
        @Override public double distanceToSingularity(Complex z) {
            return Math.hypot(z.re(), Singular.toLattice(z.im() - Math.PI / 2, Math.PI));
        }
    },
    /** The square root; the principal branch for complex arguments. */
    SQRT("sqrt", "Sqrt(#1)", "1/(2*Sqrt(#1))") {
        @Override public double value(double x) { return Math.sqrt(x); }
        @Override public double derivative(double x, double y) { return 0.5 / y; }
        @Override public double secondDerivative(double x, double y) { return -0.25 / (y * y * y); }
        @Override public Complex value(Complex z) { return z.sqrt(); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return w.times(2).reciprocal(); }
            @Override public boolean isDefinedAt(double x) { return x >= 0; }
        /** Open at 0, where the derivative is infinite. */
        @Override public double[] principalInterval() { return new double[] {0, Double.POSITIVE_INFINITY}; }
        /** The principal branch's cut (-infinity, 0]. */
        @Override public double distanceToSingularity(Complex z) { return Singular.toNegativeRealAxis(z); }
    },
    /** |x|, with abs'(0) = 0. */
    ABS("abs", "Abs(#1)", "Sign(#1)", "abs'(0) = sign(0) = 0", 0.0) {
        @Override public double value(double x) { return Math.abs(x); }
        @Override public double derivative(double x, double y) { return Math.signum(x); }
        @Override public double secondDerivative(double x, double y) { return 0.0; }
        @Override public Complex value(Complex z) { return z.re() >= 0 ? z : z.negate(); }
    },
    /** The logistic sigmoid 1/(1 + e^-x). */
    SIGMOID("sigmoid", "1/(1+Exp(-#1))", "Exp(-#1)/(1+Exp(-#1))^2") {
        @Override public double value(double x) { return StableMath.sigmoid(x); }
        @Override public double derivative(double x, double y) { return StableMath.sigmoidDerivative(x, y); }
        @Override public double secondDerivative(double x, double y) { return StableMath.sigmoidSecondDerivative(x, y); }
        @Override public Complex value(Complex z) { return ComplexForms.sigmoid(z); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return w.times(Complex.ONE.minus(w)); }
            /** Poles at i pi (2k + 1), where 1 + e^-z = 0. */
        @Override public double distanceToSingularity(Complex z) {
            return Math.hypot(z.re(), Singular.toLattice(z.im() - Math.PI, 2 * Math.PI));
        }
    },
    /** log(1 + e^x), a smooth relu. */
    SOFTPLUS("softplus", "Log(1+Exp(#1))", "1/(1+Exp(-#1))") {
        @Override public double value(double x) { return StableMath.softplus(x); }
        @Override public double derivative(double x, double y) { return StableMath.sigmoid(x); }
        @Override public double secondDerivative(double x, double y) { return StableMath.sigmoidDerivative(x, StableMath.sigmoid(x)); }
        @Override public Complex value(Complex z) { return ComplexForms.softplus(z); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex derivative(Complex z, Complex w) { return ComplexForms.sigmoid(z); }
            /** log(1 + e^z): 1 + e^z is on the log's cut where Im z = pi (2k + 1) and Re z >= 0. */
        @Override public double distanceToSingularity(Complex z) {
            return Math.hypot(Math.max(0, -z.re()), Singular.toLattice(z.im() - Math.PI, 2 * Math.PI));
        }
    },
    /** x/(1 + |x|). */
    SOFTSIGN("softsign", "#1/(1+Abs(#1))", "1/(1+Abs(#1))^2") {
        @Override public double value(double x) { return x / (1.0 + Math.abs(x)); }
        @Override public double derivative(double x, double y) {
            double d = 1.0 + Math.abs(x);
            return 1.0 / (d * d);
        }
        /** -2 sign(x) / (1 + |x|)^3: softsign is smooth once, and its second derivative jumps at 0 (taken as 0 there). */
        @Override public double secondDerivative(double x, double y) {
            double d = 1.0 + Math.abs(x);
            return -2.0 * Math.signum(x) / (d * d * d);
        }
        @Override public Complex value(Complex z) {
            return z.dividedBy(z.re() >= 0 ? z.plus(1) : Complex.ONE.minus(z));
        }
    },
    /** x clamped to [-1, 1], with derivative 1 at the ends of the interval. */
    HARDTANH("hardtanh", "Piecewise({{-1, #1 < -1}, {1, #1 > 1}}, #1)",
            "Piecewise({{1, -1 <= #1 && #1 <= 1}}, 0)", "hardtanh'(z) = 1 for -1 <= z <= 1, else 0", -1.0, 1.0) {
        @Override public double value(double x) { return Math.max(-1.0, Math.min(1.0, x)); }
        @Override public double derivative(double x, double y) { return x >= -1.0 && x <= 1.0 ? 1.0 : 0.0; }
        @Override public double secondDerivative(double x, double y) { return 0.0; }
        @Override public Complex value(Complex z) {
            return z.re() < -1 ? Complex.real(-1) : z.re() > 1 ? Complex.ONE : z;
        }
    },
    /** max(x, 0), with relu'(0) = 0. */
    RELU("relu", "Piecewise({{#1, #1 > 0}}, 0)", "Piecewise({{1, #1 > 0}}, 0)", "relu'(0) = 0", 0.0) {
        @Override public double value(double x) { return x > 0 ? x : 0.0; }
        @Override public double derivative(double x, double y) { return x > 0 ? 1.0 : 0.0; }
        @Override public double secondDerivative(double x, double y) { return 0.0; }
        @Override public Complex value(Complex z) { return z.re() > 0 ? z : Complex.ZERO; }
    },
    /** lambda x for x >= 0, else lambda alpha (e^x - 1), with the constants of {@link Selu}. */
    SELU("selu",
            Selu.LAMBDA_DIGITS + "*Piecewise({{#1, #1 >= 0}}, " + Selu.ALPHA_DIGITS + "*(Exp(#1)-1))",
            Selu.LAMBDA_DIGITS + "*Piecewise({{1, #1 >= 0}}, " + Selu.ALPHA_DIGITS + "*Exp(#1))",
            "selu'(0) = lambda (the slope of the positive side, as elu'(0) = 1)", 0.0) {
        @Override public double value(double x) { return Selu.LAMBDA * (x >= 0 ? x : Selu.ALPHA * StableMath.expm1(x)); }
        @Override public double derivative(double x, double y) {
            return x >= 0 ? Selu.LAMBDA : Selu.LAMBDA * Selu.ALPHA * Math.exp(x);
        }
        @Override public double secondDerivative(double x, double y) { return x >= 0 ? 0.0 : Selu.LAMBDA * Selu.ALPHA * Math.exp(x); }
        @Override public Complex value(Complex z) {
            return (z.re() >= 0 ? z : z.expm1().times(Selu.ALPHA)).times(Selu.LAMBDA);
        }
    };

    private final String symbol;
    private final String definition;
    private final String derivativeForm;
    private final String kinkConvention;
    private final double[] kinks;

    UnaryFunction(String symbol, String definition, String derivativeForm) {
        this(symbol, definition, derivativeForm, "");
    }

    UnaryFunction(String symbol, String definition, String derivativeForm, String kinkConvention, double... kinks) {
        this.symbol = symbol;
        this.definition = definition;
        this.derivativeForm = derivativeForm;
        this.kinkConvention = kinkConvention;
        this.kinks = kinks;
    }

    /** f(x). */
    public abstract double value(double x);

    /** f'(x), given y = f(x); at a kink, the value stated by {@link #kinkConvention()}. */
    public abstract double derivative(double x, double y);

    /**
     * f''(x), given y = f(x), for Hessians and Hessian-vector products. The piecewise entries
     * (abs, relu, hardtanh, and selu's positive side) are linear on each piece, so their second
     * derivative is 0 away from the kinks; at a kink, where f'' does not exist, it is also taken
     * as 0 (the second derivative of the piece the first-derivative convention picks). softsign is
     * differentiable once: its f'' jumps from 2 to -2 at 0 and is taken as 0 there.
     */
    public abstract double secondDerivative(double x, double y);

    /** The complex extension (see the class comment). */
    public abstract Complex value(Complex z);

    /**
     * Whether the complex extension is holomorphic (away from branch cuts and poles): then
     * {@link #derivative(Complex, Complex)} is its complex derivative, and its derivative with
     * respect to conj(z) is 0.
     */
    @Override
    public boolean holomorphic() {
        return false;
    }

    /** f'(z) of the holomorphic extension, given w = f(z). */
    public Complex derivative(Complex z, Complex w) {
        throw new UnsupportedOperationException(symbol + " is not holomorphic; apply it to a real-valued node such as re(z) or abs(z)");
    }

    /** Whether f is defined (real and finite) at x: false for log at x &lt;= 0, sqrt at x &lt; 0. */
    public boolean isDefinedAt(double x) {
        return true;
    }

    /** Whether f is defined at every real number (see {@link ElementaryFunction#isTotal()}). */
    @Override
    public boolean isTotal() {
        double[] interval = principalInterval();
        return interval[0] == Double.NEGATIVE_INFINITY && interval[1] == Double.POSITIVE_INFINITY;
    }

    /**
     * The open interval {low, high} of the real line where f is defined and differentiable (apart
     * from its kinks): the whole line, or (0, infinity) for log and sqrt, or tan's (-pi/2, pi/2).
     * Random arguments for f belong there.
     */
    public double[] principalInterval() {
        return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }

    /**
     * The distance from z to the nearest branch cut or pole of the complex extension (infinite for
     * entire functions): the principal log's and sqrt's cut (-infinity, 0], tan's, tanh's and the
     * sigmoid's poles, softplus's cuts. Near one, differences in z are no derivative.
     */
    public double distanceToSingularity(Complex z) {
        return Double.POSITIVE_INFINITY;
    }

    /** The points where f is continuous but not differentiable. */
    public double[] kinks() {
        return kinks.clone();
    }

    /** Distance from x to the nearest kink; infinite for smooth functions. */
    public double distanceToKink(double x) {
        double d = Double.POSITIVE_INFINITY;
        for (double k : kinks) {
            d = Math.min(d, Math.abs(x - k));
        }
        return d;
    }

    @Override public String symbol() { return symbol; }
    @Override public List<String> aliases() { return List.of(); }
    @Override public int arity() { return 1; }
    @Override public String definition() { return definition; }
    @Override public List<String> partials() { return List.of(derivativeForm); }
    @Override public String kinkConvention() { return kinkConvention; }
}

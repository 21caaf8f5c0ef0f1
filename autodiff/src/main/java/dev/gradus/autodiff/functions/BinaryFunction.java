package dev.gradus.autodiff.functions;

import dev.gradus.autodiff.complex.Complex;
import java.util.List;

/**
 * The elementary functions of two arguments: the arithmetic, powers, max/min, log-add-exp, and
 * the activations with a parameter (prelu/leaky relu with slope a, elu with alpha, swish with
 * beta), whose parameter is the second argument so that it can be a constant or a learned
 * variable alike.
 *
 * <p>The partials receive both arguments and the already computed value y = f(a, b).
 */
public enum BinaryFunction implements ElementaryFunction {
    /** a + b. */
    ADD("add", "#1+#2", "1", "1") {
        @Override public double value(double a, double b) { return a + b; }
        @Override public double partialA(double a, double b, double y) { return 1.0; }
        @Override public double partialB(double a, double b, double y) { return 1.0; }
        @Override public double partialAA(double a, double b, double y) { return 0.0; }
        @Override public double partialAB(double a, double b, double y) { return 0.0; }
        @Override public double partialBB(double a, double b, double y) { return 0.0; }
        @Override public Complex value(Complex a, Complex b) { return a.plus(b); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex partialA(Complex a, Complex b, Complex w) { return Complex.ONE; }
        @Override public Complex partialB(Complex a, Complex b, Complex w) { return Complex.ONE; }
    },
    /** a - b. */
    SUB("sub", "#1-#2", "1", "-1") {
        @Override public double value(double a, double b) { return a - b; }
        @Override public double partialA(double a, double b, double y) { return 1.0; }
        @Override public double partialB(double a, double b, double y) { return -1.0; }
        @Override public double partialAA(double a, double b, double y) { return 0.0; }
        @Override public double partialAB(double a, double b, double y) { return 0.0; }
        @Override public double partialBB(double a, double b, double y) { return 0.0; }
        @Override public Complex value(Complex a, Complex b) { return a.minus(b); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex partialA(Complex a, Complex b, Complex w) { return Complex.ONE; }
        @Override public Complex partialB(Complex a, Complex b, Complex w) { return Complex.real(-1); }
    },
    /** a b. */
    MUL("mul", "#1*#2", "#2", "#1") {
        @Override public double value(double a, double b) { return a * b; }
        @Override public double partialA(double a, double b, double y) { return b; }
        @Override public double partialB(double a, double b, double y) { return a; }
        @Override public double partialAA(double a, double b, double y) { return 0.0; }
        @Override public double partialAB(double a, double b, double y) { return 1.0; }
        @Override public double partialBB(double a, double b, double y) { return 0.0; }
        @Override public Complex value(Complex a, Complex b) { return a.times(b); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex partialA(Complex a, Complex b, Complex w) { return b; }
        @Override public Complex partialB(Complex a, Complex b, Complex w) { return a; }
    },
    /** a / b. */
    DIV("div", "#1/#2", "1/#2", "-#1/#2^2") {
        @Override public double value(double a, double b) { return a / b; }
        @Override public double partialA(double a, double b, double y) { return 1.0 / b; }
        @Override public double partialB(double a, double b, double y) { return -y / b; }
        @Override public double partialAA(double a, double b, double y) { return 0.0; }
        @Override public double partialAB(double a, double b, double y) { return -1.0 / (b * b); }
        @Override public double partialBB(double a, double b, double y) { return 2.0 * y / (b * b); }
        @Override public Complex value(Complex a, Complex b) { return a.dividedBy(b); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex partialA(Complex a, Complex b, Complex w) { return b.reciprocal(); }
        @Override public Complex partialB(Complex a, Complex b, Complex w) { return w.dividedBy(b).negate(); }
            @Override public boolean isDefinedAt(double a, double b) { return b != 0; }
        @Override public double[] principalIntervalB() { return new double[] {0, Double.POSITIVE_INFINITY}; }
        /** A pole where b = 0. */
        @Override public double distanceToSingularity(Complex a, Complex b, boolean constantB) { return b.abs(); }
    },
    /**
     * a^b. d/da = b a^(b-1), taken as 0 when b = 0 (so 0^0 has slope 0, not NaN); d/db = a^b log a,
     * taken as 0 at a = 0 for b > 0 (the one-sided limit) and NaN for a &lt; 0 where a^b is real only
     * at integer b and not differentiable in b.
     */
    POW("pow", "#1^#2", "#2*#1^(#2-1)", "#1^#2*Log(#1)") {
        @Override public double value(double a, double b) { return Math.pow(a, b); }
        @Override public double partialA(double a, double b, double y) {
            if (b == 0) {
                return 0.0;
            }
            return b == 2 ? 2 * a : b * Math.pow(a, b - 1);
        }
        @Override public double partialB(double a, double b, double y) {
            if (a > 0) {
                return y * Math.log(a);
            }
            return a == 0 && b > 0 ? 0.0 : Double.NaN;
        }
        @Override public double partialAA(double a, double b, double y) {
            if (b == 0 || b == 1) {
                return 0.0;
            }
            return b == 2 ? 2.0 : b * (b - 1) * Math.pow(a, b - 2);
        }
        /** d/db (b a^(b-1)) = a^(b-1) (1 + b log a); 0 at a = 0 for b > 1 (the limit), NaN where d/db is. */
        @Override public double partialAB(double a, double b, double y) {
            if (a > 0) {
                return Math.pow(a, b - 1) * (1.0 + b * Math.log(a));
            }
            return a == 0 && b > 1 ? 0.0 : Double.NaN;
        }
        @Override public double partialBB(double a, double b, double y) {
            if (a > 0) {
                double log = Math.log(a);
                return y * log * log;
            }
            return a == 0 && b > 0 ? 0.0 : Double.NaN;
        }
        @Override public Complex value(Complex a, Complex b) { return a.pow(b); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex partialA(Complex a, Complex b, Complex w) {
            return b.re() == 0 && b.im() == 0 ? Complex.ZERO : b.times(a.pow(b.minus(Complex.ONE)));
        }
        @Override public Complex partialB(Complex a, Complex b, Complex w) { return w.times(a.log()); }
            /** For a &lt; 0 only at integer b; at 0 for b >= 0. */
        @Override public boolean isDefinedAt(double a, double b) { return a > 0 || a == 0 && b >= 0 || a < 0 && b == Math.rint(b); }
        @Override public double[] principalIntervalA() { return new double[] {0, Double.POSITIVE_INFINITY}; }
        /**
         * A variable exponent puts a^b = exp(b log a) on log's cut even at integer b (it jumps there
         * for the neighbouring non-integer b); only a constant integer exponent does not, and a
         * negative one has a pole at 0.
         */
        @Override public double distanceToSingularity(Complex a, Complex b, boolean constantB) {
            if (constantB && b.isReal() && b.re() == Math.rint(b.re())) {
                return b.re() >= 0 ? Double.POSITIVE_INFINITY : a.abs();
            }
            return Singular.toNegativeRealAxis(a);
        }
    },
    /** max(a, b); at a tie all of the derivative goes to a. */
    MAX("max", "Max(#1, #2)", "Piecewise({{1, #1 >= #2}}, 0)", "Piecewise({{0, #1 >= #2}}, 1)",
            "max(a,b) at a tie: all of the derivative to the first argument") {
        @Override public double value(double a, double b) { return a >= b ? a : b; }
        @Override public double partialA(double a, double b, double y) { return a >= b ? 1.0 : 0.0; }
        @Override public double partialB(double a, double b, double y) { return a >= b ? 0.0 : 1.0; }
        @Override public double partialAA(double a, double b, double y) { return 0.0; }
        @Override public double partialAB(double a, double b, double y) { return 0.0; }
        @Override public double partialBB(double a, double b, double y) { return 0.0; }
        @Override public Complex value(Complex a, Complex b) { return a.re() >= b.re() ? a : b; }
        @Override public double distanceToKink(double a, double b) { return Math.abs(a - b); }
    },
    /** min(a, b); at a tie all of the derivative goes to a. */
    MIN("min", "Min(#1, #2)", "Piecewise({{1, #1 <= #2}}, 0)", "Piecewise({{0, #1 <= #2}}, 1)",
            "min(a,b) at a tie: all of the derivative to the first argument") {
        @Override public double value(double a, double b) { return a <= b ? a : b; }
        @Override public double partialA(double a, double b, double y) { return a <= b ? 1.0 : 0.0; }
        @Override public double partialB(double a, double b, double y) { return a <= b ? 0.0 : 1.0; }
        @Override public double partialAA(double a, double b, double y) { return 0.0; }
        @Override public double partialAB(double a, double b, double y) { return 0.0; }
        @Override public double partialBB(double a, double b, double y) { return 0.0; }
        @Override public Complex value(Complex a, Complex b) { return a.re() <= b.re() ? a : b; }
        @Override public double distanceToKink(double a, double b) { return Math.abs(a - b); }
    },
    /**
     * log(e^a + e^b), the two-argument step of a stable log-sum-exp. The partials are
     * sigmoid(a - b) and sigmoid(b - a): a - b is exact for close arguments, whereas a - y would
     * carry the rounding of y (about 1e-13 near 1000).
     */
    LOG_ADD_EXP("logaddexp", "Log(Exp(#1)+Exp(#2))", "1/(1+Exp(#2-#1))", "1/(1+Exp(#1-#2))") {
        @Override public double value(double a, double b) { return StableMath.logAddExp(a, b); }
        @Override public double partialA(double a, double b, double y) { return StableMath.sigmoid(a - b); }
        @Override public double partialB(double a, double b, double y) { return StableMath.sigmoid(b - a); }
        /** The partials are sigmoid(a - b) and sigmoid(b - a); sigmoid' is even, so all three are +-sigmoid'(a - b). */
        @Override public double partialAA(double a, double b, double y) { return logisticSlope(a - b); }
        @Override public double partialAB(double a, double b, double y) { return -logisticSlope(a - b); }
        @Override public double partialBB(double a, double b, double y) { return logisticSlope(a - b); }
        @Override public Complex value(Complex a, Complex b) { return ComplexForms.logAddExp(a, b); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex partialA(Complex a, Complex b, Complex w) { return ComplexForms.sigmoid(a.minus(b)); }
        @Override public Complex partialB(Complex a, Complex b, Complex w) { return ComplexForms.sigmoid(b.minus(a)); }
            /** softplus's cuts, in the difference of the arguments. */
        @Override public double distanceToSingularity(Complex a, Complex b, boolean constantB) {
            return UnaryFunction.SOFTPLUS.distanceToSingularity(a.re() >= b.re() ? b.minus(a) : a.minus(b));
        }
    },
    /** Parametric relu: a for a > 0, else slope*a. Leaky relu is the same function with a constant slope. */
    PRELU("prelu", "Piecewise({{#1, #1 > 0}}, #2*#1)", "Piecewise({{1, #1 > 0}}, #2)", "Piecewise({{0, #1 > 0}}, #1)",
            "prelu'(0) = leakyrelu'(0) = the slope of the negative side") {
        @Override public double value(double a, double b) { return a > 0 ? a : b * a; }
        @Override public double partialA(double a, double b, double y) { return a > 0 ? 1.0 : b; }
        @Override public double partialB(double a, double b, double y) { return a > 0 ? 0.0 : a; }
        @Override public double partialAA(double a, double b, double y) { return 0.0; }
        @Override public double partialAB(double a, double b, double y) { return a > 0 ? 0.0 : 1.0; }
        @Override public double partialBB(double a, double b, double y) { return 0.0; }
        @Override public Complex value(Complex a, Complex b) { return a.re() > 0 ? a : a.times(b); }
        @Override public double distanceToKink(double a, double b) { return Math.abs(a); }
        @Override public List<String> aliases() { return List.of("leakyrelu"); }
    },
    /** ELU with parameter alpha: a for a >= 0, else alpha (e^a - 1). */
    ELU("elu", "Piecewise({{#1, #1 >= 0}}, #2*(Exp(#1)-1))", "Piecewise({{1, #1 >= 0}}, #2*Exp(#1))",
            "Piecewise({{0, #1 >= 0}}, Exp(#1)-1)", "elu'(0) = 1") {
        @Override public double value(double a, double b) { return a >= 0 ? a : b * StableMath.expm1(a); }
        @Override public double partialA(double a, double b, double y) { return a >= 0 ? 1.0 : b * Math.exp(a); }
        @Override public double partialB(double a, double b, double y) { return a >= 0 ? 0.0 : StableMath.expm1(a); }
        @Override public double partialAA(double a, double b, double y) { return a >= 0 ? 0.0 : b * Math.exp(a); }
        @Override public double partialAB(double a, double b, double y) { return a >= 0 ? 0.0 : Math.exp(a); }
        @Override public double partialBB(double a, double b, double y) { return 0.0; }
        @Override public Complex value(Complex a, Complex b) { return a.re() >= 0 ? a : a.expm1().times(b); }
        @Override public double distanceToKink(double a, double b) { return b == 1 ? Double.POSITIVE_INFINITY : Math.abs(a); }
    },
    /** Swish with parameter beta: a sigmoid(beta a). */
    SWISH("swish", "#1/(1+Exp(-#2*#1))", "1/(1+Exp(-#2*#1))+#2*#1*Exp(-#2*#1)/(1+Exp(-#2*#1))^2",
            "#1^2*Exp(-#2*#1)/(1+Exp(-#2*#1))^2") {
        @Override public double value(double a, double b) { return a * StableMath.sigmoid(b * a); }
        @Override public double partialA(double a, double b, double y) {
            double ba = b * a;
            double s = StableMath.sigmoid(ba);
            return s + ba * StableMath.sigmoidDerivative(ba, s);
        }
        @Override public double partialB(double a, double b, double y) {
            double ba = b * a;
            return a * a * StableMath.sigmoidDerivative(ba, StableMath.sigmoid(ba));
        }
        /** 2 b s' + a b^2 s'', with s = sigmoid(b a) and its derivatives taken at b a. */
        @Override public double partialAA(double a, double b, double y) {
            double ba = b * a;
            return 2.0 * b * logisticSlope(ba) + a * b * b * logisticCurvature(ba);
        }
        /** 2 a s' + a^2 b s''. */
        @Override public double partialAB(double a, double b, double y) {
            double ba = b * a;
            return 2.0 * a * logisticSlope(ba) + a * a * b * logisticCurvature(ba);
        }
        /** a^3 s''. */
        @Override public double partialBB(double a, double b, double y) { return a * a * a * logisticCurvature(b * a); }
        @Override public Complex value(Complex a, Complex b) { return a.times(ComplexForms.sigmoid(b.times(a))); }
        @Override public boolean holomorphic() { return true; }
        @Override public Complex partialA(Complex a, Complex b, Complex w) { return ComplexForms.swishPartialA(a, b); }
        @Override public Complex partialB(Complex a, Complex b, Complex w) { return ComplexForms.swishPartialB(a, b); }
            /** The sigmoid's poles, at b a. */
        @Override public double distanceToSingularity(Complex a, Complex b, boolean constantB) {
            return UnaryFunction.SIGMOID.distanceToSingularity(a.times(b));
        }
    };

    private final String symbol;
    private final String definition;
    private final List<String> partials;
    private final String kinkConvention;

    BinaryFunction(String symbol, String definition, String partialA, String partialB) {
        this(symbol, definition, partialA, partialB, "");
    }

    BinaryFunction(String symbol, String definition, String partialA, String partialB, String kinkConvention) {
        this.symbol = symbol;
        this.definition = definition;
        this.partials = List.of(partialA, partialB);
        this.kinkConvention = kinkConvention;
    }

    /** The slope of leakyrelu(x) written without one: 1/100, as in PyTorch; the text is for Symja. */
    public static final String LEAKY_RELU_SLOPE = "1/100";

    /** f(a, b). */
    public abstract double value(double a, double b);

    /** df/da at (a, b), given y = f(a, b). */
    public abstract double partialA(double a, double b, double y);

    /** df/db at (a, b), given y = f(a, b). */
    public abstract double partialB(double a, double b, double y);

    /**
     * The second partials d^2f/da^2, d^2f/da db and d^2f/db^2 at (a, b), given y = f(a, b), for
     * Hessians. max, min and prelu are linear on each piece, so away from the kink (and at it, by
     * convention) their second partials are those of the piece the first-order convention picks:
     * 0, except d^2 prelu / da d(slope) = 1 on the negative side. elu's are those of its piece
     * too (the negative piece's at a &lt; 0, 0 at a >= 0).
     */
    public abstract double partialAA(double a, double b, double y);

    /** d^2f / da db (see {@link #partialAA}). */
    public abstract double partialAB(double a, double b, double y);

    /** d^2f / db^2 (see {@link #partialAA}). */
    public abstract double partialBB(double a, double b, double y);

    /** Whether f is defined (real and finite) at (a, b): false for a / 0, and for a^b at a &lt; 0 and non-integer b. */
    public boolean isDefinedAt(double a, double b) {
        return true;
    }

    /** Whether f is defined at every pair of real numbers (see {@link ElementaryFunction#isTotal()}). */
    @Override
    public boolean isTotal() {
        double[] a = principalIntervalA();
        double[] b = principalIntervalB();
        return a[0] == Double.NEGATIVE_INFINITY && a[1] == Double.POSITIVE_INFINITY
                && b[0] == Double.NEGATIVE_INFINITY && b[1] == Double.POSITIVE_INFINITY;
    }

    /** The open interval of a where f is defined and differentiable for every b of {@link #principalIntervalB()}: (0, infinity) for a power's base. */
    public double[] principalIntervalA() {
        return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }

    /** The open interval of b where f is defined and differentiable for every a of {@link #principalIntervalA()}: (0, infinity) for a divisor. */
    public double[] principalIntervalB() {
        return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }

    /**
     * The distance from (a, b) to the nearest branch cut or pole of the complex extension
     * (infinite where there is none), in the sense of {@link UnaryFunction#distanceToSingularity};
     * {@code constantB}: b is a constant (a power with a constant integer exponent has no cut).
     */
    public double distanceToSingularity(Complex a, Complex b, boolean constantB) {
        return Double.POSITIVE_INFINITY;
    }

    /** The complex extension, in the sense of {@link UnaryFunction#value(Complex)}. */
    public abstract Complex value(Complex a, Complex b);

    /** Whether the complex extension is holomorphic in both arguments (away from cuts and poles). */
    @Override
    public boolean holomorphic() {
        return false;
    }

    /** df/da of the holomorphic extension, given w = f(a, b). */
    public Complex partialA(Complex a, Complex b, Complex w) {
        throw notHolomorphic();
    }

    /** df/db of the holomorphic extension, given w = f(a, b). */
    public Complex partialB(Complex a, Complex b, Complex w) {
        throw notHolomorphic();
    }

    /** sigmoid'(x), for the entries whose partials are written with the logistic function. */
    private static double logisticSlope(double x) {
        return StableMath.sigmoidDerivative(x, StableMath.sigmoid(x));
    }

    /** sigmoid''(x). */
    private static double logisticCurvature(double x) {
        return StableMath.sigmoidSecondDerivative(x, StableMath.sigmoid(x));
    }

    private UnsupportedOperationException notHolomorphic() {
        return new UnsupportedOperationException(symbol + " is not holomorphic; apply it to real-valued nodes");
    }

    /** How far (a, b) is from the set where f is not differentiable; infinite for smooth functions. */
    public double distanceToKink(double a, double b) {
        return Double.POSITIVE_INFINITY;
    }

    @Override public String symbol() { return symbol; }
    @Override public List<String> aliases() { return List.of(); }
    @Override public int arity() { return 2; }
    @Override public String definition() { return definition; }
    @Override public List<String> partials() { return partials; }
    @Override public String kinkConvention() { return kinkConvention; }
}

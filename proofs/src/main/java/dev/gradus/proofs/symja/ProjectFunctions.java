package dev.gradus.proofs.symja;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.Selu;
import java.util.ArrayList;
import java.util.List;

/**
 * The Symja definitions of the project's functions, generated from the table of elementary
 * functions (never written twice): sigmoid(x1_) := 1/(1+Exp(-x1)), and so on for every entry that
 * is not already a Symja built-in, plus the aliases, the one-argument forms elu(x), swish(x) and
 * leakyrelu(x), the SELU constants selulambda and selualpha (exact), and the complex helpers abs2,
 * conj, Dz and Dzbar.
 */
public final class ProjectFunctions {
    /** Real and imaginary part symbols stand for a complex variable z as z + ... (see {@link #realPart}). */
    static final String REAL_SUFFIX = "re$";
    static final String IMAGINARY_SUFFIX = "im$";

    private ProjectFunctions() {}

    /** The name of the real symbol that stands for Re(z). */
    public static String realPart(String variable) {
        return variable + REAL_SUFFIX;
    }

    /** The name of the real symbol that stands for Im(z). */
    public static String imaginaryPart(String variable) {
        return variable + IMAGINARY_SUFFIX;
    }

    static List<String> definitions() {
        List<String> defs = new ArrayList<>();
        // The SELU constants as exact numbers, with names, so that a claim such as
        // Limit(selu(x), x -> -Infinity) = -selulambda*selualpha is exact, not a rounding question.
        // The definition of selu gets the numbers themselves: Piecewise holds its branches, and a
        // name in an unevaluated branch would look like a variable.
        defs.add("selulambda = " + exact(Selu.LAMBDA_DIGITS));
        defs.add("selualpha = " + exact(Selu.ALPHA_DIGITS));
        for (ElementaryFunction f : ElementaryFunctions.all()) {
            if (isBuiltIn(f)) {
                continue;
            }
            String body = f.definition().replace("#1", "x1").replace("#2", "x2")
                    .replace(Selu.LAMBDA_DIGITS, exact(Selu.LAMBDA_DIGITS)).replace(Selu.ALPHA_DIGITS, exact(Selu.ALPHA_DIGITS));
            String params = f.arity() == 1 ? "x1_" : "x1_, x2_";
            defs.add(f.symbol() + "(" + params + ") := " + body);
            for (String alias : f.aliases()) {
                defs.add(alias + "(" + params + ") := " + f.symbol() + "(" + (f.arity() == 1 ? "x1" : "x1, x2") + ")");
            }
        }
        // The one-argument forms of the expression language: elu(x) = elu(x, 1), swish(x) = swish(x, 1),
        // leakyrelu(x) = leakyrelu(x, 1/100).
        defs.add("elu(x1_) := elu(x1, 1)");
        defs.add("leakyrelu(x1_) := leakyrelu(x1, " + BinaryFunction.LEAKY_RELU_SLOPE + ")");
        defs.add("swish(x1_) := swish(x1, 1)");
        defs.add("abs2(x1_) := x1*Conjugate(x1)");
        defs.add("conj(x1_) := Conjugate(x1)");
        // Wirtinger derivatives of f with respect to a complex variable that has been written as
        // a + I*b with real a, b: the non-holomorphic parts are expanded first, then
        // d/dz = (d/da - i d/db)/2 and d/dzbar = (d/da + i d/db)/2.
        defs.add("gradus$real(f_) := f /. {c:Conjugate(_) :> ComplexExpand(c), c:Abs(_) :> ComplexExpand(c), "
                + "c:Re(_) :> ComplexExpand(c), c:Im(_) :> ComplexExpand(c)}");
        defs.add("Dz(f_, a_ + I*b_) := (D(gradus$real(f), a) - I*D(gradus$real(f), b))/2");
        defs.add("Dzbar(f_, a_ + I*b_) := (D(gradus$real(f), a) + I*D(gradus$real(f), b))/2");
        return defs;
    }

    /** A decimal such as 1.05 as the exact fraction 105/100. */
    static String exact(String decimal) {
        java.math.BigDecimal d = new java.math.BigDecimal(decimal);
        return d.unscaledValue() + "/" + java.math.BigInteger.TEN.pow(d.scale());
    }

    /** An entry whose definition is the Symja built-in of the same name (exp is Exp(#1)). */
    static boolean isBuiltIn(ElementaryFunction f) {
        String d = f.definition();
        int paren = d.indexOf('(');
        return paren > 0 && d.substring(0, paren).equalsIgnoreCase(f.symbol());
    }
}

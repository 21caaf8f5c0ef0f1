package dev.gradus.proofs.worker;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.bounds.Inequality;
import dev.gradus.proofs.bounds.Maximum;
import java.util.List;

/**
 * One line to the worker: a task and the wall-clock time by which its answer is due.
 *
 * @param type        "check", "parse", "derive", "gradient", "hessian", "wirtinger", "inequality", "maximum", "tex"
 *                    or "warm-up"
 * @param claim       for check
 * @param expression  for parse, derive, gradient, hessian and wirtinger
 * @param variables   for derive, gradient, hessian and wirtinger
 * @param order       for derive: 1 or 2, how many times to differentiate by each variable
 * @param point       for gradient and hessian
 * @param complexPoint for wirtinger
 * @param inequality  for inequality
 * @param maximum     for maximum
 * @param expressions for tex: the expressions to show in LaTeX
 * @param deadline    epoch milliseconds
 */
public record Request(long id, String type, Claim claim, String expression, List<String> variables, int order,
                      double[] point, List<Complex> complexPoint, Inequality inequality, Maximum maximum,
                      List<String> expressions, long deadline) {

    private Request(long id, String type, Claim claim, String expression, List<String> variables, double[] point,
                    List<Complex> complexPoint, long deadline) {
        this(id, type, claim, expression, variables, 1, point, complexPoint, null, null, null, deadline);
    }

    public static Request check(long id, Claim claim, long deadline) {
        return new Request(id, "check", claim, null, null, null, null, deadline);
    }

    public static Request inequality(long id, Inequality inequality, long deadline) {
        return new Request(id, "inequality", null, null, null, 1, null, null, inequality, null, null, deadline);
    }

    public static Request maximum(long id, Maximum maximum, long deadline) {
        return new Request(id, "maximum", null, null, null, 1, null, null, null, maximum, null, deadline);
    }

    /** The expressions (of the expression language) as LaTeX, for showing what was read. */
    public static Request tex(long id, List<String> expressions, long deadline) {
        return new Request(id, "tex", null, null, null, 1, null, null, null, null, expressions, deadline);
    }

    /** Only parse: the answer is an error naming the column, or a result. */
    public static Request parse(long id, String expression, long deadline) {
        return new Request(id, "parse", null, expression, null, null, null, deadline);
    }

    /** A few typical requests of every type, answered once, so that the worker's code is compiled before it matters. */
    public static Request warmUp(long id, long deadline) {
        return new Request(id, "warm-up", null, null, null, null, null, deadline);
    }

    public static Request derive(long id, String expression, List<String> variables, long deadline) {
        return derive(id, expression, variables, 1, deadline);
    }

    /** The derivatives of the given order (1 or 2) by each variable: d^2 f / dx^2 for order 2. */
    public static Request derive(long id, String expression, List<String> variables, int order, long deadline) {
        return new Request(id, "derive", null, expression, variables, order, null, null, null, null, null, deadline);
    }

    /** The Hessian of a real expression at the point: tape, differences of the tape's gradient, and Symja. */
    public static Request hessian(long id, String expression, List<String> variables, double[] point, long deadline) {
        return new Request(id, "hessian", null, expression, variables, point, null, deadline);
    }

    public static Request gradient(long id, String expression, List<String> variables, double[] point, long deadline) {
        return new Request(id, "gradient", null, expression, variables, point, null, deadline);
    }

    public static Request wirtinger(long id, String expression, List<String> variables, List<Complex> point, long deadline) {
        return new Request(id, "wirtinger", null, expression, variables, null, point, deadline);
    }
}

package dev.gradus.proofs.worker;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.proofs.Claim;
import java.util.List;

/**
 * One line to the worker: a task and the wall-clock time by which its answer is due.
 *
 * @param type        "check", "parse", "derive", "gradient" or "wirtinger"
 * @param claim       for check
 * @param expression  for parse, derive, gradient and wirtinger
 * @param variables   for derive, gradient and wirtinger
 * @param point       for gradient
 * @param complexPoint for wirtinger
 * @param deadline    epoch milliseconds
 */
public record Request(long id, String type, Claim claim, String expression, List<String> variables, double[] point,
                      List<Complex> complexPoint, long deadline) {

    public static Request check(long id, Claim claim, long deadline) {
        return new Request(id, "check", claim, null, null, null, null, deadline);
    }

    /** Only parse: the answer is an error naming the column, or a result. */
    public static Request parse(long id, String expression, long deadline) {
        return new Request(id, "parse", null, expression, null, null, null, deadline);
    }

    public static Request derive(long id, String expression, List<String> variables, long deadline) {
        return new Request(id, "derive", null, expression, variables, null, null, deadline);
    }

    public static Request gradient(long id, String expression, List<String> variables, double[] point, long deadline) {
        return new Request(id, "gradient", null, expression, variables, point, null, deadline);
    }

    public static Request wirtinger(long id, String expression, List<String> variables, List<Complex> point, long deadline) {
        return new Request(id, "wirtinger", null, expression, variables, null, point, deadline);
    }
}

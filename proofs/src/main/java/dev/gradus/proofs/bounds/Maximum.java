package dev.gradus.proofs.bounds;

import java.math.BigDecimal;

/**
 * A claim that an expression of one variable has its largest value on an interval, {@code value},
 * at {@code at}, both to the decimals they are written with (0.4477 means within 0.00005).
 */
public record Maximum(String expression, String variable, Interval domain, BigDecimal value, BigDecimal at) {
    /** Half a unit in the last written decimal. */
    static double tolerance(BigDecimal written) {
        return 0.5 * Math.pow(10, -written.scale());
    }

    @Override
    public String toString() {
        return "max of " + expression + " for " + variable + " in " + domain + " is " + value + " at " + variable + " = " + at;
    }
}

package dev.gradus.proofs.verify;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.symja.SymjaEngine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Steps whose one side is a number written with decimals, {@code sigmoid(0.5) ≈ 0.6225} or, in
 * plain notation, {@code = 0.622}: the decimals are rounded, so the step is right when the other side, a number,
 * rounds to them; never REFUTED for rounding. With ≈, a side that is not a number cannot be
 * checked this way (UNKNOWN, saying so).
 */
final class RoundedDecimals {
    private static final Pattern DECIMAL = Pattern.compile("\\s*([-−]?)\\s*(\\d*)\\.(\\d+)\\s*");

    private RoundedDecimals() {}

    /** The verdict on a step with a written decimal side, or empty when the step is not one. */
    static Optional<StepResult> check(Claim claim, IExpr lhs, IExpr rhs, SymjaEngine engine, Deadline deadline) {
        if (!claim.notation().plain() && !claim.approximate()) {
            return Optional.empty(); // the expression language (the catalogue, the Java API) means = exactly
        }
        Optional<BigDecimal> right = decimal(claim.rhs());
        Optional<BigDecimal> left = decimal(claim.lhs());
        boolean rightWritten = right.isPresent();
        if (!rightWritten && left.isEmpty()) {
            return claim.approximate() ? Optional.of(unknown(lhs, rhs, "'≈' compares a number with its decimals, as in sigmoid(0.5) ≈ 0.6225;"
                    + " neither side is written with decimals")) : Optional.empty();
        }
        BigDecimal written = rightWritten ? right.get() : left.get();
        IExpr other = rightWritten ? lhs : rhs;
        IExpr value = engine.eval(F.N(other, F.ZZ(30)), Math.max(1, deadline.fraction(2).remainingMillis()));
        if (value == null || !value.isReal()) {
            // a side with variables (or without a real value) is an equation like any other; with ≈ it cannot be checked
            return claim.approximate() ? Optional.of(unknown(lhs, rhs, "'≈' compares numbers, and " + other + " is not a real number"))
                    : Optional.empty();
        }
        BigDecimal exact = new BigDecimal(value.toString().replace("*10^", "E"));
        int decimals = written.scale();
        BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_EVEN);
        BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        String shown = exact.round(new java.math.MathContext(decimals + 6)).stripTrailingZeros().toPlainString();
        boolean agrees = exact.subtract(written).abs().compareTo(half) <= 0;
        String digits = decimals + (decimals == 1 ? " decimal" : " decimals");
        if (agrees) {
            return Optional.of(new StepResult(lhs.toString(), rhs.toString(), Verdict.PROVED, "rounded to " + digits, null,
                    other + " = " + shown + ", which is " + written.toPlainString() + " to " + digits,
                    List.of(written.toPlainString() + " is read as rounded to " + digits)));
        }
        return Optional.of(new StepResult(lhs.toString(), rhs.toString(), Verdict.REFUTED, "rounded to " + digits, null,
                other + " = " + shown + ", which is " + rounded.toPlainString() + " to " + digits + ", not " + written.toPlainString(),
                List.of(written.toPlainString() + " is read as rounded to " + digits)));
    }

    /** A side written as a decimal number, 0.6225 or -1.5, with its written decimals kept. */
    static Optional<BigDecimal> decimal(String side) {
        Matcher m = DECIMAL.matcher(side);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal d = new BigDecimal((m.group(2).isEmpty() ? "0" : m.group(2)) + "." + m.group(3));
        return Optional.of(m.group(1).isEmpty() ? d : d.negate());
    }

    private static StepResult unknown(IExpr lhs, IExpr rhs, String why) {
        return new StepResult(lhs.toString(), rhs.toString(), Verdict.UNKNOWN, "none", null, why);
    }
}

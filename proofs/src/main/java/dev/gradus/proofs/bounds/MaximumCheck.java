package dev.gradus.proofs.bounds;

import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.Verdict;
import java.util.Locale;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Checks a {@link Maximum} numerically: a search for the largest value on the domain, the value
 * there in 50 digits. Agreement with the claim to its written decimals is PLAUSIBLE (a search is
 * not a proof); a larger value somewhere, or a maximum elsewhere or lower, is REFUTED.
 */
public final class MaximumCheck {
    private final SymjaEngine engine;

    public MaximumCheck(SymjaEngine engine) {
        this.engine = engine;
    }

    public StepResult check(Maximum claim) {
        IExpr f;
        try {
            f = engine.assumingRealSymbols(engine.eval(engine.parse(claim.expression())));
        } catch (ParseError e) {
            return result(claim, Verdict.ERROR, "parse", null, e.kind() + ": " + e.getMessage());
        }
        PointEvaluation value = new PointEvaluation(engine, f, F.symbol(claim.variable()));
        IntervalSearch.Minimum min = IntervalSearch.minimum(x -> -value.at(x), claim.domain());
        if (min == null) {
            return result(claim, Verdict.UNKNOWN, "none", null, "the expression could not be evaluated on " + claim.domain());
        }
        double max = value.precisely(min.x());
        double valueError = Math.abs(max - claim.value().doubleValue());
        double atError = Math.abs(min.x() - claim.at().doubleValue());
        String found = String.format(Locale.ROOT, "largest value found %.8g at %s = %.8g", max, claim.variable(), min.x());
        boolean valueOk = valueError <= Maximum.tolerance(claim.value());
        boolean atOk = atError <= Maximum.tolerance(claim.at());
        if (valueOk && atOk) {
            return result(claim, Verdict.PLAUSIBLE, "numeric search (value in 50 digits)", null,
                    found + ", as claimed to the decimals written; a search, not a proof");
        }
        return result(claim, Verdict.REFUTED, "numeric search (value in 50 digits)", Map.of(claim.variable(), min.x()),
                found + (valueOk ? "" : ", not " + claim.value()) + (atOk ? "" : ", not at " + claim.at()));
    }

    private static StepResult result(Maximum claim, Verdict verdict, String method, Map<String, Double> point, String message) {
        return new StepResult("max " + claim.expression(), claim.value() + " at " + claim.variable() + " = " + claim.at(),
                verdict, method, point, message);
    }
}

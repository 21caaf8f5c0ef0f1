package dev.gradus.proofs.bounds;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.symja.SymjaEngine;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.verify.Verifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Decides an {@link Inequality}. PROVED needs a certificate: the verifier proves
 * (larger - smaller) = C, and C's form shows its sign ({@link Nonnegativity}). Without one, a
 * numerical search for the smallest value of (larger - smaller) on the domain either finds a
 * violation, confirmed in 50 digits (REFUTED, with the point), or does not (PLAUSIBLE).
 */
public final class InequalityCheck {
    private final SymjaEngine engine;
    private final Verifier verifier;

    public InequalityCheck(SymjaEngine engine, Verifier verifier) {
        this.engine = engine;
        this.verifier = verifier;
    }

    public StepResult check(Inequality claim, Deadline deadline) {
        IExpr gap;
        try {
            gap = engine.eval(F.Subtract(engine.parse(claim.larger()), engine.parse(claim.smaller())));
        } catch (ParseError e) {
            return result(claim, Verdict.ERROR, "parse", null, e.kind() + ": " + e.getMessage());
        }
        String certified = null;
        if (claim.certificate() != null) {
            certified = certify(claim, deadline);
            if (certified != null && certified.startsWith("proved")) {
                return result(claim, Verdict.PROVED, "certificate", null, certified);
            }
        }
        ISymbol variable = F.symbol(claim.variable());
        PointEvaluation g = new PointEvaluation(engine, engine.assumingRealSymbols(gap), variable);
        IntervalSearch.Minimum min = IntervalSearch.minimum(g::at, claim.domain());
        String note = certified == null ? "" : "; " + certified;
        if (min == null) {
            return result(claim, Verdict.UNKNOWN, "none", null, "the two sides could not be evaluated on " + claim.domain() + note);
        }
        double precise = g.precisely(min.x());
        boolean violated = claim.strict() ? precise <= 0 : precise < 0;
        String where = String.format(Locale.ROOT, "%s = %.10g", claim.variable(), min.x());
        if (violated) {
            return result(claim, Verdict.REFUTED, "numeric search (confirmed in 50 digits)", Map.of(claim.variable(), min.x()),
                    String.format(Locale.ROOT, "at %s: larger side - smaller side = %.6g", where, precise));
        }
        return result(claim, Verdict.PLAUSIBLE, "numeric search", null, String.format(Locale.ROOT,
                "the smallest value of larger side - smaller side found on %s (%d samples, then refined) is %.6g at %s; "
                        + "no proof: give a certificate%s", claim.domain(), IntervalSearch.SAMPLES + 1, precise, where, note));
    }

    /** "proved: ..." when the certificate holds and has the right sign, else why not. */
    private String certify(Inequality claim, Deadline deadline) {
        String gapText = "(" + claim.larger() + ") - (" + claim.smaller() + ")";
        StepResult identity = verifier.verify(Claim.of(gapText, claim.certificate(), List.of(), Set.of()), deadline);
        if (identity.verdict() != Verdict.PROVED) {
            return "the certificate identity larger - smaller = " + claim.certificate() + " is " + identity.verdict();
        }
        Nonnegativity.Sign sign;
        try {
            sign = Nonnegativity.of(engine.parse(claim.certificate()));
        } catch (ParseError e) {
            return "the certificate does not parse: " + e.getMessage();
        }
        boolean enough = sign == Nonnegativity.Sign.POSITIVE || (sign == Nonnegativity.Sign.NONNEGATIVE && !claim.strict());
        if (!enough) {
            return "the certificate " + claim.certificate() + " is not visibly " + (claim.strict() ? "positive" : "non-negative");
        }
        return "proved: larger side - smaller side = " + claim.certificate() + " (" + identity.method() + "), which is "
                + (sign == Nonnegativity.Sign.POSITIVE ? "positive" : "non-negative") + " by its form";
    }

    private static StepResult result(Inequality claim, Verdict verdict, String method, Map<String, Double> point, String message) {
        return new StepResult(claim.lhs() + " " + claim.relation() + " " + claim.rhs(), claim.variable() + " in " + claim.domain(),
                verdict, method, point, message);
    }
}

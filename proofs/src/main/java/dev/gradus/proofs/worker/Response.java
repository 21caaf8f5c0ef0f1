package dev.gradus.proofs.worker;

import dev.gradus.proofs.calculus.Calculus;
import dev.gradus.proofs.calculus.RealGradient;
import dev.gradus.proofs.calculus.RealHessian;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.calculus.WirtingerGradient;
import java.util.List;

/**
 * One line from the worker. {@code kind} is "provisional" (a verdict to fall back on if the
 * task is stopped), "result", "error" (the input could not be parsed: {@code message} and
 * {@code column} say where; or Symja failed on it), or "internal" (a bug of gradus: {@code message}
 * is the worker's stack trace). {@code outOfTime}: the deadline came before the work was done, so
 * more time might give a better answer (a proof instead of PLAUSIBLE). {@code workerEnds}: the
 * worker exits after this answer (a computation of it could not be stopped; see
 * {@link dev.gradus.proofs.symja.SymjaEngine#hadRunaway()}).
 */
public record Response(long id, String kind, StepResult step, List<Calculus.Partial> partials, RealGradient gradient,
                       WirtingerGradient wirtinger, RealHessian hessian, List<String> texts, String message, int column,
                       boolean outOfTime, boolean workerEnds) {

    static Response provisional(long id, StepResult step) {
        return new Response(id, "provisional", step, null, null, null, null, null, null, 0, false, false);
    }

    static Response result(long id, StepResult step, List<Calculus.Partial> partials, RealGradient gradient,
                           WirtingerGradient wirtinger) {
        return new Response(id, "result", step, partials, gradient, wirtinger, null, null, null, 0, false, false);
    }

    static Response hessian(long id, RealHessian hessian) {
        return new Response(id, "result", null, null, null, null, hessian, null, null, 0, false, false);
    }

    static Response texts(long id, List<String> texts) {
        return new Response(id, "result", null, null, null, null, null, texts, null, 0, false, false);
    }

    static Response error(long id, String message, int column) {
        return new Response(id, "error", null, null, null, null, null, null, message, column, false, false);
    }

    static Response internal(long id, String trace) {
        return new Response(id, "internal", null, null, null, null, null, null, trace, 0, false, false);
    }

    /** This response, saying whether the deadline came first and whether the worker ends after it. */
    Response marked(boolean outOfTime, boolean workerEnds) {
        return new Response(id, kind, step, partials, gradient, wirtinger, hessian, texts, message, column, outOfTime, workerEnds);
    }

    public boolean isFinal() {
        return !"provisional".equals(kind);
    }
}

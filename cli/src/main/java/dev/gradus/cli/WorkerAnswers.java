package dev.gradus.cli;

import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.worker.Response;
import dev.gradus.proofs.worker.SymjaWorker;

/** A step's verdict from what the worker answered. */
public final class WorkerAnswers {
    private WorkerAnswers() {}

    /** The worker's answer, or when it was stopped, its last provisional verdict or UNKNOWN. */
    public static StepResult step(String lhs, String rhs, SymjaWorker.Outcome outcome) {
        if (outcome.result().isPresent()) {
            Response r = outcome.result().get();
            if (r.step() != null) {
                return r.step();
            }
            return new StepResult(lhs, rhs, "error".equals(r.kind()) ? Verdict.ERROR : Verdict.UNKNOWN, "none", null, r.message());
        }
        if (outcome.provisional().isPresent()) {
            return outcome.provisional().get().step();
        }
        return new StepResult(lhs, rhs, Verdict.UNKNOWN, "time limit", null, outcome.failure());
    }
}

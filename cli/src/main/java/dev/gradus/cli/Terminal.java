package dev.gradus.cli;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.StepResult;
import java.io.PrintWriter;

/** The human-readable output. */
final class Terminal {
    private Terminal() {}

    static void printStep(PrintWriter out, int number, Claim step, StepResult result) {
        String where = step.rhsAt().line() > 0 ? " (line " + step.rhsAt().line() + ")" : "";
        out.printf("[%d]%s %s = %s%n", number, where, step.lhs(), step.rhs());
        out.printf("    read as  %s  =  %s%n", result.lhs(), result.rhs());
        out.printf("    %-9s %s%n", result.verdict(), result.method());
        if (!result.message().isEmpty() && !"proved".equals(result.message())) {
            out.printf("              %s%n", result.message());
        }
        out.flush();
    }
}

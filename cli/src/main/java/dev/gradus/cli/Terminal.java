package dev.gradus.cli;

import dev.gradus.proofs.CheckedStep;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.catalogue.CatalogueEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The human-readable output. */
final class Terminal {
    private Terminal() {}

    /**
     * A checked step: what was written (the LaTeX source when there is one), how it was read, in
     * text and, for LaTeX input, in LaTeX again, and the verdict.
     */
    static void printStep(PrintWriter out, int number, CheckedStep checked) {
        Claim step = checked.claim();
        String source = checked.source();
        List<String> tex = checked.tex();
        StepResult result = checked.result();
        String where = step.rhsAt().line() > 0 ? " (line " + step.rhsAt().line() + ")" : "";
        out.printf("[%d]%s %s%n", number, where, source != null ? source : step.lhs() + (step.approximate() ? " ≈ " : " = ") + step.rhs());
        out.printf("    read as  %s  =  %s%n", result.lhs(), result.rhs());
        if (tex.size() == 2) {
            out.printf("    in LaTeX %s = %s%n", tex.get(0), tex.get(1));
        }
        out.printf("    %-9s %s%n", result.verdict(), result.method());
        if (!result.message().isEmpty() && !"proved".equals(result.message())) {
            out.printf("              %s%n", result.message());
        }
        for (String note : result.notes()) {
            out.printf("    note: %s%n", note);
        }
        out.flush();
    }

    static void printCatalogueHeader(PrintWriter out) {
        out.printf("%-18s %-40s %-12s %-12s %-3s %6s  %s%n", "document", "claim", "verdict", "expected", "ok", "ms", "method");
        out.flush();
    }

    /** One row per claim; a refuted or unexpected step adds a line with its counterexample or reason. */
    static void printCatalogueRow(PrintWriter out, CatalogueEntry entry, List<StepResult> results, boolean asExpected, long millis) {
        String verdicts = compact(results.stream().map(StepResult::verdict).toList());
        String expected = compact(entry.expected());
        String methods = results.stream().map(StepResult::method).distinct().collect(Collectors.joining("; "));
        out.printf("%-18s %-40s %-12s %-12s %-3s %6d  %s%n", shorten(entry.label(), 18), shorten(entry.name(), 40), verdicts, expected,
                asExpected ? "ok" : "NO", millis, methods);
        for (int i = 0; i < results.size(); i++) {
            StepResult r = results.get(i);
            boolean unexpected = r.verdict() != entry.expected().get(i);
            if (r.verdict() == Verdict.REFUTED || unexpected) {
                String step = results.size() > 1 ? "step " + (i + 1) + ": " : "";
                out.printf("    %s%s = %s: %s%n", step, r.lhs(), r.rhs(), r.message());
            }
        }
        out.flush();
    }

    /** "PROVED x7" for seven equal verdicts, else the verdicts in order. */
    private static String compact(List<Verdict> verdicts) {
        if (verdicts.size() > 1 && verdicts.stream().distinct().count() == 1) {
            return verdicts.get(0) + " x" + verdicts.size();
        }
        return verdicts.stream().map(Verdict::name).collect(Collectors.joining(" "));
    }

    private static String shorten(String text, int width) {
        String t = text.endsWith(".txt") ? text.substring(0, text.length() - 4) : text;
        return t.length() <= width ? t : t.substring(0, width - 1) + "~";
    }
}

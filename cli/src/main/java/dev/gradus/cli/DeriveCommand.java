package dev.gradus.cli;

import dev.gradus.proofs.Calculus;
import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.Response;
import dev.gradus.proofs.worker.SymjaWorker;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "derive", mixinStandardHelpOptions = true,
        description = {"Symbolic partial derivatives, simplified.",
            "Example: gradus derive \"x*sigmoid(x)\" x"},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:derived", "1:Symja could not finish in time", "2:usage or input error"})
final class DeriveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
    String expression;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VAR", description = "the variables to differentiate by")
    List<String> variables;

    @Option(names = "--tex", description = "print LaTeX")
    boolean tex;


    @CommandLine.Mixin
    SymjaOptions symja;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long deadline = Gradus.firstDeadline(symja.timeout);
        SymjaWorker.Outcome outcome;
        try (SymjaWorker worker = new SymjaWorker()) {
            outcome = worker.call(id -> Request.derive(id, expression, variables, deadline));
        }
        if (outcome.result().isEmpty()) {
            spec.commandLine().getErr().println("gradus derive: " + outcome.failure());
            return Gradus.FAILED;
        }
        Response r = outcome.result().get();
        if (r.partials() == null) {
            spec.commandLine().getErr().println("gradus derive: " + r.message() + (r.column() > 0 ? " (column " + r.column() + ")" : ""));
            return Gradus.INPUT_ERROR;
        }
        if (symja.json) {
            out.println(Json.text(DeriveJson.of(expression, r.partials())));
        } else {
            for (Calculus.Partial p : r.partials()) {
                out.printf("d/d%s %s = %s%n", p.variable(), expression, tex ? p.tex() : p.expression());
            }
        }
        out.flush();
        return Gradus.HOLDS;
    }
}

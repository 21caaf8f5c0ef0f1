package dev.gradus.cli;

import dev.gradus.proofs.calculus.Calculus;
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
            "Example: gradus derive \"x*sigmoid(x)\" x",
            "With --order 2, the second derivative d^2/dx^2 by each variable."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:derived", "1:Symja could not finish in time", "2:usage or input error", "3:internal error (a bug in gradus: its details go to a file the message names)"})
final class DeriveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
    String expression;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "VAR", description = "the variables to differentiate by")
    List<String> variables;

    @Option(names = "--tex", description = "print LaTeX")
    boolean tex;

    @Option(names = "--order", defaultValue = "1", paramLabel = "N", description = "1 (default) or 2: differentiate N times by each variable")
    int order;


    @CommandLine.Mixin
    SymjaOptions symja;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (order != 1 && order != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--order " + order + " is not supported: gradus derives first (1) and second (2) derivatives");
        }
        PrintWriter out = spec.commandLine().getOut();
        long deadline = Gradus.firstDeadline(symja.timeout);
        SymjaWorker.Outcome outcome;
        try (SymjaWorker worker = new SymjaWorker()) {
            outcome = worker.call(id -> Request.derive(id, expression, variables, order, deadline));
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
            out.println(Json.text(DeriveJson.of(expression, order, r.partials())));
        } else {
            for (Calculus.Partial p : r.partials()) {
                String operator = order == 1 ? "d/d" + p.variable() : "d^2/d" + p.variable() + "^2";
                out.printf("%s %s = %s%n", operator, expression, tex ? p.tex() : p.expression());
            }
        }
        out.flush();
        return Gradus.HOLDS;
    }
}

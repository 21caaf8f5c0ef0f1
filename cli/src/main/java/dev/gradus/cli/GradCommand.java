package dev.gradus.cli;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.proofs.calculus.RealGradient;
import dev.gradus.proofs.calculus.RealHessian;
import dev.gradus.proofs.calculus.WirtingerGradient;
import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.Response;
import dev.gradus.proofs.worker.SymjaWorker;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "grad", mixinStandardHelpOptions = true,
        description = {"The gradient at a point from the tape, beside central differences and Symja's symbolic value.",
            "Example: gradus grad \"sigmoid(x*y) + tanh(x-y)^2\" --at x=0.7,y=-1.3",
            "With --complex the variables are complex and the result is the Wirtinger pairs (d/dz, d/dzbar);"
                + " for a real-valued expression also the gradient dL/dx + i dL/dy = 2 dL/dzbar (PyTorch's .grad).",
            "With --hessian, the Hessian instead: the second-order tape, differences of its gradient, and"
                + " Symja's D(f, x, y)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the three agree (max relative error below 1e-6; at a kink, where differences average the"
            + " one-sided slopes, the tape and Symja)", "1:they do not agree, or Symja could not finish",
            "2:usage or input error", "3:internal error (a bug in gradus: its details go to a file the message names)"})
final class GradCommand implements Callable<Integer> {
    private static final double AGREEMENT = 1e-6;

    @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
    String expression;

    @Option(names = "--at", required = true, paramLabel = "x=0.3,y=-1", description = "the point: every variable with its value")
    String at;

    @Option(names = "--complex", split = ",", paramLabel = "z,w", description = "complex variables; values like z=0.4-0.7*I")
    List<String> complex = new ArrayList<>();

    @Option(names = "--hessian", description = "the matrix of second partials (real variables only)")
    boolean hessian;


    @CommandLine.Mixin
    SymjaOptions symja;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> values;
        try {
            values = PointParser.assignments(at);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> names = new ArrayList<>(values.keySet());
        long deadline = Gradus.firstDeadline(symja.timeout);
        boolean complexMode = !complex.isEmpty();
        if (complexMode && hessian) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--hessian is for real variables; it cannot be combined with --complex");
        }
        for (String z : complex) {
            if (!values.containsKey(z.strip())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--complex names " + z + ", which has no value in --at");
            }
        }
        SymjaWorker.Outcome outcome;
        try (SymjaWorker worker = new SymjaWorker()) {
            if (hessian) {
                double[] point = names.stream().mapToDouble(n -> PointParser.real(n, values.get(n))).toArray();
                outcome = worker.call(id -> Request.hessian(id, expression, names, point, deadline));
            } else if (complexMode) {
                List<Complex> point = names.stream().map(n -> PointParser.complex(n, values.get(n))).toList();
                outcome = worker.call(id -> Request.wirtinger(id, expression, names, point, deadline));
            } else {
                double[] point = names.stream().mapToDouble(n -> PointParser.real(n, values.get(n))).toArray();
                outcome = worker.call(id -> Request.gradient(id, expression, names, point, deadline));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (outcome.result().isEmpty()) {
            spec.commandLine().getErr().println("gradus grad: " + outcome.failure());
            return Gradus.FAILED;
        }
        Response r = outcome.result().get();
        if (r.gradient() == null && r.wirtinger() == null && r.hessian() == null) {
            spec.commandLine().getErr().println("gradus grad: " + r.message() + (r.column() > 0 ? " (column " + r.column() + ")" : ""));
            return Gradus.INPUT_ERROR;
        }
        if (hessian) {
            out.println(symja.json ? Json.text(GradJson.of(r.hessian())) : HessianTable.text(r.hessian()));
            out.flush();
            return r.hessian().maxRelError() < AGREEMENT ? Gradus.HOLDS : Gradus.FAILED;
        }
        double error = complexMode ? r.wirtinger().maxRelError() : r.gradient().maxRelError();
        if (symja.json) {
            out.println(Json.text(complexMode ? GradJson.of(r.wirtinger()) : GradJson.of(r.gradient())));
        } else if (complexMode) {
            print(out, r.wirtinger());
        } else {
            print(out, r.gradient());
        }
        out.flush();
        return error < AGREEMENT ? Gradus.HOLDS : Gradus.FAILED;
    }

    private static void print(PrintWriter out, RealGradient g) {
        out.printf(Locale.ROOT, "f = %s at %s%n", g.expression(), point(g.variables(), g.point()));
        out.printf(Locale.ROOT, "value %.17g%n", g.value());
        out.printf(Locale.ROOT, "  %-8s %24s %24s %24s%n", "", "tape", "finite difference", "symbolic (Symja)");
        for (int i = 0; i < g.variables().size(); i++) {
            out.printf(Locale.ROOT, "  %-8s %24.17g %24.17g %24.17g%n", "d/d" + g.variables().get(i),
                    g.tape()[i], g.finiteDifference()[i], g.symbolic()[i]);
        }
        for (int i = 0; i < g.variables().size(); i++) {
            if (!g.differenceNotes().get(i).isEmpty()) {
                out.printf(Locale.ROOT, "  d/d%s: differences are no check here: %s%n", g.variables().get(i), g.differenceNotes().get(i));
            }
        }
        out.printf(Locale.ROOT, "max relative error of the tape: %.1e%n", g.maxRelError());
    }

    private static void print(PrintWriter out, WirtingerGradient g) {
        List<String> at = new ArrayList<>();
        for (int i = 0; i < g.variables().size(); i++) {
            at.add(g.variables().get(i) + " = " + g.point().get(i));
        }
        out.printf("f = %s at %s%nvalue %s%n", g.expression(), String.join(", ", at), g.value());
        for (int i = 0; i < g.variables().size(); i++) {
            String v = g.variables().get(i);
            out.printf("  d/d%s      tape %s | differences %s | Symja %s%n", v, g.tape().get(i).dz(),
                    g.finiteDifference().get(i).dz(), g.symbolic().get(i).dz());
            out.printf("  d/d%sbar   tape %s | differences %s | Symja %s%n", v, g.tape().get(i).dzbar(),
                    g.finiteDifference().get(i).dzbar(), g.symbolic().get(i).dzbar());
            if (g.realValued()) {
                out.printf("  gradient %s = dL/dx + i dL/dy = 2 dL/d%sbar (descend with %s - eta * gradient)%n",
                        g.tape().get(i).gradient(), v, v);
            }
        }
        out.printf(Locale.ROOT, "max relative error of the tape: %.1e%n", g.maxRelError());
    }

    private static String point(List<String> names, double[] values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + " = " + values[i]);
        }
        return String.join(", ", parts);
    }
}

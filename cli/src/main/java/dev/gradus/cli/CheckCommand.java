package dev.gradus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradus.proofs.CheckInput;
import dev.gradus.proofs.CheckJson;
import dev.gradus.proofs.CheckedDerivation;
import dev.gradus.proofs.Checker;
import dev.gradus.proofs.Derivation;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.latex.LatexDerivation;
import dev.gradus.proofs.latex.LatexDocument;
import dev.gradus.proofs.latex.LatexOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        // one paragraph per element: picocli wraps each to the width of the help
        description = {"Verify a claim, or a derivation step by step.",
            "A chain a = b = c is checked as a = b and b = c. In a FILE each line is a chain; a line starting"
                + " with '=' continues the previous one; '#' starts a comment; 'assume z < 0' and 'complex z, w'"
                + " apply to the lines after them, 'var e' and 'function y' to the whole file.",
            "Plain notation is read as people type it: x**2 and x² are x^2, 2x and x(1 - x) multiply, sin x^2 is sin(x^2),"
                + " d/dx x^2 and (x^2)' are derivatives, e and i are Euler's number and the imaginary unit (--var e keeps e"
                + " a variable), ln, log (natural), log10, log_2, Sin[x], %%e, σ(z) (the sigmoid), −, ·, ×, √. A reading that"
                + " is a convention is shown as a note.",
            "LaTeX works too, with -e or in a FILE (.tex, or any file with $$ ... $$ blocks): every equality chain"
                + " of its display math is checked (\\begin{aligned} a &= b \\\\ &= c \\end{aligned}, \\frac, \\left( \\right), |z|, ...);"
                + " \\log and \\ln are the natural logarithm; \\sigma and \\text{sig} applied to an argument are the sigmoid.",
            "Verdicts: PROVED, PLAUSIBLE (equal at many random points, no proof), UNKNOWN, REFUTED"
                + " (with a counterexample confirmed in 50 digits), ERROR (the input does not parse)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every step PROVED or PLAUSIBLE", "1:a step REFUTED or UNKNOWN", "2:usage or input error", "3:internal error (a bug in gradus: its details go to a file the message names)"})
final class CheckCommand implements Callable<Integer> {
    @Option(names = {"-e", "--expression"}, paramLabel = "CLAIM", description = "the claim or chain, e.g. \"sigmoid(x) = (1+tanh(x/2))/2\"")
    String expression;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a file of derivation lines")
    Path file;

    @Option(names = "--complex", split = ",", paramLabel = "z,w", description = "variables that are complex (all others are real)")
    List<String> complex = new ArrayList<>();

    @Option(names = "--var", split = ",", paramLabel = "NAME",
            description = "names to read as variables where plain notation has constants (e, i), e.g. --var e")
    List<String> variables = new ArrayList<>();

    @Option(names = "--function", split = ",", paramLabel = "NAME",
            description = "names to read as unknown functions where applied, in plain text and LaTeX: with --function y,"
                    + " y(x) is a function of x, not y times x (in a file: a line 'function y'; in LaTeX: '%% gradus: function y')")
    List<String> functions = new ArrayList<>();

    @Option(names = "--assume", paramLabel = "CONDITION", description = "an assumption such as \"z < 0\" (repeatable)")
    List<String> assumptions = new ArrayList<>();

    @Option(names = "--strict-domains", description = "refute a step whose sides are defined at different points"
            + " (log(x^2) = 2*log(x) at x = -1); by default the sides are compared where both are defined, with a note")
    boolean strictDomains;

    @Option(names = "--latex-function", paramLabel = "NAME=FUNCTION",
            description = "in LaTeX, read NAME applied to an argument as FUNCTION, e.g. '\\delta=sigmoid' or '\\sigma=f' (repeatable)")
    List<String> latexFunctions = new ArrayList<>();


    @CommandLine.Mixin
    SymjaOptions symja;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((expression == null) == (file == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either -e CLAIM or a FILE");
        }
        CheckInput input;
        try {
            Set<String> declared = new LinkedHashSet<>(complex.stream().map(String::strip).toList());
            String text = expression != null ? expression : Files.readString(file, StandardCharsets.UTF_8);
            Set<String> names = new LinkedHashSet<>(variables.stream().map(String::strip).toList());
            Notation notation = Notation.plain(names).withFunctions(functionNames());
            input = expression != null ? CheckInput.expression(text, latexOptions(), assumptions, declared, notation)
                    : CheckInput.document(text, latexOptions(), assumptions, declared, notation);
        } catch (ParseError e) {
            return inputError(out, err, syntaxFirst(e));
        } catch (NoSuchFileException e) {
            return inputError(out, err, "no such file: " + file + (looksLikeAClaim(file.toString())
                    ? " (a claim on the command line goes after -e: gradus check -e \"" + file + "\")" : ""));
        } catch (IOException e) {
            return inputError(out, err, "cannot read " + file + ": " + UserFiles.reason(e, file));
        }
        reportSkipped(err, input.skipped());
        if (input.latex() && input.steps().isEmpty() && file != null) {
            return inputError(out, err, "no equality to check in " + file + " (display math: $$ ... $$, \\[ ... \\], aligned)");
        }
        if (input.steps().isEmpty() && input.unreadable().isEmpty()) {
            // An empty derivation proves nothing: saying PROVED would pass a file that lost its contents.
            return inputError(out, err, "no claim to check in " + file + " (a line such as a = b = c)");
        }
        CheckInput strict = input.withStrictDomains(strictDomains);
        CheckedDerivation checked;
        try (Checker checker = new Checker(symja.timeLimit(), Gradus.started())) {
            int[] number = {0};
            checked = checker.check(strict, step -> {
                number[0]++;
                if (!symja.json) {
                    Terminal.printStep(out, number[0], step);
                }
            });
        }
        if (symja.json) {
            out.println(Json.text(CheckJson.report(checked)));
        } else {
            out.println("verdict: " + checked.verdict());
        }
        out.flush();
        return exitStatus(checked.verdict());
    }

    /**
     * For -e input that cannot be split into steps, a syntax error inside the text says more than
     * "needs '='": ask Symja to parse it whole, and report its error if it has one.
     */
    private String syntaxFirst(ParseError splitting) {
        String fallback = splitting.getMessage() + (splitting.column() > 0 ? " (column " + splitting.column() + ")" : "");
        if (expression == null || LatexDerivation.looksLikeLatex(expression)) {
            return fallback;   // LaTeX's own error names the construct; Symja would only see a string of backslashes
        }
        try (Checker checker = new Checker(symja.timeLimit(), Gradus.started())) {
            ParseError error = checker.syntaxError(expression);
            return error == null ? fallback : "syntax error" + (error.column() > 0 ? " at column " + error.column() : "") + ": " + error.getMessage();
        }
    }

    static int exitStatus(Verdict overall) {
        return switch (overall) {
            case DEFINED, PROVED, PLAUSIBLE -> Gradus.HOLDS;
            case UNKNOWN, REFUTED -> Gradus.FAILED;
            case ERROR -> Gradus.INPUT_ERROR;
        };
    }

    /** A FILE argument that is no file but reads like a formula, as users type a claim without -e. */
    private static boolean looksLikeAClaim(String argument) {
        return argument.chars().anyMatch(c -> "=()^*+ ".indexOf(c) >= 0);
    }

    private int inputError(PrintWriter out, PrintWriter err, String message) {
        if (symja.json) {
            ObjectNode root = Json.object();
            root.put("verdict", Verdict.ERROR.name());
            root.putArray("steps").add(CheckJson.result(new StepResult(null, null, Verdict.ERROR, "parse", null, message)));
            out.println(Json.text(root));
            out.flush();
        } else {
            err.println("gradus check: " + message);
        }
        return Gradus.INPUT_ERROR;
    }

    /** The names of --function: y, or y(x) as the issue writes it (the arguments are whatever y is applied to). */
    private Set<String> functionNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String f : functions) {
            String name = f.strip().replaceFirst("\\(.*\\)$", "").strip();
            if (!Derivation.isVariableName(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--function wants a name such as y or y(x), not '" + f + "'");
            }
            names.add(name);
        }
        return names;
    }

    private LatexOptions latexOptions() {
        LatexOptions options = LatexOptions.defaults();
        for (String f : latexFunctions) {
            int eq = f.indexOf('=');
            if (eq <= 0 || eq == f.length() - 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--latex-function wants NAME=FUNCTION, e.g. '\\delta=sigmoid', not " + f);
            }
            options = options.withFunction(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
        }
        return options;
    }

    private static void reportSkipped(PrintWriter err, List<LatexDocument.Skipped> skipped) {
        for (LatexDocument.Skipped s : skipped) {
            err.println("gradus check: skipped at " + s.at() + ", " + s.reason() + ": " + s.latex());
        }
    }
}

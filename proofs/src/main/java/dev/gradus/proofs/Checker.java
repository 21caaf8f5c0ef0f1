package dev.gradus.proofs;

import dev.gradus.proofs.bounds.Inequality;
import dev.gradus.proofs.bounds.Maximum;
import dev.gradus.proofs.quick.QuickCheck;
import dev.gradus.proofs.worker.Request;
import dev.gradus.proofs.worker.SymjaWorker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks claims and derivations, each step within a time limit. This is the verifier's API for
 * Java code; {@code gradus check} and {@code gradus proofs} are built on it.
 *
 * <pre>{@code
 * try (Checker checker = new Checker(Duration.ofSeconds(10))) {
 *     StepResult r = checker.check(Claim.of("sigmoid(x)", "(1+tanh(x/2))/2"));   // PROVED
 *     CheckedDerivation d = checker.check(CheckInput.text("d/dx x^2 = 2x = x + x"));
 * }
 * }</pre>
 *
 * <p>A checker owns one Symja worker: a child JVM started on the first check (one to two seconds,
 * included in the first step's time limit) and killed when a step overruns its limit, so that no
 * computation outlives its limit; the next step starts a fresh one. A step stopped at its limit
 * gets the last provisional verdict the worker sent (a counterexample found before a proof was
 * tried), else UNKNOWN with the reason. Close the checker to stop its worker. A checker is not
 * thread-safe: use one per thread.
 */
public final class Checker implements AutoCloseable {
    /** The time limit of a step when none is given. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    /**
     * The worker's JIT compiles with C2 only code run 100,000 times or more. A checker's worker
     * lives for one command or one document, mostly short checks now that most claims are decided
     * in-process, and C2 compiling Symja's warm code cost more CPU than it saved there: the shipped
     * catalogue took 4.3 s on two cores with the default thresholds, 3.3 s with these (2.7 s with
     * C1 alone, which made a long Simplify 2.7 times slower; these, 1.3 times).
     */
    static final List<String> WORKER_JIT = List.of("-XX:Tier4InvocationThreshold=100000", "-XX:Tier4MinInvocationThreshold=100000",
            "-XX:Tier4CompileThreshold=100000", "-XX:Tier4BackEdgeThreshold=1000000");

    private final SymjaWorker worker = new SymjaWorker(WORKER_JIT);
    private final long limitMillis;
    /** When the first step's time limit starts: it includes the worker's start. */
    private final long firstFrom;
    private boolean checkedOne;

    /** A checker that gives each step {@link #DEFAULT_TIME_LIMIT}. */
    public Checker() {
        this(DEFAULT_TIME_LIMIT);
    }

    /** A checker that gives each step {@code timeLimit}; the first step's limit counts from now. */
    public Checker(Duration timeLimit) {
        this(timeLimit, Instant.now());
    }

    /**
     * A checker whose first step's limit counts from {@code firstStepFrom} (a command counts from
     * its own start, so that a limit holds as its user waits).
     */
    public Checker(Duration timeLimit, Instant firstStepFrom) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive, not " + timeLimit);
        }
        this.limitMillis = timeLimit.toMillis();
        this.firstFrom = firstStepFrom.toEpochMilli();
    }

    /**
     * How long a definition may take at least, whatever the step's limit: it is only read (no
     * proof is tried), but a worker that starts under load can take seconds, and a definition
     * left UNKNOWN would leave its name free in every step after it.
     */
    static final long DEFINITION_MILLIS = 30_000;

    /** The verdict on one claim; a definition's is not bound by the step's time limit. */
    public StepResult check(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        Optional<StepResult> quick = QuickCheck.decide(claim);
        if (quick.isPresent()) {
            nextDeadline();
            return quick.get();
        }
        long stepDeadline = nextDeadline();
        long deadline = claim.notation().defines() ? Math.max(stepDeadline, System.currentTimeMillis() + DEFINITION_MILLIS) : stepDeadline;
        return worker.call(id -> Request.check(id, claim, deadline)).step(claim.lhs(), claim.rhs());
    }

    /** Whether an inequality holds (PROVED, REFUTED at a point, PLAUSIBLE, UNKNOWN). */
    public StepResult check(Inequality inequality) {
        long deadline = nextDeadline();
        return worker.call(id -> Request.inequality(id, inequality, deadline)).step(inequality.toString(), "");
    }

    /** Whether a function attains the claimed maximum. */
    public StepResult check(Maximum maximum) {
        long deadline = nextDeadline();
        return worker.call(id -> Request.maximum(id, maximum, deadline)).step(maximum.toString(), "");
    }

    /** Every step of a derivation, in order. */
    public CheckedDerivation check(CheckInput input) {
        return check(input, step -> { });
    }

    /**
     * Every step of a derivation, in order, each given to {@code eachStep} as soon as it is checked
     * (to show progress). A step the reading found unreadable is an ERROR without being checked; the
     * sides of a LaTeX step come back typeset as read.
     */
    public CheckedDerivation check(CheckInput input, Consumer<CheckedStep> eachStep) {
        List<CheckedStep> checked = new ArrayList<>();
        for (int i = 0; i < input.steps().size(); i++) {
            Claim claim = input.steps().get(i);
            String source = i < input.sources().size() ? input.sources().get(i) : null;
            String unreadable = input.unreadable().get(i);
            CheckedStep step = unreadable != null
                    ? new CheckedStep(claim, source, List.of(), new StepResult(claim.lhs(), claim.rhs(), Verdict.ERROR, "parse", null, unreadable))
                    : new CheckedStep(claim, source, input.latex() ? tex(claim) : List.of(), check(claim));
            checked.add(step);
            eachStep.accept(step);
        }
        return new CheckedDerivation(checked, input.skipped(), input.latex());
    }

    /** The two sides of a claim as read, in LaTeX (in-process where it reads them, else Symja's); empty when the worker cannot say within a few seconds. */
    public List<String> tex(Claim claim) {
        Optional<List<String>> own = QuickCheck.tex(claim);
        if (own.isPresent()) {
            return own.get();
        }
        long deadline = System.currentTimeMillis() + Math.min(limitMillis, 5_000);
        SymjaWorker.Outcome outcome = worker.call(id -> Request.tex(id, List.of(claim.lhs(), claim.rhs()), deadline));
        return outcome.result().map(r -> r.texts() == null || r.texts().size() != 2 ? List.<String>of() : r.texts()).orElse(List.of());
    }

    /**
     * Why {@code expression} is not one expression Symja can read, with the column where it can
     * tell; null when it is (or Symja cannot say within the time limit). A claim with '=' is not one
     * expression: this serves to locate the syntax error in a claim that could not be split into sides.
     */
    public ParseError syntaxError(String expression) {
        long deadline = nextDeadline();
        return worker.call(id -> Request.parse(id, expression, deadline)).result().filter(r -> "error".equals(r.kind()))
                .map(r -> new ParseError(r.message(), r.column())).orElse(null);
    }

    private long nextDeadline() {
        long from = checkedOne ? System.currentTimeMillis() : firstFrom;
        checkedOne = true;
        return from + limitMillis;
    }

    /**
     * Starts the Symja worker now, in the background, so that its start (a second or two) overlaps
     * with the caller's other work; a check starts it anyway when it needs it. A worker that cannot
     * be started here is started (and its failure reported) by the next check that needs it.
     */
    public void startWorker() {
        try {
            worker.start();
        } catch (java.io.IOException e) {
            // reported by the check that needs the worker
        }
    }

    /** Stops the worker; a later check starts a new one. */
    @Override
    public void close() {
        worker.close();
    }
}

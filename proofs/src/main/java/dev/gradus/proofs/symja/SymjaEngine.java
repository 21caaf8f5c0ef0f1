package dev.gradus.proofs.symja;

import dev.gradus.proofs.ParseError;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.matheclipse.parser.client.SyntaxError;

/**
 * One Symja engine with the project's functions installed, its messages captured instead of
 * printed, and parse errors turned into {@link ParseError}s with a column. Whatever it parses
 * is screened: only mathematics ({@link MathematicalHeads}) is accepted, from every entry point
 * alike (a file given to {@code check}, the web page, the Java API), so that no input can define,
 * unprotect or redefine anything and change what later claims are proved to be. Not
 * thread-safe: Symja engines must not be shared between threads; make one per thread.
 */
public final class SymjaEngine {
    /**
     * The largest exact integer Symja computes, in bits (about 300,000 digits). Beyond it a power
     * such as 2^(10^9) stays unevaluated: computed, it ran in BigInteger for minutes without
     * looking at the stop request, so its worker had to end (issue 18). Numerically it is still
     * evaluated, in arbitrary precision.
     */
    public static final int MAX_INTEGER_BITS = 1_000_000;

    static {
        // Before the first Symja class initialises: no JAS thread pool keeping the JVM alive.
        Config.JAS_NO_THREADS = true;
        Config.MAX_BIT_LENGTH = MAX_INTEGER_BITS;
    }

    /**
     * What holds when every symbol is real (Symja assumes complex: it rewrites |x e^x| as
     * |x| e^Re(x), whose derivative holds Re'(x)); Abs' is Sign on the reals.
     */
    private static final String REAL_SYMBOLS = "{Re(v_Symbol) :> v, Im(v_Symbol) :> 0, Conjugate(v_Symbol) :> v, "
            + "Derivative(1)[Re] -> (1&), Derivative(1)[Im] -> (0&), Derivative(1)[Abs] -> Sign}";

    /** Whether Symja's integration rules are loaded (see {@link #loadIntegrationRules()}). */
    private static final AtomicBoolean INTEGRATION_RULES_LOADED = new AtomicBoolean();
    /** The time an evaluation needs at least to load the integration rules first; with less it is out of time at once. */
    static final long INTEGRATION_RULES_MILLIS = 3_000;

    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    /** Replaced by a fresh one when a timed evaluation runs away with it (see {@link TimedEvaluation}). */
    private ExprEvaluator evaluator;
    private final IExpr realSymbols;
    private boolean runaway;
    /** See {@link #takeDeferred()}. */
    private boolean deferred;
    private final TimedEvaluation timed = new TimedEvaluation();

    public SymjaEngine() {
        evaluator = newEvaluator();
        realSymbols = evaluator.eval(REAL_SYMBOLS);
        messages.reset();
    }

    private ExprEvaluator newEvaluator() {
        PrintStream capture = new PrintStream(messages, true, StandardCharsets.UTF_8);
        EvalEngine engine = new EvalEngine("gradus", 256, 10000, capture, capture, true);
        ExprEvaluator fresh = new ExprEvaluator(engine, false, (short) 100);
        for (String definition : ProjectFunctions.definitions()) {
            fresh.eval(definition);
        }
        return fresh;
    }

    /**
     * Parses relaxed Symja syntax (tanh(x/2) and Tanh[x/2] alike) without evaluating, and screens
     * it: text that would take Symja's parser unbounded time ({@link LexicalScreen}) is refused
     * before it is parsed; an assignment or definition ({@code f(x) := 0}, Clear, Unprotect), a file or process
     * function, and anything else that is not a mathematical built-in is refused with its column.
     */
    public IExpr parse(String text) throws ParseError {
        if (text.isBlank()) {
            throw new ParseError("empty expression", 1);
        }
        LexicalScreen.check(text);
        try {
            return screened(text);
        } catch (StackOverflowError e) {
            // a chain such as x^x^...^x of 2,000 links recurses in the parser (in milliseconds) beyond a thread's stack
            throw ParseError.refused("the expression is too deeply nested, or too long a chain, to read", 1);
        }
    }

    private IExpr screened(String text) throws ParseError {
        IExpr parsed;
        try {
            parsed = evaluator.parse(text);
        } catch (SyntaxError e) {
            throw new ParseError(inWords(e.getError()), e.getColumnIndex());
        } catch (RuntimeException e) {
            throw new ParseError("cannot parse: " + e.getMessage(), 0);
        }
        if (SymjaTrees.contains(parsed, n -> n.isBuiltInSymbol() && STATEFUL.contains(n.toString()))) {
            int at = Math.max(text.indexOf(":="), text.indexOf("^="));
            throw ParseError.refused("an assignment or definition (:=, =, Clear, ...) is not an expression to check", at >= 0 ? at + 1 : 1);
        }
        Optional<IExpr> io = SymjaTrees.first(parsed, n -> n.isBuiltInSymbol() && OUTSIDE_WORLD.contains(n.toString()));
        if (io.isPresent()) {
            String name = io.get().toString();
            throw ParseError.refused(name + " reads or writes files or runs programs: it is not an expression to check",
                    MathematicalHeads.column(text, name));
        }
        Optional<MathematicalHeads.Refusal> refused = MathematicalHeads.firstRefused(parsed);
        if (refused.isPresent()) {
            throw ParseError.refused(refused.get().message(), MathematicalHeads.column(text, refused.get()));
        }
        return parsed;
    }

    /**
     * The LaTeX of a parsed expression as written (held: nothing in it is evaluated), or empty when
     * printing takes longer than {@code millis}: TeXForm of what {@link #parse} accepts is bounded
     * by its limits, and this is the bound should it not be.
     */
    public Optional<String> tex(IExpr parsed, long millis) {
        IExpr tex = evalWithin(F.TeXForm(F.HoldForm(parsed)), millis);   // held: an integral in it is printed, not computed
        return tex == null ? Optional.empty() : Optional.of(tex.toString().replace('\n', ' ').strip());
    }

    /**
     * A variable's name as the user gave it (derive's variables, grad's point, a complex
     * variable): one of their own symbols, never a built-in such as Now or E, which would be
     * evaluated rather than varied.
     */
    public ISymbol variable(String name) throws ParseError {
        IExpr parsed = parse(name);
        if (!parsed.isSymbol() || parsed.isBuiltInSymbol() || ((ISymbol) parsed).hasAssignedSymbolValue()) {
            throw ParseError.refused("'" + name + "' is not a variable name"
                    + (parsed.isBuiltInSymbol() ? ": it is Symja's built-in " + parsed : ""), 1);
        }
        return (ISymbol) parsed;
    }

    /** Symja's message for a token that cannot start an operand: "Error in factor at character: '[' (Token:12 \\u005b)". */
    private static final Pattern FACTOR_ERROR =
            Pattern.compile("Error in factor at character: '(.)' \\(Token:\\d+ \\\\u\\p{XDigit}{4}\\)");

    /** A Symja parser message in words where it speaks of its own tokens; the others say what they mean already. */
    static String inWords(String symja) {
        Matcher factor = FACTOR_ERROR.matcher(symja);
        if (!factor.matches()) {
            return symja;
        }
        String character = factor.group(1);
        return character.isBlank() ? "an operand is missing here" : "'" + character + "' cannot start an operand";
    }

    /** Built-ins that change the engine's state: never evaluated from user input, as they would redefine the project's functions. */
    private static final Set<String> STATEFUL = Set.of("Set", "SetDelayed", "UpSet", "UpSetDelayed",
            "TagSet", "TagSetDelayed", "Unset", "Clear", "ClearAll", "Remove", "SetAttributes", "ClearAttributes", "Protect",
            "Unprotect", "AddTo", "SubtractFrom", "TimesBy", "DivideBy", "Increment", "Decrement", "PreIncrement",
            "PreDecrement", "AppendTo", "PrependTo");

    /** Built-ins that touch files or start programs: never evaluated from user input either. */
    private static final Set<String> OUTSIDE_WORLD = Set.of("Get", "Put", "PutAppend", "Import", "Export",
            "Run", "RunProcess", "SystemDialogInput", "CreateFile", "DeleteFile", "OpenWrite", "OpenAppend", "WriteString", "Write");

    /** Evaluates {@code expr}; what Symja throws comes as a {@link SymjaFailure}. */
    public IExpr eval(IExpr expr) {
        try {
            return evaluator.eval(expr);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SymjaFailure(e);
        }
    }

    /** Parses and evaluates Symja's own syntax, unscreened: for the engine's definitions, never for user input. */
    public IExpr eval(String text) {
        try {
            return evaluator.eval(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SymjaFailure(e);
        }
    }

    /**
     * eval(expr) but at most {@code millis} (see {@link TimedEvaluation}), null when it was stopped;
     * what Symja throws comes as a {@link SymjaFailure}.
     * A computation that does not stop keeps the engine it runs in; later calls get a fresh one.
     * An integral first loads the integration rules, untimed, when the limit leaves at least
     * {@link #INTEGRATION_RULES_MILLIS} for it; with less it is refused as out of time ({@link #takeDeferred()}).
     */
    public IExpr eval(IExpr expr, long millis) {
        long left;
        try {
            left = millisAfterIntegrationRules(expr, millis);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SymjaFailure(e);
        }
        return left <= 0 ? null : evalWithin(expr, left);
    }

    private IExpr evalWithin(IExpr expr, long millis) {
        ExprEvaluator current = evaluator;
        TimedEvaluation.Outcome outcome;
        try {
            outcome = timed.run(current.getEvalEngine(), () -> current.eval(expr), millis);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SymjaFailure(e);
        }
        if (outcome.runaway()) {
            runaway = true;
            evaluator = newEvaluator();
        }
        return outcome.value();
    }

    /** The time left of {@code millis} once the integration rules an integral needs are loaded; 0 when there is too little to load them. */
    private long millisAfterIntegrationRules(IExpr expr, long millis) {
        if (INTEGRATION_RULES_LOADED.get() || !expr.has(S.Integrate, true)) {
            return millis;
        }
        if (millis < INTEGRATION_RULES_MILLIS) {
            deferred = true; // as if stopped at the limit: a longer limit (a long worker) loads them
            return 0;
        }
        long start = System.nanoTime();
        loadIntegrationRules();
        return millis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /**
     * Loads Symja's integration rules (thousands of them, 1-2 s) unless they are loaded: every
     * engine of the process shares them. Never under a time limit: stopped while it loads them,
     * Symja never releases the latch later integrals wait on, and every later integral of the
     * process hangs until stopped by force (measured: the first integral of a worker, stopped at
     * 0.3 s, made each following one a runaway, and so each worker's end).
     */
    public void loadIntegrationRules() {
        synchronized (INTEGRATION_RULES_LOADED) {
            if (!INTEGRATION_RULES_LOADED.get()) {
                eval(F.Integrate(F.x, F.x));
                INTEGRATION_RULES_LOADED.set(true);
            }
        }
    }

    /**
     * Whether an evaluation was refused, since the last call, because its limit was too short to
     * load the integration rules first: more time would let it run (a served step's first slice
     * leaves integrals to the long workers so).
     */
    public boolean takeDeferred() {
        boolean was = deferred;
        deferred = false;
        return was;
    }

    /**
     * Whether a timed evaluation ever ran away: it still computes, on a thread of this process, and
     * may share Symja's global tables with every later evaluation. A worker process ends after
     * such an answer, so that no request runs beside it.
     */
    public boolean hadRunaway() {
        return runaway;
    }

    /** expr evaluated with every symbol in it taken to be real (see {@link #REAL_SYMBOLS}). */
    public IExpr assumingRealSymbols(IExpr expr) {
        IExpr evaluated = evaluator.eval(expr);
        // The rules rewrite only these heads; most expressions have none, and the replacement takes milliseconds.
        boolean rewritable = evaluated.has(e -> e == S.Re || e == S.Im || e == S.Conjugate || e == S.Derivative, true);
        return rewritable ? evaluator.eval(F.ReplaceAll(evaluated, realSymbols)) : evaluated;
    }

    /**
     * Whether Symja has refused, since messages were last taken, to compute an exact integer of
     * more than {@link #MAX_INTEGER_BITS} bits (it then leaves the expression unevaluated, and
     * neither a proof nor a numeric comparison can use it).
     */
    public boolean exceededIntegerLimit() {
        return messages.toString(StandardCharsets.UTF_8).contains("BigInteger bit length");
    }

    /** The messages Symja has written since the last call, and forgets them. */
    public String takeMessages() {
        String text = messages.toString(StandardCharsets.UTF_8);
        messages.reset();
        return text;
    }
}

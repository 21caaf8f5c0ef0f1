package dev.gradus.cli.serve;

import dev.gradus.proofs.CheckInput;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.plain.PlainNotation;
import dev.gradus.proofs.symja.LexicalScreen;
import dev.gradus.proofs.symja.MathematicalHeads;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Every expression of a request parsed before any of it is sent to a worker, with the engine that
 * accepts only {@link MathematicalHeads}: a request with one forbidden head, a string or a tree
 * too deep is refused whole (400, with the position), instead of failing at its n-th step. The
 * workers parse with the same whitelist again; this is the first wall, and it gives the page each
 * step's parsed form in LaTeX at once, while the steps are still being checked.
 *
 * <p>It runs Symja in the server's own process, but only its parser and TeXForm of an unevaluated
 * expression, each bounded: {@link LexicalScreen} refuses, before any engine is taken, what would
 * make them unbounded (a million-digit number, 16,000 '-' in a row), and TeX printing has a time
 * budget. Engines are not thread-safe, so there are a few, each lent to one request thread for
 * one expression at a time: no request waits for another's whole input to be read.
 */
final class InputScreen {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /** A screened expression prints in tens of milliseconds at most (measured); past this a step is shown without its reading. */
    static final long TEX_MILLIS = 500;
    /** How long a request waits for an engine; every use of one is short, so only a flood waits this long. */
    private static final long WAIT_MILLIS = 10_000;

    /**
     * How long reading one request's steps may take in all: each expression is bounded, but a 64 KiB
     * request of 80 sides each just within the screen's limits took 1 to 4 s of parsing.
     */
    static final long READ_BUDGET_MILLIS = 3_000;

    private final BlockingQueue<SymjaEngine> engines;
    private final long readBudgetMillis;

    /** As many engines as cores (at least two): parsing takes a core, and an engine costs 60 KiB and 50 ms after the first. */
    InputScreen() {
        this(Math.max(2, Runtime.getRuntime().availableProcessors()), READ_BUDGET_MILLIS);
    }

    InputScreen(int engineCount, long readBudgetMillis) {
        this.readBudgetMillis = readBudgetMillis;
        engines = new ArrayBlockingQueue<>(engineCount, true); // fair: engines are lent in the order they were asked for
        for (int i = 0; i < engineCount; i++) {
            engines.add(new SymjaEngine());
        }
    }

    /** Each step's two sides in LaTeX as read (an empty list for a step that is already an ERROR, or too slow to print). */
    List<List<String>> steps(CheckInput input) {
        Map<String, Optional<String>> printed = new HashMap<>(); // b in a = b = c is a side of two steps: read once
        List<List<String>> texts = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < input.steps().size(); i++) {
            Claim step = input.steps().get(i);
            if (i > 0 && (System.nanoTime() - start) / 1_000_000 > readBudgetMillis) {
                throw new HttpError(400, "reading the request took more than " + readBudgetMillis / 1000.0
                        + " s before step " + (i + 1) + ": send fewer or shorter steps at a time", step.lhsAt());
            }
            if (input.unreadable().containsKey(i)) {
                texts.add(List.of());
                continue;
            }
            for (String assumption : step.assumptions()) {
                try {
                    String read = step.notation().plain() ? PlainNotation.read(assumption, step.notation(), "").expression() : assumption;
                    LexicalScreen.check(read);
                    lend(engine -> engine.parse(read));
                } catch (ParseError e) {
                    throw new HttpError(400, "the assumption " + assumption + ": " + e.getMessage(), 0, e.column());
                }
            }
            step.complexVariables().forEach(z -> name("complex variable", z));
            Optional<String> lhs = side(input, step, i + 1, "left", step.lhs(), step.lhsAt(), printed);
            Optional<String> rhs = side(input, step, i + 1, "right", step.rhs(), step.rhsAt(), printed);
            texts.add(lhs.isPresent() && rhs.isPresent() ? List.of(lhs.get(), rhs.get()) : List.of());
        }
        return texts;
    }

    /** One expression of derive or grad. */
    void expression(String text) {
        try {
            LexicalScreen.check(text);
            lend(engine -> engine.parse(text));
        } catch (ParseError e) {
            throw new HttpError(400, e.getMessage(), 0, e.column());
        }
    }

    /** A variable's name: letters and digits, so that it cannot smuggle in an expression. */
    static String name(String what, String name) {
        if (!NAME.matcher(name.strip()).matches()) {
            throw HttpError.badRequest("a " + what + " is a name of letters and digits, not " + name);
        }
        return name.strip();
    }

    private Optional<String> side(CheckInput input, Claim step, int number, String which, String text, Claim.Position at,
                                  Map<String, Optional<String>> printed) {
        PlainNotation.Reading reading = null;
        try {
            if (step.notation().plain()) {
                reading = PlainNotation.read(text, step.notation(), step.lhs() + " " + step.rhs());
            }
            String expression = reading == null ? text : reading.expression();
            if (!printed.containsKey(expression)) {
                LexicalScreen.check(expression); // before an engine is taken: a refused text never waits for one
                printed.put(expression, lend(engine -> engine.tex(engine.parse(expression), TEX_MILLIS)));
            }
            return printed.get(expression);
        } catch (ParseError e) {
            // plain text: the column inside the side is a column of the input (where it was written, for an error
            // in the side as read); LaTeX was translated, so the step's place
            int column = reading == null ? e.column() : reading.writtenColumn(e.column());
            Claim.Position where = input.latex() ? at : at.plus(column);
            throw new HttpError(400, "step " + number + ", " + which + "-hand side: " + e.getMessage(), where);
        }
    }

    private interface EngineWork<T> {
        T apply(SymjaEngine engine) throws ParseError;
    }

    /** Work on an engine of the pool, which no other thread uses meanwhile. */
    private <T> T lend(EngineWork<T> work) throws ParseError {
        SymjaEngine engine;
        try {
            engine = engines.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "the server is stopping");
        }
        if (engine == null) {
            throw new HttpError(503, "the server is busy reading other requests: try again in a few seconds");
        }
        try {
            return work.apply(engine);
        } finally {
            engines.add(engine);
        }
    }
}

package dev.gradus.cli.serve;

import dev.gradus.proofs.CheckInput;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.symja.MathematicalHeads;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.ProofService;
import dev.gradus.proofs.plain.PlainNotation;
import dev.gradus.proofs.symja.SymjaEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every expression of a request parsed before any of it is sent to a worker, with the engine that
 * accepts only {@link MathematicalHeads}: a request with one forbidden head, a string or a tree
 * too deep is refused whole (400, with the position), instead of failing at its n-th step. The
 * workers parse with the same whitelist again; this is the first wall, and it gives the page each
 * step's parsed form in LaTeX at once, while the steps are still being checked.
 *
 * <p>It runs Symja in the server's own process, but only its parser and TeXForm of an unevaluated
 * expression: work bounded by the request's size and depth, unlike a proof, which only a worker
 * process under a deadline may do. One engine, so one request at a time (engines are not
 * thread-safe); a parse takes well under a millisecond.
 */
final class InputScreen {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final ProofService parser = new ProofService(new SymjaEngine());

    /** Each step's two sides in LaTeX as read (an empty list for a step that is already an ERROR). */
    synchronized List<List<String>> steps(CheckInput input) {
        List<List<String>> texts = new ArrayList<>();
        for (int i = 0; i < input.steps().size(); i++) {
            Claim step = input.steps().get(i);
            if (input.unreadable().containsKey(i)) {
                texts.add(List.of());
                continue;
            }
            for (String assumption : step.assumptions()) {
                try {
                    parser.parse(step.notation().plain() ? PlainNotation.read(assumption, step.notation(), "").expression()
                            : assumption);
                } catch (ParseError e) {
                    throw new HttpError(400, "the assumption " + assumption + ": " + e.getMessage(), 0, e.column());
                }
            }
            step.complexVariables().forEach(z -> name("complex variable", z));
            texts.add(List.of(side(input, step, i + 1, "left", step.lhs(), step.lhsAt()),
                    side(input, step, i + 1, "right", step.rhs(), step.rhsAt())));
        }
        return texts;
    }

    /** One expression of derive or grad. */
    synchronized void expression(String text) {
        try {
            parser.parse(text);
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

    private String side(CheckInput input, Claim step, int number, String which, String text, Claim.Position at) {
        PlainNotation.Reading reading = null;
        try {
            if (step.notation().plain()) {
                reading = PlainNotation.read(text, step.notation(), step.lhs() + " " + step.rhs());
            }
            return parser.tex(List.of(reading == null ? text : reading.expression())).get(0);
        } catch (ParseError e) {
            // plain text: the column inside the side is a column of the input (where it was written, for an error
            // in the side as read); LaTeX was translated, so the step's place
            int column = reading == null ? e.column() : reading.writtenColumn(e.column());
            Claim.Position where = input.latex() ? at : at.plus(column);
            throw new HttpError(400, "step " + number + ", " + which + "-hand side: " + e.getMessage(), where);
        }
    }
}

package dev.gradus.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradus.proofs.CheckInput;
import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.latex.LatexOptions;
import dev.gradus.proofs.plain.PlainNotation;
import dev.gradus.proofs.symja.LexicalScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server's own parsing: pathological input refused before Symja sees it, the page's examples read, no request waiting for another's. */
class InputScreenTest {
    private static final InputScreen SCREEN = new InputScreen();

    /** What held the server's one synchronised parser for 14 s to minutes (issue 18), as text for /api/check and for derive. */
    static final List<String> PATHOLOGICAL = List.of("1*^1000000", "-".repeat(16_000) + "x", "x" + "!".repeat(20_000));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "0 | exponent *^ of more than 3 digits     | 2",
        "1 | more than 8 operators in a row        | 1",
        "2 | more than 8 operators in a row        | 2",
    })
    void eachPathologicalInputIsRefusedWithItsColumn(int which, String said, int column) throws ParseError {
        String text = PATHOLOGICAL.get(which);
        HttpError step = assertThrows(HttpError.class, () -> SCREEN.steps(CheckInput.text(text + " = x")));
        assertEquals(400, step.status());
        assertTrue(step.getMessage().startsWith("step 1, left-hand side: ") && step.getMessage().contains(said), step.getMessage());
        assertEquals(column, step.json().path("column").asInt(), step.getMessage());
        HttpError derive = assertThrows(HttpError.class, () -> SCREEN.expression(text));
        assertTrue(derive.getMessage().contains(said), derive.getMessage());
        assertEquals(column, derive.json().path("column").asInt(), derive.getMessage());
    }

    @Test
    void aMillionDigitNumberIsRefusedOnTheRightWhereItStarts() {
        HttpError e = assertThrows(HttpError.class, () -> SCREEN.steps(CheckInput.text("x = " + "7".repeat(1_000_000))));
        assertEquals("step 1, right-hand side: a number of more than 1000 digits", e.getMessage());
        assertEquals(5, e.json().path("column").asInt());
    }

    /**
     * The page offers the seed catalogue: each example passes the screen, and is read by plain
     * notation (the dot product {@code {w1, w0} . {x, 1}} included) and shown.
     */
    /** Each expression is bounded, and so is a whole request: past its budget, the step it reached is named. */
    @Test
    void aRequestIsReadWithinItsBudget() throws ParseError {
        CheckInput three = CheckInput.pasted("x + x = 2*x\nx*x = x^2\nsin(x)^2 = 1 - cos(x)^2", LatexOptions.defaults(), List.of(),
                Set.of(), Notation.plain(Set.of()));
        HttpError spent = assertThrows(HttpError.class, () -> new InputScreen(1, -1).steps(three));
        assertEquals(400, spent.status());
        assertTrue(spent.getMessage().contains("before step 2"), spent.getMessage());
        assertEquals(3, new InputScreen(1, InputScreen.READ_BUDGET_MILLIS).steps(three).size(), "the same within the default budget");
    }

    @Test
    void everyExampleOfThePageIsReadAndPrinted() throws ParseError {
        List<String> problems = new ArrayList<>();
        int steps = 0;
        for (JsonNode example : Examples.shipped()) {
            String name = example.path("name").asText();
            CheckInput input = CheckInput.pasted(example.path("text").asText(), LatexOptions.defaults(), List.of(), Set.of(),
                    Notation.plain(Set.of()));
            for (Claim step : input.steps()) {
                for (String side : List.of(step.lhs(), step.rhs())) {
                    try {
                        LexicalScreen.check(side);
                    } catch (ParseError e) {
                        problems.add(name + ": " + side + ": " + e.getMessage());
                    }
                    if (!reads(side, step.notation())) {
                        problems.add(name + ": plain notation cannot read " + side);
                    }
                }
            }
            try {
                List<List<String>> texts = SCREEN.steps(input);
                for (int i = 0; i < texts.size(); i++) {
                    steps++;
                    if (texts.get(i).size() != 2) {
                        problems.add(name + ", step " + (i + 1) + ": no reading");
                    }
                }
            } catch (HttpError e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        assertTrue(steps > 100, "steps: " + steps);
        assertEquals(List.of(), problems);
    }

    private static boolean reads(String side, Notation notation) {
        try {
            PlainNotation.read(side, notation, side);
            return true;
        } catch (ParseError e) {
            return false;
        }
    }

    /**
     * The attack of issue 18 on one screen: while a thread sends the pathological inputs and the
     * slowest input the screen accepts (200 subtractions), another's simple step is read at once.
     * Before, one synchronised engine parsed a million-digit number for 14 s while every other
     * request waited; the bound here is generous, a simple step being read in milliseconds.
     */
    @Test
    void aSimpleStepIsReadWhileAnotherThreadSendsThePathologicalInputs() throws Exception {
        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger heavy = new AtomicInteger();
        String slowestAccepted = "x^2-".repeat(200) + "x";
        CompletableFuture<Void> attack = CompletableFuture.runAsync(() -> {
            while (attacking.get()) {
                for (String text : PATHOLOGICAL) {
                    try {
                        SCREEN.expression(text);
                    } catch (HttpError e) {
                        refused.incrementAndGet();
                    }
                }
                SCREEN.expression(slowestAccepted);
                heavy.incrementAndGet();
            }
        });
        try {
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                List<List<String>> read = SCREEN.steps(CheckInput.text("x + x = 2*x"));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(List.of(List.of("x + x", "2 \\cdot x")), read);
                assertTrue(millis < 2_000, "a simple step took " + millis + " ms to read");
            }
        } finally {
            attacking.set(false);
        }
        attack.get();
        assertTrue(refused.get() >= 3 && heavy.get() >= 1, refused + " refused, " + heavy + " heavy ones read");
        assertFalse(attack.isCompletedExceptionally());
    }
}

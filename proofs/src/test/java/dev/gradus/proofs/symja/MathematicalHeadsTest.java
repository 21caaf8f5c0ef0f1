package dev.gradus.proofs.symja;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.ParseError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.catalogue.Catalogue;
import dev.gradus.proofs.catalogue.CatalogueEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whitelist of an engine for network input: every homework expression passes, nothing else does. */
class MathematicalHeadsTest {
    private static final SymjaEngine ENGINE = new SymjaEngine();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Import(\"/etc/passwd\")                | Import   | 1",
        "x + Export(\"out.txt\", x)             | Export   | 5",
        "Run(\"ls\")                            | Run      | 1",
        "RunProcess(\"ls\")                     | RunProcess | 1",
        "1 + Get(\"file.m\")                    | Get      | 5",
        "<<file.m                               | Get      | 1",
        "Put(x, \"file.m\")                     | Put      | 1",
        "Set(f, 1)                              | assignment | 1",
        "SetDelayed(f(x_), 0)                   | assignment | 1",
        "Module({y}, y)                         | Module   | 1",
        "Block({y}, y)                          | Block    | 1",
        "ToExpression(\"Run(1)\")               | ToExpression | 1",
        "sin(x) + symbol(\"Import\")            | Symbol   | 10",
        "x + f(\"text\")                        | strings  | 7",
        "Limit(x, x -> 0, Direction -> Run(1)) | Run      | 31",
        "URLFetch(u)                            | URLFetch | 1",
        "FileNames()                            | FileNames | 1",
        "Evaluate($HomeDirectory)               | Evaluate | 1",
        "x + $HomeDirectory                     | $HomeDirectory | 5",
        "Compile({x}, x)                        | Compile  | 1",
        "Table(x, {10^9})                       | Table    | 1",
        "sigmoid(x) + While(True, x)            | While    | 14",
    })
    void refusesWhatIsNotMathematics(String text, String named, int column) {
        ParseError e = assertThrows(ParseError.class, () -> ENGINE.parse(text));
        assertTrue(e.getMessage().contains(named), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "x" + "+sin(x".repeat(MathematicalHeads.MAX_DEPTH) + ")".repeat(MathematicalHeads.MAX_DEPTH);
        ParseError e = assertThrows(ParseError.class, () -> ENGINE.parse(deep));
        assertTrue(e.getMessage().contains("nested more than " + MathematicalHeads.MAX_DEPTH), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Now      | Now is not allowed here",
        "E        | it is Symja's built-in E",
        "x+y      | not a variable name",
        "2        | not a variable name",
        "Import   | Import",
    })
    void aVariableNameIsTheUsersOwnSymbol(String name, String said) {
        ParseError e = assertThrows(ParseError.class, () -> ENGINE.variable(name));
        assertTrue(e.getMessage().contains(said), e.getMessage());
    }

    @Test
    void ordinaryNamesAreVariables() throws ParseError {
        assertEquals("w1", ENGINE.variable("w1").toString());
        assertEquals("x", ENGINE.variable("x").toString());
    }

    /** The seed catalogue is the web page's set of examples: each of its expressions must be accepted, by the lexical screen too. */
    @Test
    void everyCatalogueExpressionIsAccepted() throws ParseError {
        List<String> refused = new ArrayList<>();
        int expressions = 0;
        for (CatalogueEntry entry : Catalogue.shipped()) {
            List<String> texts = new ArrayList<>();
            for (Claim step : entry.steps()) {
                texts.add(step.lhs());
                texts.add(step.rhs());
                texts.addAll(step.assumptions());
            }
            if (entry.inequality() != null) {
                texts.addAll(List.of(entry.inequality().lhs(), entry.inequality().rhs()));
            }
            if (entry.maximum() != null) {
                texts.add(entry.maximum().expression());
            }
            for (String text : texts) {
                expressions++;
                try {
                    ENGINE.parse(text);
                } catch (ParseError e) {
                    refused.add(entry.name() + ": " + text + ": " + e.getMessage());
                }
            }
        }
        assertTrue(expressions > 250, "expressions: " + expressions);
        assertEquals(List.of(), refused);
    }
}

package dev.gradus.autodiff.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElementaryFunctionsTest {

    @Test
    void theTableHasEveryFunctionOfTheHomework() {
        List<String> required = List.of("exp", "log", "sin", "cos", "tan", "tanh", "sqrt", "pow", "abs", "sigmoid",
                "softplus", "softsign", "hardtanh", "relu", "leakyrelu", "prelu", "elu", "selu", "swish",
                "add", "sub", "mul", "div");
        for (String name : required) {
            assertTrue(ElementaryFunctions.byName(name).isPresent(), name + " is missing from the table");
        }
        assertSame(BinaryFunction.PRELU, ElementaryFunctions.byName("leakyrelu").orElseThrow());
        assertFalse(ElementaryFunctions.byName("Sigmoid").isPresent(), "names are case-sensitive");
    }

    @Test
    void everyEntryHasADefinitionAndOnePartialPerArgument() {
        Set<String> symbols = new HashSet<>();
        for (ElementaryFunction f : ElementaryFunctions.all()) {
            assertTrue(symbols.add(f.symbol()), "duplicate symbol " + f.symbol());
            assertFalse(f.definition().isBlank(), f.symbol());
            assertEquals(f.arity(), f.partials().size(), f.symbol());
            assertTrue(f.definition().contains("#1"), f.symbol());
            assertEquals(f.arity() == 2, f.definition().contains("#2") || f.partials().stream().anyMatch(p -> p.contains("#2")),
                    f.symbol() + " uses its second slot");
        }
    }

    @Test
    void kinkedFunctionsStateTheirConvention() {
        for (UnaryFunction f : UnaryFunction.values()) {
            assertEquals(f.kinks().length > 0, !f.kinkConvention().isEmpty(), f.symbol());
        }
        assertEquals(0.5, UnaryFunction.HARDTANH.distanceToKink(0.5), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, UnaryFunction.SIN.distanceToKink(0.0), 0.0);
    }
}

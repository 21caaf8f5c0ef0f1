package dev.gradus.proofs.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MacrosTest {
    @Test
    void namesAreReplacedByTheirBodiesRecursivelyAndOnlyAsWholeNames() {
        Macros m = new Macros();
        m.define("o1", "f(s1)");
        m.define("s1", "w1*x + b1");
        assertEquals("D((f((w1*x + b1))), w1)", m.expand("D(o1, w1)"));
        assertEquals("o12 + so1 + 2*(f((w1*x + b1)))", m.expand("o12 + so1 + 2*o1"), "o12 and so1 are other names");
        assertEquals("(f((w1*x + b1)))", m.expand("O1"), "Symja ignores the case of multi-letter names");
    }
}

package dev.gradus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.autodiff.functions.UnaryFunction;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PointsProperties {

    @Property
    void vectorsHaveTheDimensionRangeAndScaleAsked(@ForAll("vectors") double[] x) {
        assertEquals(3, x.length);
        for (double c : x) {
            assertTrue(c >= -2 && c <= 2, "in range: " + c);
            assertTrue(BigDecimal.valueOf(c).stripTrailingZeros().scale() <= Points.SCALE, "6 decimals: " + c);
        }
    }

    @Property
    void coordinatesKeepTheirMarginFromKinks(@ForAll("awayFromHardtanhKinks") double x) {
        assertTrue(UnaryFunction.HARDTANH.distanceToKink(x) >= 1e-3, "margin: " + x);
    }

    @Provide
    Arbitrary<double[]> vectors() {
        return Points.vectors(3, -2, 2);
    }

    @Provide
    Arbitrary<Double> awayFromHardtanhKinks() {
        return Points.coordinatesAwayFromKinks(UnaryFunction.HARDTANH);
    }
}

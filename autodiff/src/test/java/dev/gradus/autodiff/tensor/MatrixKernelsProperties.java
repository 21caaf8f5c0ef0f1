package dev.gradus.autodiff.tensor;

import dev.gradus.autodiff.tensor.ProductCase.Form;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Random products of sizes 1 to 40, with random offsets, against the naive triple loop. */
class MatrixKernelsProperties {

    @Property
    void vectorKernelsAgreeWithTheNaiveLoop(@ForAll("products") ProductCase product) {
        product.check(KernelSelection.vector());
        Statistics.label("form").collect(product.form());
    }

    @Property
    void scalarKernelsAgreeWithTheNaiveLoop(@ForAll("products") ProductCase product) {
        product.check(KernelSelection.scalar());
        Statistics.label("form").collect(product.form());
    }

    @Provide
    Arbitrary<ProductCase> products() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 40);
        Arbitrary<Integer> offset = Arbitraries.integers().between(0, 5);
        return Combinators.combine(Arbitraries.of(Form.class), size, size, size, offset, offset, offset, Arbitraries.of(true, false))
                .flatAs((form, m, k, n, aOff, bOff, cOff, accumulate) ->
                        Combinators.combine(elements(aOff + m * k), elements(bOff + k * n), elements(cOff + m * n))
                                .as((a, b, c) -> new ProductCase(form, m, k, n, a, aOff, b, bOff, c, cOff, accumulate)));
    }

    /** Values with six decimals, as a user's data might have. */
    private static Arbitrary<double[]> elements(int size) {
        return Arbitraries.doubles().between(-10, 10).ofScale(6).array(double[].class).ofSize(size);
    }
}

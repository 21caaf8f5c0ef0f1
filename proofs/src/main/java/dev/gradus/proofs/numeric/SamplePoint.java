package dev.gradus.proofs.numeric;

import dev.gradus.proofs.symja.SymjaEngine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A point of the numeric probe: exact rational coordinates, which Symja evaluates exactly or in
 * any precision, and their doubles, which the screen evaluates.
 */
final class SamplePoint {
    private final List<BigFraction> exact;
    private final double[] values;

    SamplePoint(List<BigFraction> exact) {
        this.exact = List.copyOf(exact);
        this.values = exact.stream().mapToDouble(BigFraction::doubleValue).toArray();
    }

    /** A constant as a coordinate: exact when it is rational, else rounded to 10^-12; empty when it is not a finite real number. */
    static Optional<BigFraction> coordinate(IExpr constant, SymjaEngine engine) {
        IExpr value = engine.eval(constant);
        if (value.isRational()) {
            IRational q = (IRational) value;
            return Optional.of(new BigFraction(q.toBigNumerator(), q.toBigDenominator()));
        }
        IExpr n = engine.eval(F.N(value));
        if (!n.isReal() || !Double.isFinite(n.evalDouble())) {
            return Optional.empty();
        }
        BigDecimal rounded = new BigDecimal(n.evalDouble()).setScale(12, RoundingMode.HALF_EVEN);
        return Optional.of(new BigFraction(rounded.unscaledValue(), BigInteger.TEN.pow(12)));
    }

    /** The coordinates in double, in the order of the probe's variables. */
    double[] values() {
        return values;
    }

    List<BigFraction> exact() {
        return exact;
    }

    /** Whether every coordinate lies in [-64, 64]. */
    boolean modest() {
        for (double v : values) {
            if (Math.abs(v) > 64) {
                return false;
            }
        }
        return true;
    }

    /** The bits needed to write the coordinates down: exact arithmetic at a point grows with them. */
    int size() {
        int bits = 0;
        for (BigFraction q : exact) {
            bits += q.getNumerator().bitLength() + q.getDenominator().bitLength();
        }
        return bits;
    }

    /** {v1 -> q1, v2 -> q2, ...} with exact rationals, for substituting into an expression. */
    IAST rules(List<ISymbol> variables) {
        IASTAppendable rules = F.ListAlloc(variables.size());
        for (int i = 0; i < variables.size(); i++) {
            rules.append(F.Rule(variables.get(i), F.QQ(exact.get(i))));
        }
        return rules;
    }
}

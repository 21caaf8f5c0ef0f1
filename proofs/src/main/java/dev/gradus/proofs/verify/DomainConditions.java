package dev.gradus.proofs.verify;

import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The conditions that exactly describe where a real side, as written, is defined: log(u) needs
 * u > 0, sqrt(u) needs u >= 0, u^(1/3) needs u >= 0 and u^(-1/2) needs u > 0 (a non-integer power
 * of a negative number is undefined), 1/u needs u != 0. A claim is proved on the common domain of
 * its sides, so these may be assumed in its proof: log(x^2) = 2 log(x) holds wherever both sides
 * are defined, that is for x > 0. Only exact conditions are listed (a power with a symbolic
 * exponent is defined on a set no single condition describes), and nothing from inside a
 * Piecewise branch, which may not be the one taken.
 */
final class DomainConditions {
    private DomainConditions() {}

    static List<IExpr> of(IExpr side) {
        List<IExpr> conditions = new ArrayList<>();
        collect(side, conditions);
        return conditions;
    }

    private static void collect(IExpr e, List<IExpr> conditions) {
        if (!e.isAST() || e.isAST(S.Piecewise)) {
            return;
        }
        IAST ast = (IAST) e;
        for (int i = 1; i < ast.size(); i++) {
            collect(ast.get(i), conditions);
        }
        if (ast.isAST(S.Log, 2)) {
            conditions.add(F.Greater(ast.arg1(), F.C0));
        } else if (ast.isAST(S.Sqrt, 2)) {
            conditions.add(F.GreaterEqual(ast.arg1(), F.C0));
        } else if (ast.isPower() && ast.exponent().isReal() && ast.base() != S.E) {
            IExpr exponent = ast.exponent();
            if (exponent.isInteger()) {
                if (exponent.isNegative()) {
                    conditions.add(F.Unequal(ast.base(), F.C0));
                }
            } else {
                conditions.add(exponent.isNegative() ? F.Greater(ast.base(), F.C0) : F.GreaterEqual(ast.base(), F.C0));
            }
        }
    }
}

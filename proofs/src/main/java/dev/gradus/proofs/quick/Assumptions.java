package dev.gradus.proofs.quick;

import dev.gradus.proofs.quick.Cells.Bounds;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An assumption that bounds one variable by a number (z < 0, w >= 4, 1/2 < a), as {@link Bounds}. */
final class Assumptions {
    private static final Pattern COMPARISON = Pattern.compile("\\s*([^<>=]+?)\\s*(<=|>=|<|>)\\s*([^<>=]+?)\\s*");

    private Assumptions() {}

    /** The variable and its bounds, or empty when the assumption is of another form. */
    static Optional<Map.Entry<String, Bounds>> bound(String assumption) {
        Matcher m = COMPARISON.matcher(assumption);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Expr left = ExprParser.parse(m.group(1));
            Expr right = ExprParser.parse(m.group(3));
            String op = m.group(2);
            if (left instanceof Expr.Var v && right instanceof Expr.Num n) {
                return Optional.of(Map.entry(v.name(), bounds(op, n.value())));
            }
            if (right instanceof Expr.Var v && left instanceof Expr.Num n) {
                return Optional.of(Map.entry(v.name(), bounds(flip(op), n.value())));
            }
        } catch (Unsupported e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** x op c. */
    private static Bounds bounds(String op, Rational c) {
        return switch (op) {
            case "<" -> new Bounds(null, false, c, false);
            case "<=" -> new Bounds(null, false, c, true);
            case ">" -> new Bounds(c, false, null, false);
            default -> new Bounds(c, true, null, false);
        };
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            default -> "<=";
        };
    }
}

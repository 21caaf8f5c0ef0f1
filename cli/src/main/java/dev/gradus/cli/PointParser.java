package dev.gradus.cli;

import dev.gradus.autodiff.complex.Complex;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses --at x=0.3,y=-1 and complex values such as z=0.4-0.7*I. */
public final class PointParser {
    private PointParser() {}

    public static Map<String, String> assignments(String at) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : at.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("expected name=value in --at, got '" + part.strip() + "'");
            }
            String name = part.substring(0, eq).strip();
            if (values.put(name, part.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("the variable " + name + " is given twice in --at");
            }
        }
        return values;
    }

    public static double real(String name, String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the value of " + name + " is not a number: '" + text + "'");
        }
        return finite(name, text, value);
    }

    /** NaN, Infinity and numbers beyond double's range (1e400) parse, but name no point. */
    private static double finite(String name, String text, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the value of " + name + " is not a finite number: '" + text + "'");
        }
        return value;
    }

    /** a, b*I, a+b*I, a-b*I, a+bI, I, -I (also with a lower-case i). */
    public static Complex complex(String name, String text) {
        String s = text.replace(" ", "");
        try {
            if (!s.endsWith("I") && !s.endsWith("i")) {
                return Complex.real(finite(name, text, Double.parseDouble(s)));
            }
            String body = s.substring(0, s.length() - 1);
            if (body.endsWith("*")) {
                body = body.substring(0, body.length() - 1);
            }
            int split = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char c = body.charAt(i);
                char before = body.charAt(i - 1);
                if ((c == '+' || c == '-') && before != 'e' && before != 'E') {
                    split = i;
                    break;
                }
            }
            double re = split < 0 ? 0 : Double.parseDouble(body.substring(0, split));
            String imaginary = split < 0 ? body : body.substring(split);
            double im = switch (imaginary) {
                case "", "+" -> 1;
                case "-" -> -1;
                default -> Double.parseDouble(imaginary);
            };
            return new Complex(finite(name, text, re), finite(name, text, im));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the value of " + name + " is not a complex number like 0.4-0.7*I: '" + text + "'");
        }
    }
}

package dev.gradus.proofs.calculus;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.autodiff.functions.UnaryFunction;
import dev.gradus.proofs.ParseError;
import dev.gradus.proofs.symja.SymjaTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Compiles a parsed (not evaluated) expression into a {@link CompiledExpression} for the tapes:
 * + - * / and powers, the table's functions under their names (and Symja's built-in names for
 * exp, log, ...), and conj, re, im, abs2. Everything else (D, Integrate, an unknown function) is
 * a {@link ParseError} that names it.
 */
public final class TapeCompiler {
    private static final Map<ISymbol, String> BUILT_INS = Map.ofEntries(
            Map.entry(S.Exp, "exp"), Map.entry(S.Log, "log"), Map.entry(S.Sin, "sin"), Map.entry(S.Cos, "cos"),
            Map.entry(S.Tan, "tan"), Map.entry(S.Tanh, "tanh"), Map.entry(S.Sqrt, "sqrt"), Map.entry(S.Abs, "abs"),
            Map.entry(S.LogisticSigmoid, "sigmoid"), Map.entry(S.Max, "max"), Map.entry(S.Min, "min"),
            Map.entry(S.Conjugate, "conj"), Map.entry(S.Re, "re"), Map.entry(S.Im, "im"));

    private final List<String> variables;
    private boolean complexOnly;

    private TapeCompiler(List<String> variables) {
        this.variables = variables;
    }

    /**
     * @param variables the variables in the order the compiled functions take them; null to take
     *                  them in order of appearance
     */
    public static CompiledExpression compile(IExpr parsed, List<String> variables) throws ParseError {
        List<String> order = variables != null ? new ArrayList<>(variables)
                : SymjaTrees.variables(parsed).stream().map(Object::toString).toList();
        TapeCompiler compiler = new TapeCompiler(order);
        TapeNode root = compiler.node(parsed);
        return new CompiledExpression(root, order, compiler.complexOnly);
    }

    private TapeNode node(IExpr e) throws ParseError {
        if (e.isNumber()) {
            if (e.isReal()) {
                return TapeNode.constant(Complex.real(e.evalDouble()));
            }
            complexOnly = true;
            org.hipparchus.complex.Complex c = e.evalComplex();
            return TapeNode.constant(new Complex(c.getReal(), c.getImaginary()));
        }
        if (e == S.Pi) {
            return TapeNode.constant(Complex.real(Math.PI));
        }
        if (e == S.E) {
            return TapeNode.constant(Complex.real(Math.E));
        }
        if (e == S.I) {
            complexOnly = true;
            return TapeNode.constant(Complex.I);
        }
        if (e.isSymbol()) {
            int index = variables.indexOf(e.toString());
            if (index < 0) {
                throw new ParseError("no value given for the variable " + e, 0);
            }
            return TapeNode.variable(index);
        }
        if (!e.isAST()) {
            throw new ParseError("cannot evaluate " + e + " on the tape", 0);
        }
        IAST ast = (IAST) e;
        if (ast.isPlus()) {
            return fold(BinaryFunction.ADD, ast);
        }
        if (ast.isTimes()) {
            return fold(BinaryFunction.MUL, ast);
        }
        if (ast.isPower()) {
            return power(ast.arg1(), ast.arg2());
        }
        return call(ast);
    }

    private TapeNode power(IExpr base, IExpr exponent) throws ParseError {
        if (base == S.E) {
            return TapeNode.apply(UnaryFunction.EXP, node(exponent));
        }
        if (exponent.isReal()) {
            double c = exponent.evalDouble();
            return c == 0.5 ? TapeNode.apply(UnaryFunction.SQRT, node(base)) : TapeNode.apply(BinaryFunction.POW, node(base), c);
        }
        return TapeNode.apply(BinaryFunction.POW, node(base), node(exponent));
    }

    private TapeNode call(IAST ast) throws ParseError {
        IExpr head = ast.head();
        String name = head instanceof ISymbol s && BUILT_INS.containsKey(s) ? BUILT_INS.get(s)
                : head.toString().toLowerCase(Locale.ROOT);
        int arity = ast.argSize();
        if (name.equals("log") && arity == 1 && isSumOfExponentials(ast.arg1())) {
            return logSumExp((IAST) ast.arg1());
        }
        if (List.of("conj", "re", "im", "abs2").contains(name) && arity == 1) {
            return TapeNode.part(name, node(ast.arg1()));
        }
        if ((name.equals("max") || name.equals("min")) && arity >= 2) {
            return fold(name.equals("max") ? BinaryFunction.MAX : BinaryFunction.MIN, ast);
        }
        ElementaryFunction f = ElementaryFunctions.byName(name).orElseThrow(
                () -> new ParseError("unknown function " + head + " (the tape knows the table's functions)", 0));
        if (f instanceof UnaryFunction unary && arity == 1) {
            return TapeNode.apply(unary, node(ast.arg1()));
        }
        if (f instanceof BinaryFunction binary && arity == 2) {
            return TapeNode.apply(binary, node(ast.arg1()), node(ast.arg2()));
        }
        if ((f == BinaryFunction.ELU || f == BinaryFunction.SWISH) && arity == 1) {
            return TapeNode.apply((BinaryFunction) f, node(ast.arg1()), 1.0);
        }
        if (name.equals("leakyrelu") && arity == 1) {
            String[] slope = BinaryFunction.LEAKY_RELU_SLOPE.split("/");
            return TapeNode.apply(BinaryFunction.PRELU, node(ast.arg1()), Double.parseDouble(slope[0]) / Double.parseDouble(slope[1]));
        }
        throw new ParseError(name + " takes " + f.arity() + " argument" + (f.arity() == 1 ? "" : "s") + ", not " + arity, 0);
    }

    /** e^a + e^b + ...: two or more terms, every one an exponential. */
    private static boolean isSumOfExponentials(IExpr e) {
        if (!e.isPlus()) {
            return false;
        }
        for (IExpr term : (IAST) e) {
            if (!(term.isPower() && term.base() == S.E)) {
                return false;
            }
        }
        return true;
    }

    /**
     * log(e^a + e^b + ...) as the table's log-sum-exp, folded: written naively it overflows (at
     * a = 800 the sum is Infinity, the value Infinity and the gradient 0 where it is the softmax of
     * a, b, ...); log-sum-exp has the same value and derivatives wherever the naive form has them.
     */
    private TapeNode logSumExp(IAST sum) throws ParseError {
        TapeNode acc = node(sum.arg1().exponent());
        for (int i = 2; i < sum.size(); i++) {
            acc = TapeNode.apply(BinaryFunction.LOG_ADD_EXP, acc, node(sum.get(i).exponent()));
        }
        return acc;
    }

    private TapeNode fold(BinaryFunction f, IAST ast) throws ParseError {
        TapeNode acc = node(ast.arg1());
        for (int i = 2; i < ast.size(); i++) {
            acc = TapeNode.apply(f, acc, node(ast.get(i)));
        }
        return acc;
    }
}

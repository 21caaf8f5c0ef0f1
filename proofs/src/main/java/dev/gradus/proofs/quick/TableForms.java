package dev.gradus.proofs.quick;

import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunction;
import dev.gradus.autodiff.functions.ElementaryFunctions;
import dev.gradus.proofs.quick.Expr.Call;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of elementary functions as the in-process checker uses it: each function's definition
 * and coded partial derivatives, read once from the table's Symja forms (the same strings Symja
 * is given, so that both differentiate by the same rules), with the arguments put in.
 */
final class TableForms {
    private static final List<String> SLOTS = List.of("slot1", "slot2");

    private TableForms() {}

    /** name(args) with the expression language's one-argument forms completed: elu(x) is elu(x, 1). */
    static Expr call(String name, List<Expr> args) throws Unsupported {
        switch (name) {
            case "elu", "swish" -> {
                if (args.size() == 1) {
                    return new Call(name, List.of(args.get(0), Expr.ONE));
                }
            }
            case "leakyrelu" -> {
                Expr slope = args.size() == 1 ? ExprParser.parse(BinaryFunction.LEAKY_RELU_SLOPE) : args.size() == 2 ? args.get(1) : null;
                if (slope != null) {
                    return new Call("prelu", List.of(args.get(0), slope));
                }
            }
            default -> { }
        }
        int arity = ElementaryFunctions.byName(name).map(ElementaryFunction::arity).orElse(1);
        if (args.size() != arity) {
            throw new Unsupported(name + " with " + args.size() + " arguments");
        }
        return new Call(name, List.copyOf(args));
    }

    /** The table's definition of a call of one of its functions, e.g. 1/(1+Exp(-u)) for sigmoid(u). */
    static Expr definition(Call call) throws Unsupported {
        return Trees.substitute(Forms.of(call.name()).definition(), SLOTS.subList(0, call.args().size()), call.args());
    }

    /** The table's partial derivative of a call by its argument {@code index} (0 or 1), at the call's arguments. */
    static Expr partial(Call call, int index) throws Unsupported {
        return Trees.substitute(Forms.of(call.name()).partials().get(index), SLOTS.subList(0, call.args().size()), call.args());
    }

    /** One function's forms, read from the table. */
    private record Forms(Expr definition, List<Expr> partials) {
        private static final Map<String, Forms> READ = new HashMap<>();

        static synchronized Forms of(String name) throws Unsupported {
            Forms forms = READ.get(name);
            if (forms == null) {
                ElementaryFunction f = ElementaryFunctions.byName(name)
                        .orElseThrow(() -> new Unsupported("no table entry for " + name));
                List<Expr> partials = new java.util.ArrayList<>();
                for (String p : f.partials()) {
                    partials.add(read(p));
                }
                forms = new Forms(read(f.definition()), List.copyOf(partials));
                READ.put(name, forms);
            }
            return forms;
        }

        private static Expr read(String form) throws Unsupported {
            return ExprParser.parse(form.replace("#1", "slot1").replace("#2", "slot2"), true);
        }
    }
}

package dev.gradus.proofs.plain;

import java.util.Set;

/** The variables of a read expression: its names that are neither constants nor the heads of calls. */
final class PlainVariables {
    private static final Set<String> CONSTANTS = Set.of("E", "Pi", "I", "Infinity");

    private PlainVariables() {}

    static void collect(PlainNode node, Set<String> into) {
        if (node instanceof PlainNode.Name n) {
            if (!CONSTANTS.contains(n.name())) {
                into.add(n.name());
            }
        } else if (node instanceof PlainNode.Call c) {
            c.arguments().forEach(a -> collect(a, into));
        } else if (node instanceof PlainNode.ListOf l) {
            l.elements().forEach(e -> collect(e, into));
        } else if (node instanceof PlainNode.Negation n) {
            collect(n.operand(), into);
        } else if (node instanceof PlainNode.Postfix p) {
            collect(p.operand(), into);
        } else if (node instanceof PlainNode.Binary b) {
            collect(b.left(), into);
            collect(b.right(), into);
        }
    }
}

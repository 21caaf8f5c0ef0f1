package dev.gradus.proofs.calculus;

import dev.gradus.autodiff.ScalarOps;
import dev.gradus.autodiff.complex.Complex;
import dev.gradus.autodiff.complex.ComplexTape;
import dev.gradus.autodiff.functions.BinaryFunction;
import dev.gradus.autodiff.functions.UnaryFunction;

/** One node of a compiled expression, recorded on either tape. */
interface TapeNode {
    int real(ScalarOps ops, int[] x);

    int complex(ComplexTape t, int[] z);

    static TapeNode variable(int index) {
        return new TapeNode() {
            @Override public int real(ScalarOps ops, int[] x) { return x[index]; }
            @Override public int complex(ComplexTape t, int[] z) { return z[index]; }
        };
    }

    static TapeNode constant(Complex c) {
        return new TapeNode() {
            @Override public int real(ScalarOps ops, int[] x) { return ops.constant(c.re()); }
            @Override public int complex(ComplexTape t, int[] z) { return t.constant(c); }
        };
    }

    static TapeNode apply(UnaryFunction f, TapeNode a) {
        return new TapeNode() {
            @Override public int real(ScalarOps ops, int[] x) { return ops.apply(f, a.real(ops, x)); }
            @Override public int complex(ComplexTape t, int[] z) { return t.apply(f, a.complex(t, z)); }
        };
    }

    static TapeNode apply(BinaryFunction f, TapeNode a, TapeNode b) {
        return new TapeNode() {
            @Override public int real(ScalarOps ops, int[] x) {
                int u = a.real(ops, x);
                return ops.apply(f, u, b.real(ops, x));
            }
            @Override public int complex(ComplexTape t, int[] z) {
                int u = a.complex(t, z);
                return t.apply(f, u, b.complex(t, z));
            }
        };
    }

    /** f(a, c) with a real constant c, recorded without a node for c on the real tape. */
    static TapeNode apply(BinaryFunction f, TapeNode a, double c) {
        return new TapeNode() {
            @Override public int real(ScalarOps ops, int[] x) { return ops.apply(f, a.real(ops, x), c); }
            @Override public int complex(ComplexTape t, int[] z) { return t.apply(f, a.complex(t, z), Complex.real(c)); }
        };
    }

    /** conj, re, im, abs2: on the real tape the identity, the identity, 0 and the square. */
    static TapeNode part(String name, TapeNode a) {
        return new TapeNode() {
            @Override public int real(ScalarOps ops, int[] x) {
                int u = a.real(ops, x);
                return switch (name) {
                    case "im" -> ops.constant(0.0);
                    case "abs2" -> ops.mul(u, u);
                    default -> u;
                };
            }
            @Override public int complex(ComplexTape t, int[] z) {
                int u = a.complex(t, z);
                return switch (name) {
                    case "conj" -> t.conj(u);
                    case "re" -> t.re(u);
                    case "im" -> t.im(u);
                    default -> t.abs2(u);
                };
            }
        };
    }
}

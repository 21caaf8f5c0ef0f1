package dev.gradus.proofs.quick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.Definition;
import dev.gradus.proofs.Notation;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuickCheckTest {
    private static Optional<StepResult> decide(String lhs, String rhs, String... assumptions) {
        return QuickCheck.decide(Claim.of(lhs, rhs, List.of(assumptions), Set.of()));
    }

    private static Verdict verdict(String lhs, String rhs, String... assumptions) {
        return decide(lhs, rhs, assumptions).map(StepResult::verdict).orElse(null);
    }

    @Test
    void provesIdentitiesOfTheActivationsByExponentialsAsSymbols() {
        assertEquals(Verdict.PROVED, verdict("sigmoid(x)", "(1 + tanh(x/2))/2"));
        assertEquals(Verdict.PROVED, verdict("tanh(z)", "2*sigmoid(2*z) - 1"));
        assertEquals(Verdict.PROVED, verdict("D(Log(1 + Exp(z)), z)", "sigmoid(z)"));
        assertEquals(Verdict.PROVED, verdict("Exp(x/2)^2", "Exp(x)"), "e^(x/2) is the atom, e^x its square");
        assertEquals(Verdict.PROVED, verdict("E^x*E^y", "E^(x + y)"));
        assertEquals(Verdict.PROVED, verdict("Cosh(x)^2 - Sinh(x)^2", "1"));
    }

    @Test
    void provesTheChainRuleWithUnknownFunctions() {
        assertEquals(Verdict.PROVED, verdict("D(f(w*g(x*x) + b), x)", "w*f'(w*g(x*x) + b)*g'(x*x)*2*x"));
        assertEquals(Verdict.PROVED, verdict("D(f(2*x)^2, x)", "4*f(2*x)*f'(2*x)"));
        StepResult wrong = decide("D(f(2*x)^2, x)", "f(2*x)*f'(2*x)").orElseThrow();
        assertEquals(Verdict.REFUTED, wrong.verdict());
        assertTrue(wrong.message().contains("(with the unknown functions taken as f(t) = Sin("), wrong.message());
        assertEquals(Optional.empty(), decide("D(f(x)^2, x)", "2*f(x)*f'(x)"), "f(x): the verifier's note says f is a function of x");
    }

    @Test
    void provesKinksCellByCellWithTheTablesConventions() {
        StepResult softsign = decide("D(z/(1 + Abs(z)), z)", "1/(1 + Abs(z))^2").orElseThrow();
        assertEquals(Verdict.PROVED, softsign.verdict());
        assertTrue(softsign.method().startsWith("branches: 3 cells (kinks at z = [0])"), softsign.method());
        assertEquals(Verdict.PROVED, verdict("D(elu(z, alpha), z)", "elu(z, alpha) + alpha", "z < 0", "alpha > 0"));
        assertEquals(Verdict.REFUTED, verdict("D(elu(z, alpha), z)", "elu(z, alpha) + alpha"), "at z > 0 it is 1");
        assertEquals(Verdict.PROVED, verdict("ReplaceAll(D(relu(x), x), x -> 0)", "0"), "relu'(0) = 0 in the table");
        assertEquals(Verdict.PROVED, verdict("ReplaceAll(D(Abs(x), x), x -> 0)", "0"), "abs'(0) = sign(0) = 0");
    }

    @Test
    void refutesWithACounterexampleConfirmedExactlyOrInFiftyDigits() {
        StepResult exact = decide("D(z/(1 + Abs(z)), z)", "Sign(z)/(1 + Abs(z))^2").orElseThrow();
        assertEquals(Verdict.REFUTED, exact.verdict());
        assertEquals("numeric (exact)", exact.method());
        assertEquals("at z = -1: lhs = 1/4, rhs = -1/4 (exact)", exact.message());
        assertEquals(Map.of("z", -1.0), exact.counterexample());
        StepResult precise = decide("D(1/(1 + Exp(-z)), z)", "-Exp(-z)/(1 + Exp(-z))^2").orElseThrow();
        assertEquals(Verdict.REFUTED, precise.verdict());
        assertTrue(precise.message().endsWith("(confirmed in 50 digits)"), precise.message());
    }

    /** Where the verifier would add a note, or needs Symja's meaning, the claim is left to it. */
    @Test
    void leavesToTheVerifierWhatItCannotDecideWithTheSameMeaning() {
        assertEquals(Optional.empty(), decide("x/x", "1"), "x = 0 is in the right side's domain only: a note");
        assertEquals(Optional.empty(), decide("D(Log(x), x)", "1/x"), "the written left side is defined for x > 0 only");
        assertEquals(Optional.empty(), decide("Sqrt(x)*Sqrt(x)", "x"));
        assertEquals(Optional.empty(), decide("D(u*v, x)", "D(u, x)*v + u*D(v, x)"), "u and v are functions of x there");
        assertEquals(Optional.empty(), decide("x^2", "x", "x == 1"), "a value is put in by the verifier");
        assertEquals(Optional.empty(), decide("0.1 + 0.2", "0.3"), "decimals are Symja's machine numbers");
        assertEquals(Optional.empty(), decide("(x + 1)^100", "(1 + x)^100 + 0"), "a power of a sum beyond 40 is not expanded here");
        assertEquals(Optional.empty(), decide("Gamma(x + 1)", "x*Gamma(x)"), "a built-in it does not know");
        assertEquals(Optional.empty(), decide("Sin(x)^2 + Cos(x)^2", "1"), "true, but not by exponentials as symbols");
        assertEquals(Optional.empty(), QuickCheck.decide(Claim.of("x", "x", List.of(), Set.of()).withStrictDomains(true)));
    }

    /** A root's q-th power is its radicand where the root is defined; the assumptions' positive variables need no condition. */
    @Test
    void rootsAndPositiveVariables() {
        assertEquals(Verdict.PROVED, verdict("ReplaceAll(Sqrt(n)*r/3, r -> 3/Sqrt(n))", "1", "n > 0"));
        assertEquals(Optional.empty(), decide("ReplaceAll(Sqrt(n)*r/3, r -> 3/Sqrt(n))", "1"), "undefined at n = 0: the verifier's note");
        assertEquals(Verdict.PROVED, verdict("Exp(k*mu + Sqrt(k)*s*u)*Exp(-u^2/2)", "Exp(k*mu + k*s^2/2)*Exp(-(u - Sqrt(k)*s)^2/2)", "k > 0"));
        assertEquals(Optional.empty(), decide("Sqrt(x)^2", "x"), "true where the left side is defined, which the verifier notes");
        // e^(k log u) = u^k; 1 - sqrt(1 - 4/w) > 0 and w - 4 > 0 for w > 4, so both sides have the same domain there
        assertEquals(Verdict.PROVED, verdict("w*sigmoid'(Log((1 + Sqrt(1 - 4/w))/(1 - Sqrt(1 - 4/w))))", "1", "w > 4"));
        assertEquals(Verdict.PROVED, verdict("(1 + Sqrt(1 - 4/w))/(1 - Sqrt(1 - 4/w))", "w/2*(1 + Sqrt(1 - 4/w)) - 1", "w > 4"));
        assertEquals(Optional.empty(), decide("(1 + Sqrt(1 - 4/w))/(1 - Sqrt(1 - 4/w))", "w/2*(1 + Sqrt(1 - 4/w)) - 1"),
                "without w > 4 the domains differ: the verifier's note");
        assertEquals(Verdict.REFUTED, verdict("Sqrt(x^2)", "x"), "x = -1");
    }

    /** Issue 19's claims that ran into the time limit: powers with huge exponents, (a^b)^c under assumptions. */
    @Test
    void powersOfPositivesAreExponentialsAndHugeExponentsStayMonomials() {
        assertEquals(Verdict.PROVED, verdict("(a^b)^c", "a^(b*c)", "a > 0"), "b^u = e^(u log b) for b > 0");
        assertEquals(Optional.empty(), decide("(a^b)^c", "a^(b*c)"), "false for a = -1, b = 2, c = 1/2: Symja's branches");
        assertEquals(Verdict.PROVED, verdict("Log(E^x)", "x"), "log(e^v) = v for real v");
        assertEquals(Verdict.PROVED, verdict("x^1000000*x", "x^1000001"), "no point of the screen is finite, the proof stands");
        assertEquals(Verdict.REFUTED, verdict("x^1000000*x", "x^1000000"));
    }

    @Test
    void aFalseClaimIsNeverProvedByAtomsThatHideADifference() {
        assertEquals(Verdict.REFUTED, verdict("x^2", "x"));
        assertEquals(Verdict.REFUTED, verdict("Max(0, a*x)", "a*Max(0, x)"), "only for a > 0");
        assertEquals(Verdict.REFUTED, verdict("sigmoid(-x)", "sigmoid(x) - 1"));
        assertEquals(Optional.empty(), decide("Sin(Pi)", "0").filter(r -> r.verdict() == Verdict.REFUTED), "pi is Pi, never a variable");
    }

    /** Complex variables are x + I y, as the verifier writes them; no counterexample is given here for a complex claim. */
    @Test
    void decidesWirtingerDerivativesOfEntireFunctionsButRefutesNone() {
        assertEquals(Verdict.PROVED, complex("z*conj(z)", "abs2(z)", "z"));
        assertEquals(Verdict.PROVED, complex("Dz(z*conj(z), z)", "conj(z)", "z"));
        assertEquals(Verdict.PROVED, complex("Dz(1/2*abs2(y - sigmoid(z)), z)", "-1/2*conj(y - sigmoid(z))*sigmoid'(z)", "y", "z"));
        assertEquals(Verdict.PROVED, complex("D(1/2*abs2(y - (u + I*v)*x), u)", "2*re(-1/2*conj(y - (u + I*v)*x)*x)", "x", "y"));
        assertEquals(null, complex("Dz(1/2*abs2(y - a), a)", "-1/2*(y - a)", "a", "y"), "false: left to the verifier's counterexample");
        assertEquals(null, complex("Dz(conj(z), z)", "1", "z"));
        assertEquals(null, complex("Log(z*w)", "Log(z) + Log(w)", "z", "w"), "principal values: branch cuts are Symja's");
        assertEquals(null, complex("Dz(x^2, x)", "2*x"), "x is not complex: Symja leaves Dz unevaluated");
    }

    private static Verdict complex(String lhs, String rhs, String... variables) {
        return QuickCheck.decide(Claim.of(lhs, rhs, List.of(), Set.of(variables))).map(StepResult::verdict).orElse(null);
    }

    /** A document's definitions put in as the verifier puts them in, with its notes. */
    @Test
    void definitionsArePutInAsTheVerifierPutsThemIn() {
        List<Definition> made = List.of(new Definition("sigma", List.of("x"), "1/(1 + E^(-x))"),
                new Definition("z", List.of(), "w*x + b"), new Definition("a", List.of(), "sigma(z)"),
                new Definition("L", List.of(), "(a - y)^2/2"));
        StepResult dLdw = after(made, "D(L, w)", "(a - y)*sigma'(z)*x").orElseThrow();
        assertEquals(Verdict.PROVED, dLdw.verdict());
        assertEquals(List.of("with the definitions of L, a, sigma, z put in"), dLdw.notes());
        StepResult dLda = after(made, "D(L, a)", "a - y").orElseThrow();
        assertEquals(Verdict.PROVED, dLda.verdict(), "a is the derivative's variable, then sigma(z)");
        assertTrue(dLda.notes().contains("a derivative by a is taken with a as its variable, then its definition put into the result"),
                dLda.notes().toString());
        assertEquals(Verdict.REFUTED, after(made, "D(L, a)", "0").map(StepResult::verdict).orElse(null));
        // sigma(-x): the argument -x put for the parameter x once (it was put twice: -x, then x again)
        assertEquals(Verdict.PROVED, after(made.subList(0, 1), "sigma(-x)", "1 - sigma(x)").map(StepResult::verdict).orElse(null));
        assertEquals(Verdict.REFUTED, after(made.subList(0, 1), "sigma'(-x)", "-sigma'(x)").map(StepResult::verdict).orElse(null));
        assertEquals(Optional.empty(), after(List.of(new Definition("swish", List.of("x"), "x*sigmoid(b*x)")), "swish(x)", "x*sigmoid(b*x)"),
                "a table's function defined anew is the verifier's");
        List<Definition> doubling = new java.util.ArrayList<>(List.of(new Definition("x1", List.of(), "x0 + x0")));
        for (int i = 2; i <= 40; i++) {
            doubling.add(new Definition("x" + i, List.of(), "x" + (i - 1) + " + x" + (i - 1)));
        }
        assertEquals(Optional.empty(), after(doubling, "x40", "2^40*x0"), "2^40 terms are not built: the verifier says why");
        Claim defining = Claim.of("z", "w*x + b", List.of(), Set.of()).withNotation(Notation.EXPRESSION.after(made.subList(0, 2), true));
        assertEquals(Verdict.DEFINED, QuickCheck.decide(defining).map(StepResult::verdict).orElse(null));
    }

    private static Optional<StepResult> after(List<Definition> made, String lhs, String rhs) {
        return QuickCheck.decide(Claim.of(lhs, rhs, List.of(), Set.of()).withNotation(Notation.EXPRESSION.after(made, false)));
    }

    /** A LaTeX step's sides typeset in-process, so that a document whose steps need no Symja starts no worker. */
    @Test
    void typesetsTheSidesAsRead() {
        assertEquals(List.of("\\frac{\\partial}{\\partial z} \\frac{1}{1 + e^{-z}}", "\\frac{e^{-z}}{\\left(1 + e^{-z}\\right)^{2}}"),
                QuickCheck.tex(Claim.of("D((1 + E^(-z))^(-1), z)", "E^(-z)/(1 + E^(-z))^2")).orElseThrow());
        assertEquals(List.of("\\sigma\\left(x\\right)", "\\frac{1}{2} \\cdot \\left(1 + \\tanh\\left(\\frac{1}{2} \\cdot x\\right)\\right)"),
                QuickCheck.tex(Claim.of("sigma(x)", "(1 + Tanh(x/2))/2")).orElseThrow());
        assertEquals(Optional.empty(), QuickCheck.tex(Claim.of("Integrate(x, x)", "x^2/2")), "what it does not read, Symja typesets");
    }

    /** Names as Symja's relaxed mode reads them: one letter keeps its case, a longer name does not. */
    @Test
    void namesMeanWhatTheyMeanToSymja() {
        assertEquals(Verdict.PROVED, verdict("Alpha*2", "alpha + alpha"));
        assertEquals(Verdict.PROVED, verdict("Sigmoid(W1)", "sigmoid(w1)"));
        assertEquals(Verdict.REFUTED, verdict("X", "x"));
        assertEquals(Verdict.REFUTED, verdict("Log(e)", "1"), "e is a variable in the expression language");
        assertEquals(Verdict.REFUTED, verdict("i^2", "-1"), "so is i");
        StepResult lambda = decide("selulambda", "1").orElseThrow();
        assertEquals("at every point (both sides are constants): lhs = 1.05070098735548, rhs = 1 (exact)", lambda.message(),
                "a constant of the project, never a variable");
        assertEquals(Verdict.REFUTED, verdict("D(F(2*x), x)", "2*f'(2*x)"), "F and f are two functions");
        assertEquals(Optional.empty(), decide("N(x)", "x"), "a built-in of one letter");
    }

    @Test
    void readsPlainNotationAsTheVerifierDoesWithItsNotes() {
        Claim plain = Claim.of("e^-2x", "1/e^(2x)", List.of(), Set.of()).withNotation(Notation.plain(Set.of()));
        StepResult r = QuickCheck.decide(plain).orElseThrow();
        assertEquals(Verdict.PROVED, r.verdict());
        assertTrue(r.notes().contains("'e^-2x' is read as E^(-2*x), not E^(-2)*x"), r.notes().toString());
    }
}

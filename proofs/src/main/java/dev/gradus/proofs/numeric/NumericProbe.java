package dev.gradus.proofs.numeric;

import dev.gradus.autodiff.complex.Complex;
import dev.gradus.proofs.Deadline;
import dev.gradus.proofs.symja.SymjaEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Compares a claim's sides at points: the refutation of false claims and the cross-examination
 * of proofs. A screen in double evaluates both sides, compiled once, at a couple of thousand
 * {@link SamplePoints} (integers and half-integers first, then critical points, then random
 * rationals of every size) and proposes the points where they differ, where double cannot tell
 * (overflow, underflow), or where only one side is defined; {@link PreciseEvaluation} decides
 * each in exact or arbitrary precision, so nothing the screen says is ever a verdict. A side that
 * double cannot evaluate (an unknown function, an integral Symja left alone) is compared by
 * Symja alone, at fewer points.
 *
 * <p>The semantics: variables are real; a side is defined at a point when every step of it, as
 * written, is real and finite there (no even root, logarithm or non-integer power of a negative
 * number, no division by 0). A claim with I or complex variables, or with a side that is real
 * nowhere, compares principal complex values instead. A claim about derivatives is not compared
 * exactly at a kink, where the derivative does not exist.
 */
public final class NumericProbe {
    /** Agreeing points, confirmed in 30 digits, that PLAUSIBLE needs. */
    public static final int POINTS = 10;
    /** Points where the sides differ in double that Symja examines for a counterexample. */
    private static final int CANDIDATES = 12;
    /** Points where double could not tell (an overflow, say) that Symja examines: exact arithmetic there can be slow. */
    private static final int UNCERTAIN = 6;
    /** The most time Symja gets for one point: exact powers of large rationals can take seconds. */
    private static final long POINT_MILLIS = 300;
    /**
     * The time for the first point where the sides differ in double, where most false claims are
     * refuted: the domain and 30 and 50 digits of a quotient rule's sides, with arc tangents and
     * sines taken for its unknown functions, took Symja 0.8 to 1.6 s, far more than {@link #POINT_MILLIS}.
     */
    private static final long FIRST_CANDIDATE_MILLIS = 2000;
    /**
     * The most time all uncertain points get together. Only points with modest coordinates are
     * examined: there exact arithmetic is fast and a false claim fails as well as anywhere, while
     * Symja takes a tenth of a second per side at e^974.
     */
    private static final long UNCERTAIN_MILLIS = 300;
    /** The time for a quick look at one uncertain point: where it is not enough, exact arithmetic would take longer still. */
    private static final long UNCERTAIN_POINT_MILLIS = 120;
    private static final int SYMJA_ONLY_POINTS = 30;
    private static final double AGREE_IN_DOUBLE = 1e-9;

    /**
     * A claim as the probe sees it.
     *
     * @param lhs         the left side as written, its derivatives, limits and integrals done
     * @param rhs         the right side likewise
     * @param variables   the real symbols to sample (real and imaginary parts of complex variables included)
     * @param names       how each symbol is shown in a counterexample (x, Re(z), Im(z))
     * @param assumptions conditions every point must satisfy
     * @param complex     whether the claim is about complex values (it has I or complex variables)
     * @param derivative  whether it is about a derivative: its kinks are then left out
     */
    public record Sides(IExpr lhs, IExpr rhs, List<ISymbol> variables, Map<ISymbol, String> names, List<IExpr> assumptions,
                        boolean complex, boolean derivative) {}

    private final SymjaEngine engine;

    public NumericProbe(SymjaEngine engine) {
        this.engine = engine;
    }

    public NumericEvidence probe(Sides claim, Deadline deadline) {
        UnknownFunctions.Instance instance = UnknownFunctions.instantiate(claim, engine);
        if (instance.sides() == null) {
            return NumericEvidence.none("no points compared: " + instance.functions());
        }
        Sides sides = instance.sides();
        Run run = new Run(sides, sides.complex(), instance.functions(), deadline);
        if (!sides.complex() && run.realNowhere()) {
            run = new Run(sides, true, instance.functions(), deadline);
            return run.evidence("a side is real nowhere: its principal complex values were compared");
        }
        return run.evidence("");
    }

    /** Whether both sides, as written, are defined at the exact point, in the sense of this class. */
    public boolean bothDefined(Sides sides, IAST point, Deadline deadline) {
        PreciseEvaluation judge = new PreciseEvaluation(engine, sides.complex());
        return judge.defined(sides.lhs(), point, deadline) && judge.defined(sides.rhs(), point, deadline);
    }

    /** One pass over the points, in real or in complex values. */
    private final class Run {
        private final Sides sides;
        private final PreciseEvaluation judge;
        private final List<IExpr> kinks;
        private final List<SamplePoint> agreeing = new ArrayList<>();
        private final List<SamplePoint> differing = new ArrayList<>();
        private final List<SamplePoint> uncertain = new ArrayList<>();
        private final List<SamplePoint> oneSided = new ArrayList<>();
        private int lhsIn;
        private int rhsIn;
        private int lhsOut;
        private int rhsOut;
        private int compared;
        private int symjaAgreeing = -1;
        /**
         * Examined points where the sides may differ (they differ in double, or double could not
         * tell) that Symja did not settle in time: while there are any, no number of agreeing
         * points makes a claim PLAUSIBLE, since the agreeing ones may all lie where a false
         * claim happens to hold (on the line x + 2y + 2 = 0 for sin(x + 2y + 2) = 0, on x = y
         * for x + (x - y)(1 + 3^(-10^7 (x - y)^2)) = x, whose difference underflows in double).
         */
        private final List<SamplePoint> open = new ArrayList<>();
        private NumericEvidence.Counterexample counterexample;
        private NumericEvidence.DomainDifference domainDifference;
        private final boolean screened;
        private final boolean complex;
        /** The functions taken for unknown ones, said with every point ("" when there are none). */
        private final String functions;

        Run(Sides sides, boolean complex, String functions, Deadline deadline) {
            this.sides = sides;
            this.complex = complex;
            this.functions = functions;
            this.judge = new PreciseEvaluation(engine, complex);
            this.kinks = sides.derivative() ? both(CriticalPoints::kinks) : List.of();
            List<IExpr> atoms = both(CriticalPoints::singularities);
            atoms.addAll(both(CriticalPoints::kinks));
            List<SamplePoint> points = new SamplePoints(sides.variables(),
                    AssumedRanges.of(sides.assumptions(), sides.variables(), engine),
                    CriticalPoints.roots(engine, atoms, sides.variables(), deadline.fraction(10))).all();
            Optional<Screen> screen = Screen.compile(sides, kinks);
            screened = screen.isPresent();
            if (screened) {
                screen.get().run(points, complex, this);
                examine(deadline);
            } else {
                symjaOnly(points, deadline);
            }
        }

        private List<IExpr> both(java.util.function.Function<IExpr, List<IExpr>> atoms) {
            List<IExpr> all = new ArrayList<>(atoms.apply(sides.lhs()));
            all.addAll(atoms.apply(sides.rhs()));
            return all;
        }

        /** What the screen says of one point. */
        void screened(SamplePoint p, Screen.Verdict verdict) {
            compared++;
            switch (verdict) {
                case AGREE -> { lhsIn++; rhsIn++; agreeing.add(p); }
                case DIFFER -> { lhsIn++; rhsIn++; differing.add(p); }
                case UNCERTAIN -> {
                    if (p.modest()) {
                        uncertain.add(p);
                    }
                }
                case LEFT_ONLY -> { lhsIn++; rhsOut++; oneSided.add(p); }
                case RIGHT_ONLY -> { rhsIn++; lhsOut++; oneSided.add(p); }
                case NEITHER -> { lhsOut++; rhsOut++; }
            }
        }

        /**
         * The screen's proposals, decided by Symja: first the points where the sides seemed to
         * differ, then those double could not judge, then where one side seemed undefined.
         */
        private void examine(Deadline deadline) {
            int examined = Math.min(CANDIDATES, differing.size());
            for (int i = 0; i < examined && counterexample == null; i++) {
                SamplePoint p = differing.get(i);
                if (!excluded(p, deadline) && !settles(decide(p, deadline, i == 0 ? FIRST_CANDIDATE_MILLIS : POINT_MILLIS))) {
                    open.add(p);
                }
            }
            // Beyond the candidates, differences like those Symja showed to be rounding are presumed rounding too.
            // The simplest coordinates first, alternating with others: simple ones are decided fastest.
            uncertain.sort(Comparator.comparingInt(SamplePoint::size));
            List<SamplePoint> uncertainExamined = spread(uncertain, UNCERTAIN);
            Deadline uncertainTime = deadline.atMost(UNCERTAIN_MILLIS);
            for (int i = 0; i < uncertainExamined.size() && counterexample == null; i++) {
                SamplePoint p = uncertainExamined.get(i);
                if (!uncertainTime.leavesTimeForAnEvaluation()) {
                    open.add(p); // an uncertain point left undecided may be where the sides differ (an underflow hides any difference)
                    continue;
                }
                if (excluded(p, uncertainTime)) {
                    continue;
                }
                PreciseEvaluation.Outcome quick = judge.approximately(sides.lhs(), sides.rhs(), p.rules(sides.variables()),
                        uncertainTime.atMost(UNCERTAIN_POINT_MILLIS));
                if (quick == PreciseEvaluation.Outcome.DIFFER) {
                    quick = decide(p, uncertainTime);
                }
                if (!settles(quick)) {
                    open.add(p);
                }
            }
            for (int i = 0; i < Math.min(4, oneSided.size()) && counterexample == null && domainDifference == null; i++) {
                decide(oneSided.get(i), deadline);
            }
        }

        /** Whether Symja told what happens at a point: the sides agree, or where each is defined (UNDECIDED is time, or a point the claim says nothing of). */
        private static boolean settles(PreciseEvaluation.Outcome outcome) {
            return outcome != PreciseEvaluation.Outcome.UNDECIDED && outcome != PreciseEvaluation.Outcome.DIFFER;
        }

        private void symjaOnly(List<SamplePoint> points, Deadline deadline) {
            symjaAgreeing = 0;
            for (SamplePoint p : spread(points, SYMJA_ONLY_POINTS)) {
                if (counterexample != null || !deadline.leavesTimeForAnEvaluation()) {
                    break;
                }
                PreciseEvaluation.Outcome outcome = decide(p, deadline);
                compared++;
                switch (outcome) {
                    case AGREE -> { symjaAgreeing++; lhsIn++; rhsIn++; }
                    case LEFT_ONLY -> { lhsIn++; rhsOut++; }
                    case RIGHT_ONLY -> { rhsIn++; lhsOut++; }
                    case NEITHER -> { lhsOut++; rhsOut++; }
                    default -> { }
                }
            }
        }

        /** Symja's outcome at a point (UNDECIDED where the assumptions do not hold exactly or a derivative claim sits on a kink). */
        private PreciseEvaluation.Outcome decide(SamplePoint p, Deadline overall) {
            return decide(p, overall, POINT_MILLIS);
        }

        private PreciseEvaluation.Outcome decide(SamplePoint p, Deadline overall, long millis) {
            Deadline deadline = overall.atMost(millis);
            if (excluded(p, deadline)) {
                return PreciseEvaluation.Outcome.UNDECIDED;
            }
            IAST rules = p.rules(sides.variables());
            PreciseEvaluation.Comparison c = judge.compare(sides.lhs(), sides.rhs(), rules, deadline);
            switch (c.outcome()) {
                case DIFFER -> counterexample = new NumericEvidence.Counterexample(point(p), String.format(Locale.ROOT,
                        "at %s: lhs = %s, rhs = %s (%s)", describe(p), c.lhs(), c.rhs(),
                        c.exact() ? "exact" : "confirmed in 50 digits"), c.exact());
                case LEFT_ONLY, RIGHT_ONLY -> {
                    if (domainDifference == null) {
                        boolean left = c.outcome() == PreciseEvaluation.Outcome.LEFT_ONLY;
                        domainDifference = new NumericEvidence.DomainDifference(point(p), left, describe(p) + " is in the domain of the "
                                + (left ? "left" : "right") + "-hand side only: the " + (left ? "right" : "left") + "-hand side is undefined there"
                                + (complex ? "" : " (or not real)"));
                    }
                }
                default -> { }
            }
            return c.outcome();
        }

        /** Whether the claim says nothing at the point: an assumption does not hold exactly there, or a derivative claim sits on a kink. */
        private boolean excluded(SamplePoint p, Deadline deadline) {
            IAST rules = p.rules(sides.variables());
            return !holds(sides.assumptions(), rules, deadline) || onKink(rules, deadline);
        }

        private boolean holds(List<IExpr> conditions, IAST rules, Deadline deadline) {
            for (IExpr condition : conditions) {
                IExpr value = deadline.leavesTimeForAnEvaluation()
                        ? engine.eval(condition.replaceAll(rules).orElse(condition), deadline.remainingMillis()) : null;
                if (value == null || !value.isTrue()) {
                    return false;
                }
            }
            return true;
        }

        private boolean onKink(IAST rules, Deadline deadline) {
            for (IExpr kink : kinks) {
                IExpr value = deadline.leavesTimeForAnEvaluation()
                        ? engine.eval(kink.replaceAll(rules).orElse(kink), deadline.remainingMillis()) : null;
                if (value == null || value.isZero()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether one side was never real where it was decided, but undefined (or complex) there: its complex values are what it means. */
        boolean realNowhere() {
            return lhsIn == 0 && lhsOut > 0 || rhsIn == 0 && rhsOut > 0;
        }

        NumericEvidence evidence(String note) {
            java.util.function.Supplier<String> summary = () -> (screened ? compared + " points screened in double"
                    : compared + " points compared in Symja")
                    + (open.isEmpty() ? "" : ", with " + open.size() + " where the sides may differ that Symja did not settle in time")
                    + (functions.isEmpty() ? "" : " " + functions);
            List<String> notes = new ArrayList<>();
            if (domainDifference != null) {
                notes.add(domainDifference.explanation());
            }
            if (!note.isEmpty()) {
                notes.add(note);
            }
            return new NumericEvidence(counterexample, domainDifference, notes, summary, this::confirm);
        }

        private int confirm(int wanted, Deadline deadline, NumericEvidence evidence) {
            if (symjaAgreeing >= 0) {
                return symjaAgreeing;
            }
            // Points left open by the probe's share of the time are decided again with this time (more, after the cheap proofs)
            for (java.util.Iterator<SamplePoint> it = open.iterator(); it.hasNext() && counterexample == null
                    && deadline.leavesTimeForAnEvaluation(); ) {
                SamplePoint p = it.next();
                if (excluded(p, deadline) || settles(decide(p, deadline, FIRST_CANDIDATE_MILLIS))) {
                    it.remove();
                }
            }
            if (counterexample != null) {
                evidence.found(counterexample);
                return 0;
            }
            if (!open.isEmpty()) {
                return 0;
            }
            int agreed = 0;
            // All of them, not just the first that agree: a false claim may hold at the simplest points.
            for (SamplePoint p : spread(agreeing, 2 * wanted)) {
                if (!deadline.leavesTimeForAnEvaluation()) {
                    break;
                }
                PreciseEvaluation.Outcome outcome = decide(p, deadline);
                if (outcome == PreciseEvaluation.Outcome.AGREE) {
                    agreed++;
                } else if (counterexample != null) {
                    evidence.found(counterexample);
                    break;
                }
            }
            return agreed;
        }

        private Map<String, Double> point(SamplePoint p) {
            Map<String, Double> point = new LinkedHashMap<>();
            for (int i = 0; i < sides.variables().size(); i++) {
                point.put(name(i), p.values()[i]);
            }
            return point;
        }

        private String name(int i) {
            ISymbol v = sides.variables().get(i);
            return sides.names().getOrDefault(v, v.toString());
        }

        private String describe(SamplePoint p) {
            if (sides.variables().isEmpty()) {
                return "every point (both sides are constants)";
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < sides.variables().size(); i++) {
                parts.add(name(i) + " = " + decimal(p.exact().get(i)));
            }
            return String.join(", ", parts) + (functions.isEmpty() ? "" : " (" + functions + ")");
        }
    }

    /** A fraction as a decimal when it has a short one (-1.5, 0.347), else as a fraction (1/3). */
    static String decimal(BigFraction q) {
        try {
            BigDecimal d = new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()));
            return d.precision() <= 16 ? d.stripTrailingZeros().toPlainString() : q.getNumerator() + "/" + q.getDenominator();
        } catch (ArithmeticException nonTerminating) {
            return q.getNumerator() + "/" + q.getDenominator();
        }
    }

    /**
     * At most {@code count} of the points: the first ones (the simplest) alternating with points
     * taken evenly from the rest, so that a run cut short by time still has looked beyond the
     * simplest ones (where a false claim may happen to hold: |x - 3| + x - 3 = 0 for x <= 3).
     */
    private static List<SamplePoint> spread(List<SamplePoint> points, int count) {
        if (points.size() <= count) {
            return points;
        }
        int first = count / 2;
        int rest = points.size() - first;
        int wanted = count - first;
        List<SamplePoint> chosen = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            if (i < first) {
                chosen.add(points.get(i));
            }
            chosen.add(points.get(first + (int) ((long) i * rest / wanted)));
        }
        return chosen;
    }

    /** The double screen of one claim: both sides, its assumptions and (for derivative claims) its kinks, compiled once. */
    private static final class Screen {
        enum Verdict { AGREE, DIFFER, UNCERTAIN, LEFT_ONLY, RIGHT_ONLY, NEITHER }

        private final MachineExpression lhs;
        private final MachineExpression rhs;
        private final List<MachineExpression> assumptions;
        private final List<MachineExpression> kinks;
        private final MachineContext left = new MachineContext();
        private final MachineContext right = new MachineContext();
        private final MachineContext other = new MachineContext();

        private Screen(MachineExpression lhs, MachineExpression rhs, List<MachineExpression> assumptions, List<MachineExpression> kinks) {
            this.lhs = lhs;
            this.rhs = rhs;
            this.assumptions = assumptions;
            this.kinks = kinks;
        }

        static Optional<Screen> compile(Sides sides, List<IExpr> kinkAtoms) {
            Optional<MachineExpression> l = MachineExpression.compile(sides.lhs(), sides.variables());
            Optional<MachineExpression> r = MachineExpression.compile(sides.rhs(), sides.variables());
            List<MachineExpression> assumptions = new ArrayList<>();
            for (IExpr a : sides.assumptions()) {
                Optional<MachineExpression> c = MachineExpression.compile(F.Boole(a), sides.variables());
                if (c.isEmpty()) {
                    return Optional.empty();
                }
                assumptions.add(c.get());
            }
            List<MachineExpression> kinks = new ArrayList<>();
            for (IExpr k : kinkAtoms) {
                MachineExpression.compile(k, sides.variables()).ifPresent(kinks::add);
            }
            return l.isPresent() && r.isPresent() ? Optional.of(new Screen(l.get(), r.get(), assumptions, kinks)) : Optional.empty();
        }

        void run(List<SamplePoint> points, boolean complex, Run into) {
            for (SamplePoint p : points) {
                double[] x = p.values();
                if (!allowed(x)) {
                    continue;
                }
                into.screened(p, complex ? complexVerdict(x) : realVerdict(x));
            }
        }

        /** The assumptions hold clearly, and a derivative claim is not on a kink. */
        private boolean allowed(double[] x) {
            for (MachineExpression a : assumptions) {
                other.reset();
                if (a.real(x, other) != 1 || other.flags != 0) {
                    return false;
                }
            }
            for (MachineExpression k : kinks) {
                other.reset();
                double v = k.real(x, other);
                if (!(Math.abs(v) > 1e-9 * Math.max(1, other.scale))) {
                    return false;
                }
            }
            return true;
        }

        private Verdict realVerdict(double[] x) {
            left.reset();
            right.reset();
            double l = lhs.real(x, left);
            double r = rhs.real(x, right);
            Verdict domains = domains();
            if (domains != null) {
                return domains;
            }
            double tolerance = AGREE_IN_DOUBLE * Math.max(Math.max(Math.abs(l), Math.abs(r)), Math.max(left.scale, right.scale));
            return Math.abs(l - r) <= tolerance ? Verdict.AGREE : Verdict.DIFFER;
        }

        private Verdict complexVerdict(double[] x) {
            left.reset();
            right.reset();
            Complex l = lhs.complex(x, left);
            Complex r = rhs.complex(x, right);
            if (!isFinite(l)) {
                left.flags |= MachineContext.POLE;
            }
            if (!isFinite(r)) {
                right.flags |= MachineContext.POLE;
            }
            Verdict domains = domains();
            if (domains != null) {
                return domains;
            }
            double tolerance = AGREE_IN_DOUBLE * Math.max(Math.max(l.abs(), r.abs()), Math.max(left.scale, right.scale));
            return l.minus(r).abs() <= tolerance ? Verdict.AGREE : Verdict.DIFFER;
        }

        /** The verdict the flags alone give, or null when both sides have trustworthy values to compare. */
        private Verdict domains() {
            int doubtful = MachineContext.IMPRECISE | MachineContext.UNSUPPORTED;
            if ((left.flags & doubtful) != 0 || (right.flags & doubtful) != 0) {
                return Verdict.UNCERTAIN;
            }
            boolean l = left.flags == 0;
            boolean r = right.flags == 0;
            if (l && r) {
                return null;
            }
            return l ? Verdict.LEFT_ONLY : r ? Verdict.RIGHT_ONLY : Verdict.NEITHER;
        }

        private static boolean isFinite(Complex z) {
            return Double.isFinite(z.re()) && Double.isFinite(z.im());
        }
    }
}

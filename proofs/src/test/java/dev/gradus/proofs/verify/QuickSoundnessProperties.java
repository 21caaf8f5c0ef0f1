package dev.gradus.proofs.verify;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradus.proofs.Claim;
import dev.gradus.proofs.StepResult;
import dev.gradus.proofs.Verdict;
import dev.gradus.proofs.quick.QuickCheck;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The soundness campaign of {@link SoundnessProperties}, for the in-process checker: on the same
 * generated claims, true by construction or false by a student's mistake (witnessed false in
 * double), {@link QuickCheck} never refutes a true claim and never proves a false one. It needs no
 * Symja, so it runs three times the claims; what it leaves undecided goes to the verifier.
 */
class QuickSoundnessProperties {
    private final SoundnessProperties generators = new SoundnessProperties();

    @Provide
    Arbitrary<SoundnessProperties.Generated> trueClaims() {
        return generators.trueClaims();
    }

    @Provide
    Arbitrary<SoundnessProperties.Generated> falseClaims() {
        return generators.falseClaims();
    }

    @Property(tries = 3_000, seed = "19")
    void trueClaimsAreNeverRefuted(@ForAll("trueClaims") SoundnessProperties.Generated claim) {
        Optional<StepResult> r = QuickCheck.decide(Claim.of(claim.lhs(), claim.rhs(), List.of(), Set.of()));
        Statistics.label("true claims").collect(r.map(StepResult::verdict).map(Verdict::name).orElse("left to Symja"));
        r.ifPresent(result -> assertNotEquals(Verdict.REFUTED, result.verdict(), () -> claim + " is true, but: " + result.message()));
    }

    @Property(tries = 3_000, seed = "19")
    void falseClaimsAreNeverProved(@ForAll("falseClaims") SoundnessProperties.Generated claim) {
        Assume.that(SoundnessProperties.witnessedFalse(claim));
        Optional<StepResult> r = QuickCheck.decide(Claim.of(claim.lhs(), claim.rhs(), List.of(), Set.of()));
        Statistics.label("false claims").collect(r.map(StepResult::verdict).map(Verdict::name).orElse("left to Symja"));
        r.ifPresent(result -> assertTrue(result.verdict() == Verdict.REFUTED,
                () -> claim + " is false, but " + result.verdict() + " by " + result.method()));
    }
}

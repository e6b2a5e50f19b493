package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every screening rule of issue 4 and the words each decision is explained in. */
class RedFlagScreeningTest {

    private static ScreeningAnswers answers(boolean trauma, boolean weightLoss, boolean neuro, boolean bleeding,
            boolean pregnant, LocalContraindication... local) {
        return new ScreeningAnswers(trauma, weightLoss, neuro, bleeding, pregnant, List.of(local));
    }

    private static ScreeningAnswers only(RedFlag flag) {
        return answers(flag == RedFlag.RECENT_TRAUMA, flag == RedFlag.UNEXPLAINED_WEIGHT_LOSS_FEVER_NIGHT_PAIN,
                flag == RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT, false, false);
    }

    @Test
    void nothingOfConcernAllowsTreatmentAndSaysSoPlainly() {
        ScreeningDecision decision = RedFlagScreening.screen(ScreeningAnswers.none());

        assertTrue(decision.treatmentAllowed());
        assertEquals(List.of(), decision.referralReasons());
        assertEquals(Set.of(), decision.blockedRegionSet());
        assertEquals(List.of(), decision.precautions());
        assertEquals(List.of("Nothing in your answers stops hands-on treatment."), decision.explanation());
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void eachRedFlagRefersBeforeAnyManualTherapy(RedFlag flag) {
        ScreeningDecision decision = RedFlagScreening.screen(only(flag));

        assertFalse(decision.treatmentAllowed());
        assertEquals(List.of(flag.patientWords()), decision.referralReasons());
        assertEquals(List.of(flag.name()), decision.referralCodes());
        assertTrue(decision.explanation().get(0).startsWith("Hands-on treatment is on hold until a doctor has checked"),
                decision.explanation().toString());
        assertTrue(decision.explanation().contains(flag.patientWords()));
    }

    @Test
    void recentTraumaIsExplainedAsARiskOfFracture() {
        String reason = RedFlagScreening.screen(only(RedFlag.RECENT_TRAUMA)).referralReasons().get(0);

        assertTrue(reason.contains("fall, a collision or a possible broken bone"), reason);
        assertTrue(reason.contains("A doctor should check it before any hands-on treatment"), reason);
    }

    @Test
    void weightLossFeverOrNightPainIsExplainedAsPossiblyNotMuscular() {
        String reason = RedFlagScreening.screen(only(RedFlag.UNEXPLAINED_WEIGHT_LOSS_FEVER_NIGHT_PAIN))
                .referralReasons().get(0);

        assertTrue(reason.contains("weight loss you cannot explain, a fever, or pain at night"), reason);
        assertTrue(reason.contains("does not come from muscles or tendons"), reason);
    }

    @Test
    void bowelOrBladderChangeIsExplainedWithItsUrgency() {
        String reason = RedFlagScreening.screen(only(RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT))
                .referralReasons().get(0);

        assertTrue(reason.contains("weakness or numbness that is getting worse"), reason);
        assertTrue(reason.contains("New bowel or bladder changes need a doctor the same day."), reason);
    }

    @Test
    void severalRedFlagsAreEachGivenAsAReasonInTheirOrder() {
        ScreeningDecision decision = RedFlagScreening.screen(answers(true, true, true, false, false));

        assertEquals(List.of("RECENT_TRAUMA", "UNEXPLAINED_WEIGHT_LOSS_FEVER_NIGHT_PAIN",
                "PROGRESSIVE_NEUROLOGICAL_DEFICIT"), decision.referralCodes());
        assertEquals(3, decision.referralReasons().size());
    }

    @ParameterizedTest
    @EnumSource(ContraindicationReason.class)
    void aLocalContraindicationBlocksThatRegionOnly(ContraindicationReason reason) {
        ScreeningDecision decision = RedFlagScreening.screen(answers(false, false, false, false, false,
                new LocalContraindication(BodyRegion.LOW_BACK, reason)));

        assertTrue(decision.treatmentAllowed());
        assertEquals(Set.of(BodyRegion.LOW_BACK), decision.blockedRegionSet());
        assertTrue(decision.isRegionBlocked(BodyRegion.LOW_BACK));
        assertFalse(decision.isRegionBlocked(BodyRegion.NECK));
        assertEquals("We will not treat your low back for now because of " + reason.words()
                + " there. Other areas can still be treated.", decision.blockedRegions().get(BodyRegion.LOW_BACK));
        assertEquals("Do not treat the low back: " + reason.words() + ".",
                decision.blockedRegionNote(BodyRegion.LOW_BACK));
        assertEquals("Hands-on treatment can go ahead, except on your low back.", decision.explanation().get(0));
    }

    @Test
    void twoReasonsAtOneRegionAreNamedTogetherAndRegionsKeepTheirOrder() {
        ScreeningDecision decision = RedFlagScreening.screen(answers(false, false, false, false, false,
                new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.UNHEALED_SURGICAL_SITE),
                new LocalContraindication(BodyRegion.WRIST_HAND, ContraindicationReason.OPEN_WOUND),
                new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.ACTIVE_INFECTION),
                new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.ACTIVE_INFECTION)));

        assertEquals(List.of(BodyRegion.WRIST_HAND, BodyRegion.KNEE), List.copyOf(decision.blockedRegionSet()));
        assertEquals("Do not treat the knee: a surgical site that has not healed yet and an active infection.",
                decision.blockedRegionNote(BodyRegion.KNEE));
        assertEquals("Hands-on treatment can go ahead, except on your wrist and hand and your knee.",
                decision.explanation().get(0));
    }

    @Test
    void bleedingRiskIsAPrecautionWithItsCodeAndWords() {
        ScreeningDecision decision = RedFlagScreening.screen(answers(false, false, false, true, false));

        assertTrue(decision.treatmentAllowed());
        DecisionLine precaution = decision.precautions().get(0);
        assertEquals("BLEEDING_RISK", precaution.getCode());
        assertEquals("Bleeding disorder or blood thinners: reduce pressure and watch for bruising.",
                precaution.getPractitionerText());
        assertEquals("Hands-on treatment can go ahead, with the care described below.", decision.explanation().get(0));
        assertTrue(decision.explanation().contains(Precaution.BLEEDING_RISK.patientWords()));
    }

    @Test
    void pregnancyIsAPrecautionAboutPositioningAndTheAbdomenPelvisAndLowBack() {
        ScreeningDecision decision = RedFlagScreening.screen(answers(false, false, false, false, true));

        assertTrue(decision.treatmentAllowed());
        assertEquals(Set.of(), decision.blockedRegionSet());
        DecisionLine precaution = decision.precautions().get(0);
        assertEquals("PREGNANCY", precaution.getCode());
        assertEquals("Pregnancy: use modified positioning; take care around the abdomen, pelvis and low back.",
                precaution.getPractitionerText());
    }

    @Test
    void aReferralDoesNotHidePrecautionsOrBlockedRegions() {
        ScreeningDecision decision = RedFlagScreening.screen(answers(true, false, false, true, true,
                new LocalContraindication(BodyRegion.SHOULDER, ContraindicationReason.OPEN_WOUND)));

        assertFalse(decision.treatmentAllowed());
        assertEquals(List.of("BLEEDING_RISK", "PREGNANCY"),
                decision.precautions().stream().map(DecisionLine::getCode).toList());
        assertEquals(Set.of(BodyRegion.SHOULDER), decision.blockedRegionSet());
        assertEquals(5, decision.explanation().size(), "summary, referral, blocked region, two precautions");
    }
}

package org.artclinic.clinic.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.artclinic.clinic.billing.DistinctServiceRule.Decision;
import org.artclinic.clinic.charting.SpinalRegion;
import org.artclinic.clinic.intake.BodyRegion;
import org.junit.jupiter.api.Test;

class DistinctServiceRuleTest {

    @Test
    void manualTherapyOfTheShoulderBesideCervicalManipulationCarriesXs() {
        Decision decision = DistinctServiceRule.decide("97140", Set.of(BodyRegion.SHOULDER),
                Set.of(SpinalRegion.CERVICAL, SpinalRegion.THORACIC), true).orElseThrow();
        assertEquals(Optional.of("XS"), decision.modifier());
        assertFalse(decision.warning());
        assertTrue(decision.reason().contains("shoulder") && decision.reason().contains("neck"), decision.reason());
    }

    @Test
    void aPayerWithoutTheXModifiersGets59() {
        assertEquals(Optional.of("59"), DistinctServiceRule.decide("97530", Set.of(BodyRegion.HIP),
                Set.of(SpinalRegion.CERVICAL), false).orElseThrow().modifier());
    }

    @Test
    void theSameRegionGetsAWarningAndNoModifier() {
        // the pelvis is manipulated as part of the low back: low-back soft-tissue work is no separate site
        Decision decision = DistinctServiceRule.decide("97140", Set.of(BodyRegion.LOW_BACK, BodyRegion.HIP),
                Set.of(SpinalRegion.PELVIC), true).orElseThrow();
        assertEquals(Optional.empty(), decision.modifier());
        assertTrue(decision.warning());
        assertTrue(decision.reason().contains("low back"), decision.reason());
        assertTrue(DistinctServiceRule.decide("97112", Set.of(), Set.of(SpinalRegion.LUMBAR), true).orElseThrow()
                .warning(), "no region named: nothing shows a separate site");
    }

    @Test
    void theRuleLeavesOtherCodesAndDaysWithoutManipulationAlone() {
        assertTrue(DistinctServiceRule.decide("97110", Set.of(BodyRegion.NECK), Set.of(SpinalRegion.CERVICAL), true)
                .isEmpty(), "therapeutic exercise is not in the pair");
        assertTrue(DistinctServiceRule.decide("97140", Set.of(BodyRegion.NECK), Set.of(), true).isEmpty(),
                "no manipulation that day");
    }
}

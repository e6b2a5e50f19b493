package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The intake form hands the domain exactly what was typed: an unanswered screening question stays
 * unanswered (the page's required radios are not the only guard), and a refused row keeps its
 * message beside it.
 */
class IntakeFormTest {

    /** A form with a complaint and a region, every screening question answered "no". */
    private static IntakeForm answered() {
        IntakeForm form = new IntakeForm();
        form.setChiefComplaint("Tight calves after hill repeats");
        form.getRegions().get(0).setRegion(BodyRegion.ANKLE_FOOT);
        form.setRecentTrauma(false);
        form.setWeightLossFeverNightPain(false);
        form.setProgressiveNeurologicalDeficit(false);
        form.setBleedingRisk(false);
        form.setPregnancy(false);
        form.setLocalContraindicationsPresent(false);
        return form;
    }

    @Test
    void everyQuestionAnsweredNoIsNothingOfConcern() {
        assertEquals(ScreeningAnswers.none(), answered().entered().screening());
    }

    @Test
    void eachUnansweredQuestionIsRefusedByNameNeverTakenAsNo() {
        List<Consumer<IntakeForm>> leaveOpen = List.of(f -> f.setRecentTrauma(null),
                f -> f.setWeightLossFeverNightPain(null), f -> f.setProgressiveNeurologicalDeficit(null),
                f -> f.setBleedingRisk(null), f -> f.setPregnancy(null), f -> f.setLocalContraindicationsPresent(null));
        List<String> named = List.of("recent trauma", "unexplained weight loss", "progressive weakness",
                "a bleeding disorder or blood thinners", "pregnancy", "an active infection, open wound");

        for (int i = 0; i < leaveOpen.size(); i++) {
            IntakeForm form = answered();
            leaveOpen.get(i).accept(form);

            DomainException refused = assertThrows(DomainException.class, form::entered);

            assertTrue(refused.getMessage().startsWith("Answer yes or no to every screening question"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains(named.get(i)), named.get(i) + " in " + refused.getMessage());
        }
    }

    @Test
    void theLocalRowsCountOnlyAfterYes() {
        IntakeForm form = answered();
        form.setLocalContraindicationsPresent(true);
        form.localAnswerChanged();
        IntakeForm.LocalRow row = form.getLocals().get(0);
        row.setRegion(BodyRegion.SHOULDER);
        row.setReason(ContraindicationReason.OPEN_WOUND);

        assertEquals(List.of(new LocalContraindication(BodyRegion.SHOULDER, ContraindicationReason.OPEN_WOUND)),
                form.entered().screening().localContraindications());

        form.setLocalContraindicationsPresent(false);
        form.localAnswerChanged();
        assertTrue(form.getLocals().isEmpty(), "no: the rows go");
        assertTrue(form.entered().screening().localContraindications().isEmpty());
    }

    @Test
    void aRefusedRowKeepsItsMessageAndNothingIsHandedOn() {
        IntakeForm form = answered();
        form.addRangeOfMotion();
        IntakeForm.RomRow rom = form.getRangeOfMotion().get(0);
        rom.setMovement(RomMovement.KNEE_FLEXION);
        rom.setSide(Side.LEFT);

        assertThrows(IntakeForm.RowsNeedAttention.class, form::entered);
        assertEquals("Enter the degrees measured for " + RomMovement.KNEE_FLEXION.label() + ".", rom.getError());
        assertNull(form.getRegions().get(0).getError(), "the good row has no message");

        rom.setDegrees(120);
        assertEquals(120, form.entered().details().rangeOfMotion().get(0).getDegrees());
        assertNull(rom.getError(), "the message goes once the row is right");
    }
}

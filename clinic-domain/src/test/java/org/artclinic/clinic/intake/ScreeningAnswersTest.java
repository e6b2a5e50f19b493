package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.artclinic.clinic.common.DomainException;
import org.junit.jupiter.api.Test;

/** A screening question left open is refused, never read as "no" (issue 4: the safe path). */
class ScreeningAnswersTest {

    private static final List<LocalContraindication> KNEE_WOUND =
            List.of(new LocalContraindication(BodyRegion.KNEE, ContraindicationReason.OPEN_WOUND));

    @Test
    void aSkippedScreeningIsRefusedNamingEveryOpenQuestion() {
        DomainException refused = assertThrows(DomainException.class,
                () -> ScreeningAnswers.answered(null, null, null, null, null, null, null));

        assertEquals("Answer yes or no to every screening question before saving; not answered: "
                + "recent trauma (a fall, a collision or a suspected fracture); "
                + "unexplained weight loss, fever or night pain; "
                + "progressive weakness, numbness, or bowel/bladder changes; "
                + "a bleeding disorder or blood thinners; pregnancy; "
                + "an active infection, open wound or unhealed surgical site near a region.", refused.getMessage());
    }

    @Test
    void oneOpenRedFlagAmongNoesIsStillRefusedAndNamedAlone() {
        DomainException refused = assertThrows(DomainException.class,
                () -> ScreeningAnswers.answered(false, null, false, false, false, false, List.of()));

        assertEquals("Answer yes or no to every screening question before saving; not answered: "
                + "unexplained weight loss, fever or night pain.", refused.getMessage());
    }

    @Test
    void explicitNoesAreNothingOfConcern() {
        ScreeningAnswers answers = ScreeningAnswers.answered(false, false, false, false, false, false, null);

        assertEquals(ScreeningAnswers.none(), answers);
    }

    @Test
    void explicitYesesCarryTheirFlagsPrecautionsAndRegion() {
        ScreeningAnswers answers = ScreeningAnswers.answered(true, false, true, true, false, true, KNEE_WOUND);

        assertEquals(Set.of(RedFlag.RECENT_TRAUMA, RedFlag.PROGRESSIVE_NEUROLOGICAL_DEFICIT), answers.redFlags());
        assertEquals(Set.of(Precaution.BLEEDING_RISK), answers.precautions());
        assertEquals(KNEE_WOUND, answers.localContraindications());
    }

    @Test
    void anEmptyListAnswersTheLocalQuestionWithNoAndAListWithYes() {
        assertTrue(ScreeningAnswers.answered(false, false, false, false, false, null, List.of())
                .localContraindications().isEmpty());
        assertEquals(KNEE_WOUND, ScreeningAnswers.answered(false, false, false, false, false, null, KNEE_WOUND)
                .localContraindications());
    }

    @Test
    void yesToALocalContraindicationNeedsTheRegionAndNoMustNotListOne() {
        DomainException yesWithoutRegion = assertThrows(DomainException.class,
                () -> ScreeningAnswers.answered(false, false, false, false, false, true, List.of()));
        assertTrue(yesWithoutRegion.getMessage().contains("name the region and the reason"),
                yesWithoutRegion.getMessage());

        DomainException noWithRegion = assertThrows(DomainException.class,
                () -> ScreeningAnswers.answered(false, false, false, false, false, false, KNEE_WOUND));
        assertTrue(noWithRegion.getMessage().contains("change the answer to yes or remove the region"),
                noWithRegion.getMessage());
    }
}

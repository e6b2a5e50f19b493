package org.artclinic.clinic.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.Sex;
import org.junit.jupiter.api.Test;

class OutcomeMeasureTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T15:00:00Z");

    private final Patient patient = new Patient("P1", PatientDetails.basic("Ana", "Ruiz", LocalDate.of(1980, 5, 17),
            Sex.FEMALE, null, null), LocalDate.of(2026, 3, 2));

    @Test
    void keepsEveryAnswerInItsPlaceIncludingTheUnansweredOne() {
        List<Integer> answers = Arrays.asList(2, 1, 2, 2, 2, 2, 1, null, 2, 2);
        OutcomeMeasure odi = new OutcomeMeasure(patient, Instrument.ODI, answers, MONDAY, "practitioner");
        assertEquals(answers, odi.answers());
        assertEquals(new BigDecimal("35.6"), odi.getScore());
        assertTrue(odi.isScored());
        assertEquals("practitioner", odi.getAdministeredBy());
    }

    @Test
    void anUnscorableAdministrationIsKeptWithItsReason() {
        OutcomeMeasure lefs = new OutcomeMeasure(patient, Instrument.LEFS, Arrays.asList(new Integer[20]), MONDAY, "practitioner");
        assertFalse(lefs.isScored());
        assertNull(lefs.getScore());
        assertTrue(lefs.getUnscorableReason().startsWith("Items 1, 2, 3"), lefs.getUnscorableReason());
        assertNull(lefs.changeSince(lefs));
    }

    @Test
    void outOfRangeAnswersAreNotRecorded() {
        assertThrows(InvalidAnswers.class, () -> new OutcomeMeasure(patient, Instrument.NPRS, List.of(12), MONDAY, "x"));
    }

    @Test
    void theChangeSinceAnEarlierAdministrationIsFlagged() {
        OutcomeMeasure before = new OutcomeMeasure(patient, Instrument.NPRS, List.of(7), MONDAY, "practitioner");
        OutcomeMeasure after = new OutcomeMeasure(patient, Instrument.NPRS, List.of(4), MONDAY.plusSeconds(86400 * 7),
                "practitioner");
        assertEquals(ChangeFlag.IMPROVED, after.changeSince(before).flag());
        assertEquals(new BigDecimal("-3"), after.changeSince(before).difference());
        OutcomeMeasure neck = new OutcomeMeasure(patient, Instrument.NDI, List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), MONDAY,
                "practitioner");
        assertThrows(IllegalArgumentException.class, () -> neck.changeSince(before));
    }

    @Test
    void theTimeIsKeptToTheMicrosecondAsTheDatabaseStoresIt() {
        Instant withNanos = MONDAY.plusNanos(123_456_789);
        OutcomeMeasure pain = new OutcomeMeasure(patient, Instrument.NPRS, List.of(3), withNanos, "practitioner");
        assertEquals(MONDAY.plusNanos(123_456_000), pain.getAdministeredAt());
    }
}

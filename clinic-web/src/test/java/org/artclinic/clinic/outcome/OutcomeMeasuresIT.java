package org.artclinic.clinic.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsManager;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recording outcome measures and reading the history through the real service and database. */
@ExtendWith(ArquillianExtension.class)
class OutcomeMeasuresIT {

    @EJB
    private OutcomeService outcomes;

    @EJB
    private AsPractitioner asPractitioner;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsManager asManager;

    @Inject
    private ClinicFixture clinic;

    @Test
    void recordingStoresEveryItemAnswerAndTheScore() throws Exception {
        Patient patient = clinic.patient("Nora", "Outcome");
        List<Integer> answers = Arrays.asList(3, 2, 1, 0, 4, 2, 1, 3, null, 4);
        OutcomeEntry recorded = asPractitioner.call(() -> outcomes.record(patient.getId(), Instrument.NDI, answers, null));
        // 20 / (5 x 9 answered) x 100 = 44.4 %
        assertEquals(new BigDecimal("44.4"), recorded.measure().getScore());

        List<OutcomeEntry> history = asPractitioner.call(() -> outcomes.history(patient.getId(), Instrument.NDI, 0, 10));
        assertEquals(1, history.size());
        OutcomeMeasure stored = history.get(0).measure();
        assertEquals(answers, stored.answers(), "each item's answer read back from the database, item 9 unanswered");
        assertEquals(new BigDecimal("44.4"), stored.getScore());
        assertFalse(stored.getAdministeredBy().isBlank());
        assertNull(history.get(0).sincePrevious(), "nothing earlier to compare with");
        assertEquals(1, asPractitioner.call(() -> outcomes.count(patient.getId(), null)));
    }

    @Test
    void answersThatCannotBeScoredAreKeptWithTheReasonInsteadOfAScore() throws Exception {
        Patient patient = clinic.patient("Omar", "Outcome");
        asPractitioner.call(() -> outcomes.record(patient.getId(), Instrument.QUICKDASH,
                Arrays.asList(2, 3, 1, null, 2, 3, 2, 1, null, 2, 3), null));

        OutcomeMeasure stored = asPractitioner.call(() -> outcomes.latest(patient.getId(), Instrument.QUICKDASH))
                .orElseThrow().measure();
        assertNull(stored.getScore());
        assertTrue(stored.getUnscorableReason().startsWith("Items 4 and 9 (Washing your back; Arm, shoulder or hand "
                + "pain) are unanswered"), stored.getUnscorableReason());
        assertEquals(Arrays.asList(2, 3, 1, null, 2, 3, 2, 1, null, 2, 3), stored.answers());
    }

    @Test
    void anAnswerOutOfRangeIsRefusedAndNothingIsStored() throws Exception {
        Patient patient = clinic.patient("Pia", "Outcome");
        InvalidAnswers refused = assertThrows(InvalidAnswers.class, () -> asPractitioner.call(() -> outcomes.record(
                patient.getId(), Instrument.LEFS, Collections.nCopies(20, 5), null)));
        assertEquals(20, refused.problems().size(), "every item named");
        assertThrows(InvalidAnswers.class, () -> asPractitioner.call(() -> outcomes.record(
                patient.getId(), Instrument.NPRS, List.of(3, 4), null)));
        assertEquals(0, asPractitioner.call(() -> outcomes.count(patient.getId(), null)));
    }

    @Test
    void changeIsFlaggedAgainstTheMcidSinceThePreviousAndTheFirstScoredAdministration() throws Exception {
        Patient patient = clinic.patient("Quinn", "Outcome");
        Instant start = Instant.now().minus(Duration.ofDays(21)).truncatedTo(ChronoUnit.SECONDS);
        record(patient, lefs(40), start);
        record(patient, lefs(45), start.plus(Duration.ofDays(7)));
        List<Integer> incomplete = new ArrayList<>(lefs(60));
        incomplete.set(16, null);
        record(patient, incomplete, start.plus(Duration.ofDays(10)));
        record(patient, lefs(52), start.plus(Duration.ofDays(14)));

        List<OutcomeEntry> history = asPractitioner.call(() -> outcomes.history(patient.getId(), Instrument.LEFS, 0, 10));
        assertEquals(List.of("52", "-", "45", "40"), history.stream()
                .map(e -> e.measure().isScored() ? e.measure().getScore().toPlainString() : "-").toList());
        OutcomeEntry latest = history.get(0);
        // 45 -> 52 is +7, under the LEFS MCID of 9; the unscorable one in between is skipped
        assertEquals(ChangeFlag.NO_IMPORTANT_CHANGE, latest.sincePrevious().flag());
        assertEquals(new BigDecimal("7"), latest.sincePrevious().difference());
        // 40 -> 52 is +12: clinically important
        assertEquals(ChangeFlag.IMPROVED, latest.sinceBaseline().flag());
        assertNull(history.get(1).sincePrevious(), "no score, no change");
        assertNull(history.get(3).sinceBaseline(), "the baseline itself");

        // paging one at a time still compares with the administration on the next page
        OutcomeEntry second = asPractitioner.call(() -> outcomes.history(patient.getId(), Instrument.LEFS, 2, 1)).get(0);
        assertEquals(new BigDecimal("45"), second.measure().getScore());
        assertEquals(new BigDecimal("5"), second.sincePrevious().difference());
        assertEquals(4, asPractitioner.call(() -> outcomes.count(patient.getId(), Instrument.LEFS)));
        assertEquals(latest.measure().getId(),
                asPractitioner.call(() -> outcomes.latest(patient.getId(), Instrument.LEFS)).orElseThrow().measure().getId());
    }

    @Test
    void theFrontDeskMayRecordButOnlyPractitionersReadTheHistory() throws Exception {
        Patient patient = clinic.patient("Rosa", "Outcome");
        asPractitioner.call(() -> outcomes.record(patient.getId(), Instrument.NPRS, List.of(9),
                Instant.now().minusSeconds(3600)));
        OutcomeEntry recorded = asFrontDesk.call(() -> outcomes.record(patient.getId(), Instrument.NPRS, List.of(6), null));
        assertEquals(new BigDecimal("6"), recorded.measure().getScore());
        assertNull(recorded.sincePrevious(), "the change since the last rating is clinical, not for the front desk");
        assertNull(recorded.sinceBaseline());
        assertThrows(EJBAccessException.class,
                () -> asFrontDesk.call(() -> outcomes.history(patient.getId(), null, 0, 10)));
        assertThrows(EJBAccessException.class,
                () -> asManager.call(() -> outcomes.record(patient.getId(), Instrument.NPRS, List.of(6), null)));
        assertEquals(2, asPractitioner.call(() -> outcomes.history(patient.getId(), null, 0, 10)).size());
    }

    private void record(Patient patient, List<Integer> answers, Instant at) throws Exception {
        asPractitioner.call(() -> outcomes.record(patient.getId(), Instrument.LEFS, answers, at));
    }

    /** Twenty LEFS answers adding up to {@code total} (items of 2, then 3s and 4s). */
    private static List<Integer> lefs(int total) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(20, 2));
        int missing = total - 40;
        for (int i = 0; missing > 0; i = (i + 1) % 20) {
            if (answers.get(i) < 4) {
                answers.set(i, answers.get(i) + 1);
                missing--;
            }
        }
        return answers;
    }
}

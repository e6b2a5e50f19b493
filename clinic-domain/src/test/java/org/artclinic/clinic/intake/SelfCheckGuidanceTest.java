package org.artclinic.clinic.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The self-check's guidance: "several" is three or more, and it is never a diagnosis. */
class SelfCheckGuidanceTest {

    private static Map<SelfCheckStatement, Boolean> yesToFirst(int count) {
        Map<SelfCheckStatement, Boolean> answers = new EnumMap<>(SelfCheckStatement.class);
        for (SelfCheckStatement statement : SelfCheckStatement.values()) {
            answers.put(statement, statement.ordinal() < count);
        }
        return answers;
    }

    @ParameterizedTest
    @CsvSource({"0, false", "1, false", "2, false", "3, true", "4, true", "6, true"})
    void threeOrMoreStatementsCountAsSeveral(int yes, boolean several) {
        String guidance = SelfCheckGuidance.guidance(yesToFirst(yes));

        assertEquals(yes, SelfCheckGuidance.applying(yesToFirst(yes)));
        assertEquals(several, guidance.startsWith("Several of these apply to you: ART may be worth discussing "
                + "with your practitioner as part of a bigger plan"), guidance);
        assertTrue(guidance.endsWith(SelfCheckGuidance.NOT_A_DIAGNOSIS), guidance);
        assertTrue(guidance.contains("not a diagnosis"), guidance);
    }

    @Test
    void unansweredStatementsDoNotCountAsYes() {
        Map<SelfCheckStatement, Boolean> answers = new EnumMap<>(SelfCheckStatement.class);
        answers.put(SelfCheckStatement.MUSCLE_OR_TENDON, true);
        answers.put(SelfCheckStatement.OPEN_TO_EXERCISES, true);
        answers.put(SelfCheckStatement.ACCEPTS_BRIEF_DISCOMFORT, null);

        assertEquals(2, SelfCheckGuidance.applying(answers));
        assertTrue(SelfCheckGuidance.guidance(answers).startsWith("Few of these apply"));
    }

    @Test
    void nothingAnsweredGivesNoGuidance() {
        Map<SelfCheckStatement, Boolean> answers = new EnumMap<>(SelfCheckStatement.class);
        answers.put(SelfCheckStatement.MUSCLE_OR_TENDON, null);

        assertEquals("The self-check has not been answered.", SelfCheckGuidance.guidance(answers));
    }

    @Test
    void theSixStatementsFollowTheArticleInOrder() {
        assertEquals(6, SelfCheckStatement.values().length);
        assertTrue(SelfCheckStatement.LONGER_THAN_FOUR_TO_SIX_WEEKS.words().contains("more than 4 to 6 weeks"));
        assertEquals(SelfCheckStatement.OPEN_TO_EXERCISES, SelfCheckStatement.values()[5]);
    }
}

package org.artclinic.clinic.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The NDI is read to the patient item by item: every item has a question and words for every answer. */
class ItemWordingTest {

    @Test
    void everyNdiItemHasAQuestionAndOneAnswerPerScore() {
        int answers = Instrument.NDI.maxAnswer() - Instrument.NDI.minAnswer() + 1;
        assertEquals(10, Instrument.NDI.items().size());
        for (Item item : Instrument.NDI.items()) {
            assertNotNull(item.question(), item.label());
            assertTrue(item.hasAnswerWords(), item.label());
            assertEquals(answers, item.answers().size(), item.label());
            assertEquals(item.answers().size(), item.answers().stream().distinct().count(), "distinct: " + item.label());
        }
        assertEquals("Lifting", Instrument.NDI.items().get(2).label(), "the words follow the items' order");
        assertTrue(Instrument.NDI.items().get(2).question().contains("lifting"));
        assertTrue(Instrument.NDI.items().get(8).question().contains("sleep"));
    }

    @Test
    void instrumentsWithoutWordsOfTheirOwnKeepLabelAndAnchors() {
        Item first = Instrument.ODI.items().get(0);
        assertFalse(first.hasAnswerWords());
        assertEquals("Pain intensity", first.label());
    }
}

package org.artclinic.clinic.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WellFormedTextTest {

    @Test
    void wholeCharactersPassInAnySpelling() {
        assertFalse(WellFormedText.hasLoneSurrogate("{\"name\": \"Zoë 😀\"}"));
        assertFalse(WellFormedText.hasLoneSurrogate("{\"name\": \"\\ud83d\\ude00 and \\u00eb\"}"), "an escaped pair");
        assertFalse(WellFormedText.hasLoneSurrogate("{\"path\": \"C:\\\\ud800\"}"), "an escaped backslash, then text");
        assertFalse(WellFormedText.hasLoneSurrogate("{\"quote\": \"\\\"\", \"n\": 1}"));
    }

    @Test
    void halfACharacterIsFound() {
        assertTrue(WellFormedText.hasLoneSurrogate("{\"name\": \"half \\ud800 pair\"}"));
        assertTrue(WellFormedText.hasLoneSurrogate("{\"name\": \"\\udc00\"}"), "a low half alone");
        assertTrue(WellFormedText.hasLoneSurrogate("{\"name\": \"\\ud800\"}"), "a high half at the end");
        assertTrue(WellFormedText.hasLoneSurrogate("{\"name\": \"\\ud800\\u0041\"}"), "a high half, then a letter");
        assertTrue(WellFormedText.hasLoneSurrogate("{\"name\": \"\\ud800\\ud800\\udc00\"}"), "two highs");
    }

    @Test
    void aNulCharacterIsFoundButAnEscapedBackslashBeforeU0000IsText() {
        assertTrue(WellFormedText.hasNul("{\"name\": \"before\\u0000after\"}"));
        assertTrue(WellFormedText.hasNul("{\"name\": \"x\\\\\\u0000\"}"), "an escaped backslash, then NUL");
        assertFalse(WellFormedText.hasNul("{\"path\": \"C:\\\\u0000\"}"), "a backslash, then the text u0000");
        assertFalse(WellFormedText.hasNul("{\"name\": \"Zoë\"}"));
    }
}

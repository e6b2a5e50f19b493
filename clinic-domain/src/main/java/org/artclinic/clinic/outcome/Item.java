package org.artclinic.clinic.outcome;

import java.util.List;
import java.util.Objects;

/**
 * One item of an instrument as a page shows it: its number (1-based, in the instrument's order),
 * a short label, and, where we have written them, the question to read to the patient and the
 * words of each answer (lowest answer first). All of it is in our own words: the published
 * questionnaires' wording is copyrighted and is not reproduced here, so the words say what each
 * item and answer level is about without copying the form.
 *
 * @param question the item as a question to the patient; null where only the label is written
 * @param answers the words of each answer, from the instrument's lowest answer up; empty where the
 *        instrument's two anchors are all the words there are
 */
public record Item(int number, String label, String question, List<String> answers) {

    public Item {
        Objects.requireNonNull(label, "label");
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** An item with its label only (the answers are the instrument's numbers and two anchors). */
    public Item(int number, String label) {
        this(number, label, null, List.of());
    }

    /** Whether each answer has its own words to read out. */
    public boolean hasAnswerWords() {
        return !answers.isEmpty();
    }
}

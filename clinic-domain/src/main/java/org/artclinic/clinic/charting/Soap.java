package org.artclinic.clinic.charting;

import org.artclinic.clinic.common.DomainException;

/**
 * What the practitioner writes in a visit note: subjective (the patient's report), objective
 * (re-test findings), assessment, plan, and the pain the patient reports today (0-10 numeric
 * rating scale). Every part is optional while the note is a draft.
 */
public record Soap(String subjective, String objective, String assessment, String plan, Integer painToday) {

    /** Longest text of one part: several pages, far more than a visit's note needs. */
    public static final int MAX_TEXT = 8000;

    public static final Soap EMPTY = new Soap(null, null, null, null, null);

    public Soap {
        subjective = text(subjective, "subjective");
        objective = text(objective, "objective");
        assessment = text(assessment, "assessment");
        plan = text(plan, "plan");
        if (painToday != null && (painToday < 0 || painToday > 10)) {
            throw new DomainException("Pain today is rated from 0 (no pain) to 10 (worst imaginable); "
                    + painToday + " is not on the scale.");
        }
    }

    /** Whether anything at all is written. */
    public boolean isEmpty() {
        return subjective == null && objective == null && assessment == null && plan == null && painToday == null;
    }

    private static String text(String raw, String part) {
        String value = raw == null ? null : raw.strip();
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new DomainException("The " + part + " is " + value.length() + " characters long; at most " + MAX_TEXT
                    + " fit.");
        }
        return value;
    }
}

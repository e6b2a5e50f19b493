package org.artclinic.clinic.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where "Back" on a patient's chart (and the pages opened from it) leads: the page the user came
 * from, named in the address as {@code from=my-day} (optionally with the {@code day} that page
 * showed). Only the in-app pages listed here can be named, so an address can never send the user
 * to another site (no open redirect); anything else means the patient list.
 */
public enum BackTarget {

    PATIENTS("patients", "/patient/patients", "back.patients"),
    MY_DAY("my-day", "/charting/my-day", "back.myDay"),
    DAY_SHEET("day-sheet", "/scheduling/today", "back.daySheet"),
    WAITLIST("waitlist", "/scheduling/waitlist", "back.waitlist");

    private final String key;
    private final String outcome;
    private final String labelKey;

    BackTarget(String key, String outcome, String labelKey) {
        this.key = key;
        this.outcome = outcome;
        this.labelKey = labelKey;
    }

    /** The page named by {@code from}; the patient list when it names none of ours. */
    public static BackTarget of(String from) {
        if (from == null) {
            return PATIENTS;
        }
        String wanted = from.strip();
        return Arrays.stream(values()).filter(t -> t.key.equals(wanted)).findFirst().orElse(PATIENTS);
    }

    /**
     * The day to go back to, for the pages that show one day: a date as {@code 2025-06-03}, else
     * none (the page then opens on today).
     */
    public Optional<LocalDate> day(String day) {
        if (day == null || (this != MY_DAY && this != DAY_SHEET)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(day.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** The value of {@code from} that names this page. */
    public String key() {
        return key;
    }

    /** The view to navigate to, e.g. {@code /charting/my-day}. */
    public String outcome() {
        return outcome;
    }

    /** The bundle key of the button's words, e.g. "Back to My day". */
    public String labelKey() {
        return labelKey;
    }
}

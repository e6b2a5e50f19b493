package org.artclinic.clinic.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where "Back" on a patient's chart (and the pages opened from it) leads: the page the user came
 * from, named in the address as {@code from=my-day} (optionally with the {@code day} that page
 * showed). Only the in-app pages listed here can be named, so an address can never send the user
 * to another site (no open redirect); anything else means the patient list. Each page names the
 * few parameters of its own address that say what it showed ({@link Kept}: the day, the location,
 * the waitlist's filters); only those, with values of the expected shape, are handed back to it.
 */
public enum BackTarget {

    PATIENTS("patients", "/patient/patients", "back.patients"),
    MY_DAY("my-day", "/charting/my-day", "back.myDay", Kept.DAY),
    DAY_SHEET("day-sheet", "/scheduling/today", "back.daySheet", Kept.DAY, Kept.LOCATION),
    WAITLIST("waitlist", "/scheduling/waitlist", "back.waitlist", Kept.STATUS, Kept.NAME);

    /**
     * A parameter a page keeps in its address (so that Back, a reload and a bookmark show the same),
     * with the shape its value must have to be handed on; any other value is dropped.
     */
    public enum Kept {
        /** The day shown, {@code 2025-06-03}. */
        DAY("day", Kept::isDate),
        /** The location shown, by id. */
        LOCATION("location", Pattern.compile("\\d{1,18}").asMatchPredicate()),
        /** The waitlist's status filter: a status's name or {@code ALL}. */
        STATUS("status", Pattern.compile("[A-Z_]{1,20}").asMatchPredicate()),
        /** The waitlist's patient filter, as typed. */
        NAME("q", text -> text.length() <= 100 && text.chars().noneMatch(Character::isISOControl));

        private final String param;
        private final Predicate<String> accepts;

        Kept(String param, Predicate<String> accepts) {
            this.param = param;
            this.accepts = accepts;
        }

        /** The name of the parameter in the address, e.g. {@code day}. */
        public String param() {
            return param;
        }

        private static boolean isDate(String value) {
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeParseException notADate) {
                return false;
            }
        }
    }

    private final String key;
    private final String outcome;
    private final String labelKey;
    private final List<Kept> kept;

    BackTarget(String key, String outcome, String labelKey, Kept... kept) {
        this.key = key;
        this.outcome = outcome;
        this.labelKey = labelKey;
        this.kept = List.of(kept);
    }

    /**
     * What this page showed, from the parameters of the current address ({@code param} reads one by
     * name): only the parameters this page keeps, with values of their shape, blank ones left out.
     * The keys are the parameter names, e.g. {@code {status=ALL, q=Rose}} for the waitlist.
     */
    public Map<String, String> state(Function<String, String> param) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Kept k : kept) {
            String value = param.apply(k.param);
            if (value != null && !value.isBlank() && k.accepts.test(value.strip())) {
                state.put(k.param, value.strip());
            }
        }
        return state;
    }

    /** The page named by {@code from}; the patient list when it names none of ours. */
    public static BackTarget of(String from) {
        if (from == null) {
            return PATIENTS;
        }
        String wanted = from.strip();
        return Arrays.stream(values()).filter(t -> t.key.equals(wanted)).findFirst().orElse(PATIENTS);
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

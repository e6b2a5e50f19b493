package org.artclinic.clinic.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.artclinic.clinic.common.DomainException;

/**
 * How the one-on-one minutes of a visit's timed (15-minute) codes become billed units.
 *
 * <ul>
 * <li>{@link #CMS_8_MINUTE}: Medicare Claims Processing Manual, chapter 5, section 20.2. The
 * minutes of all timed codes of the visit are added: under 8 minutes bills nothing; 8-22 minutes is
 * 1 unit, 23-37 is 2, 38-52 is 3, and so on, one more unit every 15 minutes. The units go first to
 * each code's whole 15-minute blocks; the units left go, one at a time, to the codes with the most
 * minutes left over (a tie goes to the code charted first, the manual allowing "either").</li>
 * <li>{@link #PER_SERVICE}: the rule of many commercial payers (and of the AMA's CPT time rule for
 * one code): each timed code on its own; 8 minutes or more of it bills a unit, then one more unit
 * for each further 15 minutes (23 minutes: 2 units).</li>
 * </ul>
 * Untimed codes bill one unit each and are not part of either rule.
 */
public enum UnitRule {
    CMS_8_MINUTE,
    PER_SERVICE;

    /** A unit is 15 minutes. */
    static final int UNIT_MINUTES = 15;
    /** The fewest minutes that bill a unit: more than half of 15 (the "8-minute rule"). */
    static final int MINIMUM_MINUTES = 8;

    /** One timed code of a visit with its one-on-one minutes. */
    public record TimedMinutes(String code, int minutes) {
        public TimedMinutes {
            Objects.requireNonNull(code, "code");
            if (minutes < 0) {
                throw new DomainException("The minutes of " + code + " cannot be negative.");
            }
        }
    }

    /** The units of minutes on their own: 0 below 8, then 1 for 8-22, 2 for 23-37, ... */
    static int unitsOf(int minutes) {
        return minutes < MINIMUM_MINUTES ? 0 : (minutes + UNIT_MINUTES - MINIMUM_MINUTES) / UNIT_MINUTES;
    }

    /**
     * The units of each timed code of a visit, in the order given (a code given twice counts as one
     * code with the minutes added). Codes that bill no unit are listed with 0.
     */
    public Map<String, Integer> units(List<TimedMinutes> services) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        for (TimedMinutes service : services) {
            minutes.merge(service.code(), service.minutes(), Integer::sum);
        }
        Map<String, Integer> units = new LinkedHashMap<>();
        if (this == PER_SERVICE) {
            minutes.forEach((code, m) -> units.put(code, unitsOf(m)));
            return units;
        }
        int total = minutes.values().stream().mapToInt(Integer::intValue).sum();
        int left = unitsOf(total);
        List<String> order = new ArrayList<>(minutes.keySet());
        Map<String, Integer> remainder = new LinkedHashMap<>();
        for (String code : order) {
            int whole = Math.min(minutes.get(code) / UNIT_MINUTES, left);
            units.put(code, whole);
            left -= whole;
            remainder.put(code, minutes.get(code) - whole * UNIT_MINUTES);
        }
        while (left > 0) {
            String next = order.stream()
                    .max(Comparator.comparingInt((String code) -> remainder.get(code))
                            .thenComparing(code -> -order.indexOf(code)))
                    .orElseThrow();
            units.merge(next, 1, Integer::sum);
            remainder.put(next, remainder.get(next) - UNIT_MINUTES);
            left--;
        }
        return units;
    }

    /** The units all timed codes of the visit bill together. */
    public int totalUnits(List<TimedMinutes> services) {
        return units(services).values().stream().mapToInt(Integer::intValue).sum();
    }
}

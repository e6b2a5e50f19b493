package org.artclinic.clinic.scheduling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.artclinic.clinic.web.Messages;

/**
 * The day's count line above the day sheet and My day, e.g. "12 visits · 3 arrived · 1 no-show":
 * the visits that still count (cancelled ones do not), then each status other than booked that
 * occurs, in the order of the day. The plurals are choice formats in the scheduling bundle.
 */
public final class DayCounts {

    /** The statuses named after the number of visits, in the order a visit goes through them. */
    static final List<AppointmentStatus> NAMED = List.of(AppointmentStatus.ARRIVED, AppointmentStatus.IN_TREATMENT,
            AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED);

    private DayCounts() {
    }

    /** How many appointments are in each status. */
    public static Map<AppointmentStatus, Integer> count(Collection<AppointmentStatus> statuses) {
        Map<AppointmentStatus, Integer> counts = new EnumMap<>(AppointmentStatus.class);
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }

    /** The line in words; "no visits" for an empty day. */
    public static String summary(Collection<AppointmentStatus> statuses) {
        Map<AppointmentStatus, Integer> counts = count(statuses);
        int visits = statuses.size() - counts.getOrDefault(AppointmentStatus.CANCELLED, 0);
        List<String> parts = new ArrayList<>();
        parts.add(Messages.text("daysheet.count.visits", visits));
        for (AppointmentStatus status : NAMED) {
            int n = counts.getOrDefault(status, 0);
            if (n > 0) {
                parts.add(Messages.text("daysheet.count." + status.name(), n));
            }
        }
        return String.join(" · ", parts);
    }
}

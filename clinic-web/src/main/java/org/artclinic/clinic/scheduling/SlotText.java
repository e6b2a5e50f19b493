package org.artclinic.clinic.scheduling;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.artclinic.clinic.common.TimeSlot;

/** A visit's time as the calendar's dialogs write it, "Tue 3 Mar 2026, 09:00–09:30", in the location's zone. */
final class SlotText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private SlotText() {
    }

    static String of(TimeSlot slot, ZoneId zone) {
        return slot.start().atZone(zone).format(WHEN) + "–" + slot.end().atZone(zone).format(TIME);
    }
}

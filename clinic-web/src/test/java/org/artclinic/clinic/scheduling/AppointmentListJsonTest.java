package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.json.bind.Jsonb;

import org.artclinic.clinic.api.StrictJson;
import org.artclinic.clinic.scheduling.AppointmentResource.AppointmentJson;
import org.junit.jupiter.api.Test;

/**
 * The appointments list is written by hand with JSON-P for speed; API clients must not see a
 * difference, so it is held here to what the API's JSON-B writes for the same list.
 */
class AppointmentListJsonTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(-6));

    @Test
    void writesTheSameJsonAsJsonB() throws Exception {
        AppointmentJson full = new AppointmentJson(41, 3, AppointmentStatus.CANCELLED, NINE, NINE.plusMinutes(30),
                7, "Zoë \"Zed\" O'Neil", 2, "Dr. Ana Ruiz\\DC", 1, "Main St.\nClinic", 5L, "Room 1",
                9L, "ART – follow-up", "Knee <left> & tab\tend", NINE.minusMinutes(10), NINE.plusSeconds(61)
                        .plusNanos(500_000_000), "Patient is ill", true, NINE.plusHours(1));
        AppointmentJson bare = new AppointmentJson(42, 0, AppointmentStatus.BOOKED, NINE.withOffsetSameInstant(
                ZoneOffset.UTC), NINE.plusMinutes(45), 8, "Al Bo", 2, "Dr. Ana Ruiz", 1, "Main", null, null,
                null, null, null, null, null, null, false, null);
        List<AppointmentJson> list = List.of(full, bare, full.forBilling());

        Jsonb jsonb = new StrictJson().getContext(List.class); // shared by the API: not closed here
        String jsonB = jsonb.toJson(list);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AppointmentListJson.write(list, out);
        String ours = out.toString(StandardCharsets.UTF_8);

        assertEquals(jsonB, ours);
        assertTrue(ours.contains("\"start\":\"2026-03-02T15:00:00Z\""), ours);
        assertTrue(ours.contains("\"notes\":\"Knee <left> & tab\\tend\""), ours);
    }

    @Test
    void anEmptyRangeIsAnEmptyArray() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AppointmentListJson.write(List.of(), out);
        assertEquals("[]", out.toString(StandardCharsets.UTF_8));
    }
}

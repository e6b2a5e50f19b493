package org.artclinic.clinic.scheduling;

import static org.artclinic.clinic.scheduling.Clinic.at;
import static org.artclinic.clinic.scheduling.Clinic.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Jane Doe has a visit on Tuesday 1 December at 10:00 in Chicago. */
class SameDayVisitTest {

    private final Clinic clinic = new Clinic();
    private final Appointment tuesday = clinic.book(slot(Clinic.TUESDAY, "10:00", "10:30"));

    @Test
    void aSecondVisitTheSameDayIsNamed() {
        SameDayVisit conflict = SameDayVisit.among(List.of(tuesday), at(Clinic.TUESDAY, "16:00")).orElseThrow();
        assertEquals("Jane Doe already has a visit that day: Jane Doe with Dr. Raman, Tue 1 Dec 10:00-10:30 (Room 2). "
                + "Book a second visit only if that is intended.", conflict.getMessage());
    }

    @Test
    void theDayIsTheLocationsDayNotUtcs() {
        // 23:30 in Chicago is already Wednesday in UTC, and still Jane's Tuesday
        assertTrue(SameDayVisit.among(List.of(tuesday), at(Clinic.TUESDAY, "23:30")).isPresent());
        assertTrue(SameDayVisit.among(List.of(tuesday), at(Clinic.TUESDAY.plusDays(1), "00:30")).isEmpty());
        assertTrue(SameDayVisit.among(List.of(tuesday), at(Clinic.TUESDAY.minusDays(1), "23:30")).isEmpty());
    }

    @Test
    void aCancelledOrMissedVisitDoesNotCount() {
        tuesday.cancel("Ill", at(Clinic.TODAY, "10:00"), CancellationPolicy.ofHours(24));
        assertTrue(SameDayVisit.among(List.of(tuesday), at(Clinic.TUESDAY, "16:00")).isEmpty());
    }
}

package org.artclinic.clinic.scheduling;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.artclinic.clinic.scheduling.Clinic.CHICAGO;
import static org.artclinic.clinic.scheduling.Clinic.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.TimeSlot;
import org.artclinic.clinic.setup.Practitioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitlistEntryTest {

    private static final LocalDate TUE = Clinic.TUESDAY;
    private static final LocalDate WED = TUE.plusDays(1);
    private static final Instant CREATED = Instant.parse("2026-11-27T15:00:00Z");

    private final Clinic clinic = new Clinic();

    private WaitlistEntry entry(Collection<Practitioner> with, Collection<DayOfWeek> days, LocalTime from,
            LocalTime to) {
        return new WaitlistEntry(clinic.jane, with, days, from, to, "Wants an earlier visit", CREATED);
    }

    @Test
    void anyoneAnyDayAnyTimeWantsAnySlot() {
        WaitlistEntry flexible = entry(null, null, null, null);
        assertTrue(flexible.wants(clinic.raman, slot(TUE, "10:00", "10:30"), CHICAGO));
        assertTrue(flexible.wants(clinic.lee, slot(WED, "07:00", "07:45"), CHICAGO));
        assertEquals(LocalTime.MIN, flexible.getEarliest());
        assertEquals(LocalTime.of(23, 59, 59), flexible.getLatest(), "whole seconds: stored exactly by any database");
        assertTrue(flexible.wants(clinic.raman, slot(TUE, "23:00", "23:59"), CHICAGO));
    }

    @Test
    void aLatestTimeBeyondTheLastSecondMeansUntilTheEndOfTheDay() {
        WaitlistEntry evenings = entry(null, null, LocalTime.of(17, 0), LocalTime.MAX);
        assertEquals(WaitlistEntry.END_OF_DAY, evenings.getLatest());
        assertTrue(evenings.wants(clinic.raman, slot(TUE, "21:00", "21:30"), CHICAGO));
    }

    @Test
    void onlyTheChosenPractitionersCount() {
        // practitioners are matched by identity here: unsaved entities have no id
        WaitlistEntry onlyRaman = entry(List.of(clinic.raman), List.of(), null, null);
        assertTrue(onlyRaman.wants(clinic.raman, slot(TUE, "10:00", "10:30"), CHICAGO));
        assertFalse(onlyRaman.wants(clinic.lee, slot(TUE, "10:00", "10:30"), CHICAGO));
    }

    @Test
    void onlyTheChosenWeekdaysCount() {
        WaitlistEntry tuesdaysAndThursdays = entry(List.of(), List.of(TUESDAY, THURSDAY), null, null);
        assertTrue(tuesdaysAndThursdays.wants(clinic.raman, slot(TUE, "10:00", "10:30"), CHICAGO));
        assertFalse(tuesdaysAndThursdays.wants(clinic.raman, slot(WED, "10:00", "10:30"), CHICAGO));
    }

    @ParameterizedTest(name = "wants 07:00-10:00, offered {0}-{1}: {2}")
    @CsvSource({
        "07:00, 07:30, true",
        "09:30, 10:00, true",
        "08:00, 09:00, true",
        "06:45, 07:15, false",
        "09:45, 10:15, false",
        "12:00, 12:30, false"})
    void theWholeSlotMustFitTheTimeWindow(String from, String to, boolean wanted) {
        WaitlistEntry mornings = entry(null, null, LocalTime.of(7, 0), LocalTime.of(10, 0));
        assertEquals(wanted, mornings.wants(clinic.raman, slot(TUE, from, to), CHICAGO));
    }

    @Test
    void theTimeWindowIsReadInTheLocationsZone() {
        WaitlistEntry mornings = entry(null, null, LocalTime.of(7, 0), LocalTime.of(10, 0));
        // 09:00-09:30 in Chicago is 15:00-15:30 UTC
        TimeSlot nineInChicago = new TimeSlot(Instant.parse("2026-12-01T15:00:00Z"),
                Instant.parse("2026-12-01T15:30:00Z"));
        assertTrue(mornings.wants(clinic.raman, nineInChicago, CHICAGO));
        assertFalse(mornings.wants(clinic.raman, nineInChicago, ZoneOffset.UTC));
    }

    @Test
    void allPreferencesMustHoldTogether() {
        WaitlistEntry picky = entry(List.of(clinic.raman), List.of(TUESDAY), LocalTime.of(7, 0), LocalTime.of(10, 0));
        assertTrue(picky.wants(clinic.raman, slot(TUE, "08:00", "08:30"), CHICAGO));
        assertFalse(picky.wants(clinic.lee, slot(TUE, "08:00", "08:30"), CHICAGO));
        assertFalse(picky.wants(clinic.raman, slot(WED, "08:00", "08:30"), CHICAGO));
        assertFalse(picky.wants(clinic.raman, slot(TUE, "14:00", "14:30"), CHICAGO));
    }

    @Test
    void anEntryThatWasBookedOrRemovedNeverMatches() {
        WaitlistEntry booked = entry(null, null, null, null);
        booked.booked();
        assertEquals(WaitlistEntry.Status.BOOKED, booked.getStatus());
        assertFalse(booked.wants(clinic.raman, slot(TUE, "10:00", "10:30"), CHICAGO));

        WaitlistEntry removed = entry(null, null, null, null);
        removed.remove();
        assertFalse(removed.wants(clinic.raman, slot(TUE, "10:00", "10:30"), CHICAGO));
    }

    @Test
    void anEntryIsBookedOnlyOnce() {
        WaitlistEntry booked = entry(null, null, null, null);
        booked.booked();
        assertThrows(DomainException.class, booked::booked, "a second booking from the same entry");

        WaitlistEntry removed = entry(null, null, null, null);
        removed.remove();
        assertTrue(assertThrows(DomainException.class, removed::booked).getMessage()
                .endsWith("is no longer on the waitlist."));
    }

    @Test
    void theLatestTimeMustBeAfterTheEarliest() {
        assertEquals("The latest time must be after the earliest time.", assertThrows(DomainException.class,
                () -> entry(null, null, LocalTime.of(10, 0), LocalTime.of(9, 0))).getMessage());
        assertThrows(DomainException.class, () -> entry(null, null, LocalTime.of(10, 0), LocalTime.of(10, 0)));
    }
}

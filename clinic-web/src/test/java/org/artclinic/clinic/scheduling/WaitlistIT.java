package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.ApiClient;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.artclinic.clinic.testsupport.TestDays;
import org.artclinic.clinic.testsupport.WebClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The waitlist through the real service and database: a cancellation offers its slot to the
 * waiting patients whose preferences fit it (and to nobody else), the few who have waited longest
 * at once and the rest on the waitlist page, booking an offer puts that patient into the freed slot
 * and off the list, and the waitlist page reads a page at a time.
 */
@ExtendWith(ArquillianExtension.class)
class WaitlistIT {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Set<WaitlistEntry.Status> WAITING = EnumSet.of(WaitlistEntry.Status.WAITING);
    private static final Set<WaitlistEntry.Status> ALL = EnumSet.allOf(WaitlistEntry.Status.class);

    @EJB
    private SchedulingService scheduling;

    @EJB
    private AsFrontDesk asFrontDesk;

    @Inject
    private ClinicFixture clinic;

    @ArquillianResource
    private URL base;

    private Location location;
    private Practitioner raman;
    private Practitioner lee;
    private LocalDate day;

    @BeforeEach
    void smallClinic() throws Exception {
        location = clinic.location("Waitlist clinic", CHICAGO);
        raman = clinic.practitioner("Dr. Raman", location, LocalTime.of(8, 0), LocalTime.of(17, 0));
        lee = clinic.practitioner("Dr. Lee", location, LocalTime.of(8, 0), LocalTime.of(17, 0));
        day = TestDays.next(CHICAGO);
    }

    @Test
    void aCancellationIsOfferedToTheWaitingPatientsWhoseWishesFitItsSlotAndToNobodyElse() throws Exception {
        Patient cancelling = clinic.patient("Carla", "Cancels");
        Appointment visit = book(cancelling, raman, at(10, 0), at(10, 30));
        DayOfWeek weekday = day.getDayOfWeek();
        DayOfWeek otherDay = weekday.plus(1);

        WaitlistEntry withRaman = wait("Rita", List.of(raman), Set.of(weekday), "09:00", "12:00");
        WaitlistEntry anyone = wait("Andy", List.of(), Set.of(), null, null);
        WaitlistEntry severalDaysAndPractitioners = wait("Sam", List.of(lee, raman), Set.of(otherDay, weekday),
                "10:00", "10:30");
        WaitlistEntry onlyLee = wait("Lena", List.of(lee), Set.of(), null, null);
        WaitlistEntry otherWeekday = wait("Otto", List.of(raman), Set.of(otherDay), null, null);
        WaitlistEntry afternoons = wait("Amy", List.of(), Set.of(), "13:00", "17:00");
        WaitlistEntry slotOnlyHalfInWindow = wait("Hal", List.of(raman), Set.of(), "10:15", "12:00");
        WaitlistEntry removed = wait("Remy", List.of(raman), Set.of(weekday), null, null);
        asFrontDesk.call(() -> {
            scheduling.removeFromWaitlist(removed.getId());
            return null;
        });
        WaitlistEntry ownEntry = asFrontDesk.call(() -> scheduling.addToWaitlist(cancelling.getId(), List.of(), Set.of(),
                null, null, "her own wish for an earlier visit"));

        CancellationResult result = asFrontDesk.call(() -> scheduling.cancel(visit.getId(), "Out of town"));

        // every entry that would take the slot, not only the five offered at once: older entries of other
        // tests may wait too
        List<WaitlistEntry> candidates = asFrontDesk.call(() -> scheduling.offersFor(visit.getId(), 0, 200));
        List<Long> offered = candidates.stream().map(WaitlistEntry::getId).toList();
        List<Long> mine = offered.stream().filter(id -> List.of(withRaman.getId(), anyone.getId(),
                severalDaysAndPractitioners.getId()).contains(id)).toList();
        assertEquals(List.of(withRaman.getId(), anyone.getId(), severalDaysAndPractitioners.getId()), mine,
                "the fitting entries, longest waiting first");
        for (WaitlistEntry unfit : List.of(onlyLee, otherWeekday, afternoons, slotOnlyHalfInWindow, removed, ownEntry)) {
            assertFalse(offered.contains(unfit.getId()), unfit.getNote() + " is not offered the slot");
        }
        WaitlistEntry offer = candidates.get(offered.indexOf(withRaman.getId()));
        assertEquals("Rita", offer.getPatient().getGivenName(), "the offer names the patient");
        assertEquals(Set.of(weekday), offer.getDays(), "and what they asked for");

        removeAll(anyone, severalDaysAndPractitioners, onlyLee, otherWeekday, afternoons, slotOnlyHalfInWindow, ownEntry,
                withRaman);
    }

    @Test
    void aCancellationOffersTheFiveLongestWaitingSaysHowManyMoreAndTheWaitlistPageListsAndBooksThemAll()
            throws Exception {
        // evening slots: the demo clinic's waiting patients want 07:00 to 18:00, so only this test's fit
        Practitioner evening = clinic.practitioner("Dr. Evening", location, LocalTime.of(18, 0), LocalTime.of(22, 0));
        Appointment visit = book(clinic.patient("Eve", "Cancels"), evening, at(19, 0), at(19, 30));
        Appointment later = book(clinic.patient("Evan", "Cancels"), evening, at(20, 0), at(20, 30));
        List<WaitlistEntry> waiting = new ArrayList<>();
        for (String given : List.of("Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal")) {
            waiting.add(wait(given, List.of(evening), Set.of(), "18:00", "21:00"));
        }
        List<Long> mine = ids(waiting);

        CancellationResult result = asFrontDesk.call(() -> scheduling.cancel(visit.getId(), "Working late"));

        List<WaitlistEntry> all = asFrontDesk.call(() -> scheduling.offersFor(visit.getId(), 0, 200));
        long total = asFrontDesk.call(() -> scheduling.countOffersFor(visit.getId()));
        assertEquals(SchedulingService.OFFERS_AT_ONCE, result.offers().size(), "a short list: " + names(result.offers()));
        assertEquals(ids(all).subList(0, 5), ids(result.offers()), "the first five of all who would take it");
        assertEquals(total - 5, result.moreOffers(), "and how many more would");
        assertEquals(total, all.size(), "the waitlist lists them all");
        assertEquals(mine, ids(all).stream().filter(mine::contains).toList(), "every one of them");
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).getCreatedAt().isBefore(all.get(i - 1).getCreatedAt()), "longest waiting first");
        }
        if (total == mine.size()) { // nobody else waits for an evening slot with anyone (a fresh database)
            assertEquals(mine.subList(0, 5), ids(result.offers()), "Ada to Ed: they have waited longest");
            assertEquals(3, result.moreOffers(), "Flo, Gus and Hal");
        }
        assertEquals(ids(all).subList(5, 7), ids(asFrontDesk.call(() -> scheduling.offersFor(visit.getId(), 5, 2))),
                "a page at a time");

        // the waitlist page for that slot lists every one of them, the sixth and later too
        WebClient frontDesk = new WebClient(base);
        frontDesk.login("frontdesk", "demo1234");
        HttpResponse<String> page = frontDesk.get("scheduling/waitlist.xhtml?freed=" + visit.getId());
        assertEquals(200, page.statusCode());
        for (WaitlistEntry entry : waiting) {
            assertTrue(page.body().contains(entry.getPatient().getFullName()), entry.getPatient().getFullName());
        }
        // the hours they can come, 18:00 to 21:00, in one short cell
        assertTrue(page.body().contains(">18:00\u201321:00<") || page.body().contains(">18:00&#8211;21:00<"),
                "the hours column shows 18:00\u201321:00");
        assertTrue(page.body().contains("Waiting patients who would take the slot of the cancelled appointment"),
                page.body());
        assertFalse(page.body().contains("entries:patient:filter"), "no patient filter: it would not apply to this list");

        // the API says the same: the first five, how many more, and all of them on request
        ApiClient api = new ApiClient(base, "frontdesk");
        HttpResponse<String> cancelled = api.post("api/appointments/" + later.getId() + "/cancel",
                "{\"reason\": \"Working late too\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        long totalLater = asFrontDesk.call(() -> scheduling.countOffersFor(later.getId()));
        assertEquals(String.valueOf(totalLater - 5), ApiClient.field(cancelled.body(), "moreWaitlistOffers"));
        HttpResponse<String> listed = api.get("api/appointments/" + later.getId() + "/waitlist-offers?max=100");
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(String.valueOf(totalLater), ApiClient.field(listed.body(), "total"));
        List<String> listedIds = ApiClient.objects(listed.body()).stream()
                .map(o -> ApiClient.field(o, "waitlistEntryId")).toList();
        for (Long id : mine) {
            assertTrue(listedIds.contains(String.valueOf(id)), id + " in " + listed.body());
        }

        // the sixth, not offered at once, is booked into the freed slot from the waitlist page's list
        WaitlistEntry sixth = all.get(5);
        Appointment booked = asFrontDesk.call(() -> scheduling.bookFromWaitlistInto(sixth.getId(), visit.getId()));
        assertEquals(sixth.getPatient().getId(), booked.getPatient().getId());
        assertEquals(visit.getSlot(), booked.getSlot(), "the freed slot");
        assertEquals(evening.getId(), booked.getPractitioner().getId());
        DomainException taken = assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> scheduling.offersFor(visit.getId(), 0, 200)));
        assertTrue(taken.getMessage().contains("has been taken"), "no offers for a slot that is booked again: "
                + taken.getMessage());
        assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> scheduling.bookFromWaitlistInto(all.get(6).getId(), visit.getId())),
                "nor a second booking into it");
        assertTrue(frontDesk.get("scheduling/waitlist.xhtml?freed=" + visit.getId()).body().contains("has been taken"),
                "the waitlist page says so instead of offering it");

        DomainException notFree = assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> scheduling.offersFor(booked.getId(), 0, 10)));
        assertTrue(notFree.getMessage().endsWith("is not cancelled, so its slot is not free."), notFree.getMessage());
        removeAll(waiting.stream().filter(e -> !e.getId().equals(sixth.getId())).toArray(WaitlistEntry[]::new));
    }

    @Test
    void bookingAnOfferPutsThePatientIntoTheFreedSlotAndOffTheWaitlist() throws Exception {
        Patient cancelling = clinic.patient("Carl", "Cancels");
        Appointment visit = book(cancelling, raman, at(14, 0), at(14, 45));
        WaitlistEntry waiting = wait("Wendy", List.of(raman), Set.of(day.getDayOfWeek()), "13:00", "16:00");
        Patient wendy = waiting.getPatient();

        CancellationResult result = asFrontDesk.call(() -> scheduling.cancel(visit.getId(), "Feels better"));
        assertTrue(result.offers().stream().anyMatch(e -> e.getId().equals(waiting.getId())), "Wendy is offered it");

        Appointment booked = asFrontDesk.call(() -> scheduling.bookFromWaitlist(waiting.getId(), new BookingRequest(
                wendy.getId(), raman.getId(), location.getId(), null, null, at(14, 0), at(14, 45), null)));

        Appointment stored = asFrontDesk.call(() -> scheduling.appointment(booked.getId()));
        assertEquals(AppointmentStatus.BOOKED, stored.getStatus());
        assertEquals(wendy.getId(), stored.getPatient().getId());
        assertEquals(raman.getId(), stored.getPractitioner().getId());
        assertEquals(visit.getSlot(), stored.getSlot(), "the freed slot");
        String wendysName = wendy.getFullName();
        assertEquals(0, asFrontDesk.call(() -> scheduling.countWaitlist(WAITING, wendysName)), "off the waitlist");
        List<WaitlistEntry> history = asFrontDesk.call(() -> scheduling.waitlist(ALL, wendysName, 0, 10));
        assertEquals(List.of(WaitlistEntry.Status.BOOKED), history.stream().map(WaitlistEntry::getStatus).toList());

        DomainException again = assertThrows(DomainException.class, () -> asFrontDesk.call(() ->
                scheduling.bookFromWaitlist(waiting.getId(), new BookingRequest(wendy.getId(), raman.getId(),
                        location.getId(), null, null, at(15, 0), at(15, 30), null))));
        assertEquals(wendysName + " is no longer on the waitlist.", again.getMessage());
        assertEquals(1, asFrontDesk.call(() -> scheduling.day(location.getId(), day)).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED).count(), "the refused booking left nothing");
    }

    @Test
    void theWaitlistPageReadsAPageAtATimeLongestWaitingFirstWithEachEntrysWishes() throws Exception {
        String family = "Pager" + clinic.suffix();
        Patient first = clinic.patient("Ann", family);
        Patient second = clinic.patient("Ben", family);
        Patient third = clinic.patient("Cat", family);
        WaitlistEntry a = add(first, List.of(raman, lee), Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        WaitlistEntry b = add(second, List.of(), Set.of());
        WaitlistEntry c = add(third, List.of(lee), Set.of(DayOfWeek.TUESDAY));
        String search = family.toLowerCase(); // the patient search's rules: a family name prefix, any case

        assertEquals(3, asFrontDesk.call(() -> scheduling.countWaitlist(WAITING, search)));
        List<WaitlistEntry> page1 = asFrontDesk.call(() -> scheduling.waitlist(WAITING, search, 0, 2));
        List<WaitlistEntry> page2 = asFrontDesk.call(() -> scheduling.waitlist(WAITING, search, 2, 2));
        assertEquals(List.of(a.getId(), b.getId()), page1.stream().map(WaitlistEntry::getId).toList());
        assertEquals(List.of(c.getId()), page2.stream().map(WaitlistEntry::getId).toList());
        // read outside the service's transaction, as the page renders them
        assertEquals(Set.of(raman.getId(), lee.getId()),
                page1.get(0).getPractitioners().stream().map(Practitioner::getId).collect(Collectors.toSet()));
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), page1.get(0).getDays());
        assertTrue(page1.get(1).getPractitioners().isEmpty() && page1.get(1).getDays().isEmpty(), "anyone, any day");
        assertEquals("Ann", page1.get(0).getPatient().getGivenName());

        asFrontDesk.call(() -> {
            scheduling.removeFromWaitlist(b.getId());
            return null;
        });
        assertEquals(2, asFrontDesk.call(() -> scheduling.countWaitlist(WAITING, search)), "removed: not waiting");
        assertEquals(3, asFrontDesk.call(() -> scheduling.countWaitlist(ALL, search)), "but still on record");
        assertEquals(List.of(WaitlistEntry.Status.REMOVED), asFrontDesk.call(() -> scheduling.waitlist(
                EnumSet.of(WaitlistEntry.Status.REMOVED), search, 0, 25)).stream().map(WaitlistEntry::getStatus).toList());
        assertEquals(0, asFrontDesk.call(() -> scheduling.countWaitlist(WAITING, "Nobody" + clinic.suffix())));
        removeAll(a, c);
    }

    private WaitlistEntry wait(String given, List<Practitioner> with, Set<DayOfWeek> days, String from, String to)
            throws Exception {
        Patient patient = clinic.patient(given, "Waits");
        return asFrontDesk.call(() -> scheduling.addToWaitlist(patient.getId(), with.stream().map(Practitioner::getId)
                .toList(), days, from == null ? null : LocalTime.parse(from), to == null ? null : LocalTime.parse(to),
                given));
    }

    private static List<Long> ids(List<WaitlistEntry> entries) {
        return entries.stream().map(WaitlistEntry::getId).toList();
    }

    private static List<String> names(List<WaitlistEntry> entries) {
        return entries.stream().map(e -> e.getPatient().getFullName()).toList();
    }

    private WaitlistEntry add(Patient patient, List<Practitioner> with, Set<DayOfWeek> days) throws Exception {
        return asFrontDesk.call(() -> scheduling.addToWaitlist(patient.getId(),
                with.stream().map(Practitioner::getId).toList(), days, null, null, null));
    }

    /** Entries that would match other tests' cancellations (anyone, any day) leave the waitlist. */
    private void removeAll(WaitlistEntry... entries) throws Exception {
        for (WaitlistEntry entry : entries) {
            asFrontDesk.call(() -> {
                scheduling.removeFromWaitlist(entry.getId());
                return null;
            });
        }
    }

    private Appointment book(Patient patient, Practitioner practitioner, Instant start, Instant end) throws Exception {
        return asFrontDesk.call(() -> scheduling.book(new BookingRequest(patient.getId(), practitioner.getId(),
                location.getId(), null, null, start, end, null)));
    }

    private Instant at(int hour, int minute) {
        return day.atTime(hour, minute).atZone(CHICAGO).toInstant();
    }
}

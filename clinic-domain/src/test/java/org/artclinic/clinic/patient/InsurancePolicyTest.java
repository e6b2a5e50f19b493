package org.artclinic.clinic.patient;

import static org.artclinic.clinic.patient.InsurancePolicy.Relationship.CHILD;
import static org.artclinic.clinic.patient.InsurancePolicy.Relationship.SELF;
import static org.artclinic.clinic.patient.InsurancePolicy.Relationship.SPOUSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Money;
import org.artclinic.clinic.patient.InsurancePolicy.Priority;
import org.artclinic.clinic.patient.InsurancePolicy.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class InsurancePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
    private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

    private final Patient jo = new Patient("P1",
            PatientDetails.basic("Jo", "Smith", LocalDate.of(2012, 5, 1), Sex.FEMALE, null, null), TODAY);

    private static PolicyDetails policy(Relationship relationship, String subscriber, Integer visits, LocalDate from,
            LocalDate to) {
        return new PolicyDetails(null, "Blue Cross", "XYZ123456", "G-100", subscriber, relationship,
                Money.of("25.00"), visits, from, to);
    }

    private InsurancePolicy authorized(int visits) {
        return new InsurancePolicy(jo, policy(SELF, null, visits, JAN_5, MAR_31));
    }

    @Test
    void thePatientsOwnPolicyNeedsNoSubscriberName() {
        InsurancePolicy own = new InsurancePolicy(jo, policy(null, null, null, null, null));
        assertEquals(SELF, own.getRelationship());
        assertEquals(Priority.PRIMARY, own.getPriority());
        assertNull(own.getSubscriberName());
        assertEquals(Money.of("25"), own.getCopay());
        assertTrue(own.isActive());
    }

    @ParameterizedTest
    @EnumSource(value = Relationship.class, names = {"SPOUSE", "CHILD", "OTHER"})
    void someoneElsesPolicyNamesTheSubscriber(Relationship relationship) {
        DomainException e = assertThrows(DomainException.class,
                () -> new InsurancePolicy(jo, policy(relationship, "  ", null, null, null)));
        assertEquals("Name the subscriber when the patient is not the policy holder.", e.getMessage());
        assertEquals("Sam Smith",
                new InsurancePolicy(jo, policy(relationship, "Sam Smith", null, null, null)).getSubscriberName());
    }

    @Test
    void payerAndMemberIdAreRequired() {
        assertEquals("The payer is required.", assertThrows(DomainException.class, () -> new InsurancePolicy(jo,
                new PolicyDetails(null, " ", "XYZ", null, null, SELF, null, null, null, null))).getMessage());
        assertEquals("The member id is required.", assertThrows(DomainException.class, () -> new InsurancePolicy(jo,
                new PolicyDetails(null, "Aetna", null, null, null, SELF, null, null, null, null))).getMessage());
    }

    @Test
    void authorizedVisitsNeedTheAuthorizationPeriod() {
        String message = "Authorized visits need the authorization period (from and to).";
        assertEquals(message, assertThrows(DomainException.class,
                () -> new InsurancePolicy(jo, policy(SELF, null, 12, null, null))).getMessage());
        assertEquals(message, assertThrows(DomainException.class,
                () -> new InsurancePolicy(jo, policy(SELF, null, 12, JAN_5, null))).getMessage());
        assertEquals(message, assertThrows(DomainException.class,
                () -> new InsurancePolicy(jo, policy(SELF, null, 12, null, MAR_31))).getMessage());
    }

    @Test
    void anAuthorizationPeriodCannotEndBeforeItStarts() {
        assertEquals("The authorization period ends before it starts.", assertThrows(DomainException.class,
                () -> new InsurancePolicy(jo, policy(CHILD, "Sam Smith", 12, MAR_31, JAN_5))).getMessage());
        InsurancePolicy oneDay = new InsurancePolicy(jo, policy(SPOUSE, "Sam Smith", 1, JAN_5, JAN_5));
        assertTrue(oneDay.authorizationCovers(JAN_5));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 366, 1000})
    void authorizedVisitsAreBetweenZeroAnd365(int visits) {
        assertEquals("Authorized visits are between 0 and 365.", assertThrows(DomainException.class,
                () -> authorized(visits)).getMessage());
    }

    @ParameterizedTest(name = "12 authorized, {0} used or booked: {1} left")
    @CsvSource({"0, 12", "5, 7", "11, 1", "12, 0", "15, 0"})
    void remainingVisitsNeverGoBelowZero(long used, int left) {
        assertEquals(OptionalInt.of(left), authorized(12).remainingVisits(used));
    }

    @Test
    void aPolicyWithoutAVisitLimitHasNoRemainingCount() {
        assertEquals(OptionalInt.empty(),
                new InsurancePolicy(jo, policy(SELF, null, null, null, null)).remainingVisits(40));
    }

    @ParameterizedTest(name = "authorization 2026-01-05..2026-03-31 covers {0}: {1}")
    @CsvSource({
        "2026-01-04, false",
        "2026-01-05, true",
        "2026-02-15, true",
        "2026-03-31, true",
        "2026-04-01, false"})
    void theAuthorizationPeriodIncludesItsFirstAndLastDay(LocalDate day, boolean covered) {
        assertEquals(covered, authorized(12).authorizationCovers(day));
    }

    @Test
    void aVisitCountsOnTheDayItHappensInItsLocationsTimeZone() {
        ZoneId denver = ZoneId.of("America/Denver");
        ZoneId chicago = ZoneId.of("America/Chicago");
        // 22:00 in Denver on the last authorized day is already 1 April in UTC: it still counts
        ZonedDateTime lastEvening = ZonedDateTime.of(MAR_31, LocalTime.of(22, 0), denver);
        // 00:30 on 1 April in Chicago is still 31 March in Denver and in UTC-8: it does not count
        ZonedDateTime dayAfter = ZonedDateTime.of(MAR_31.plusDays(1), LocalTime.of(0, 30), chicago);
        // 23:30 the evening before the first day in Denver is 5 January in UTC: it does not count
        ZonedDateTime eveningBefore = ZonedDateTime.of(JAN_5.minusDays(1), LocalTime.of(23, 30), denver);
        ZonedDateTime firstMorning = ZonedDateTime.of(JAN_5, LocalTime.of(0, 15), chicago);
        assertEquals(OptionalInt.of(10), authorized(12).remainingVisits(
                List.of(lastEvening, dayAfter, eveningBefore, firstMorning)));
    }

    @Test
    void theSearchWindowHoldsEveryInstantThatIsAnAuthorizedDaySomewhere() {
        InsurancePolicy policy = authorized(12);
        for (String zone : List.of("Pacific/Kiritimati", "Etc/GMT+12", "America/Denver", "UTC")) {
            ZoneId id = ZoneId.of(zone);
            Instant first = JAN_5.atStartOfDay(id).toInstant();
            Instant lastMoment = MAR_31.plusDays(1).atStartOfDay(id).toInstant().minusSeconds(1);
            assertFalse(first.isBefore(policy.authorizationSearchStart()), zone);
            assertTrue(lastMoment.isBefore(policy.authorizationSearchEnd()), zone);
        }
    }

    @Test
    void aPeriodWithoutAuthorizedVisitsCoversNothing() {
        InsurancePolicy noLimit = new InsurancePolicy(jo, policy(SELF, null, null, JAN_5, MAR_31));
        assertFalse(noLimit.authorizationCovers(LocalDate.of(2026, 2, 1)));
    }

    @Test
    void theDetailsReadBackAsEntered() {
        PolicyDetails entered = policy(SPOUSE, "Sam Smith", 12, JAN_5, MAR_31);
        assertEquals(new PolicyDetails(Priority.PRIMARY, "Blue Cross", "XYZ123456", "G-100", "Sam Smith", SPOUSE,
                Money.of("25.00"), 12, JAN_5, MAR_31), new InsurancePolicy(jo, entered).details());
    }
}

package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A practitioner's calendar feed address exists only once the front desk creates it (looking at
 * the calendar publishes nothing), creating it again keeps the address people already use, and
 * renewing it makes the old address stop working.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedIT {

    @EJB
    private CalendarFeedService feeds;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsPractitioner asPractitioner;

    @Inject
    private ClinicFixture clinic;

    private Practitioner practitioner() throws Exception {
        Location location = clinic.location("Feed IT", ZoneId.of("America/Chicago"));
        return clinic.practitioner("Feed IT practitioner", location, LocalTime.of(8, 0), LocalTime.of(18, 0));
    }

    private boolean feedAnswers(long practitionerId, String token) {
        return feeds.feed(practitionerId, token, Instant.now()).isPresent();
    }

    @Test
    void thereIsNoFeedUntilTheFrontDeskCreatesOneAndCreatingAgainKeepsTheAddress() throws Exception {
        long id = practitioner().getId();

        assertEquals(Optional.empty(), asFrontDesk.call(() -> feeds.token(id)), "looking creates nothing");
        assertEquals(Optional.empty(), asFrontDesk.call(() -> feeds.token(id)), "not on the second look either");

        String created = asFrontDesk.call(() -> feeds.createToken(id));
        assertEquals(Optional.of(created), asFrontDesk.call(() -> feeds.token(id)), "the created address is shown");
        assertTrue(feedAnswers(id, created), "the feed answers to the created address");

        assertEquals(created, asFrontDesk.call(() -> feeds.createToken(id)), "creating again revokes nothing");
        assertTrue(feedAnswers(id, created));
    }

    @Test
    void renewingGivesANewAddressAndTheOldOneStopsWorking() throws Exception {
        long id = practitioner().getId();
        String old = asFrontDesk.call(() -> feeds.createToken(id));

        String renewed = asFrontDesk.call(() -> feeds.renewToken(id));

        assertNotEquals(old, renewed);
        assertEquals(Optional.of(renewed), asFrontDesk.call(() -> feeds.token(id)));
        assertTrue(feedAnswers(id, renewed), "the new address works");
        assertEquals(Optional.empty(), feeds.feed(id, old, Instant.now()), "the old address is revoked");
    }

    @Test
    void onlyTheFrontDeskCreatesOrRenewsAFeed() throws Exception {
        long id = practitioner().getId();

        assertThrows(EJBAccessException.class, () -> asPractitioner.call(() -> feeds.createToken(id)));
        assertThrows(EJBAccessException.class, () -> asPractitioner.call(() -> feeds.renewToken(id)));
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> feeds.token(id)));
        assertEquals(Optional.empty(), asFrontDesk.call(() -> feeds.token(id)), "the refused calls created nothing");
    }

    @Test
    void aPractitionerWhoLeftGetsNoNewFeed() throws Exception {
        long id = practitioner().getId();
        asAdmin.call(() -> {
            setup.setPractitionerActive(id, false);
            return null;
        });

        DomainException refused = assertThrows(DomainException.class, () -> asFrontDesk.call(() -> feeds.createToken(id)));
        assertTrue(refused.getMessage().contains("no longer works here"), refused.getMessage());
        assertEquals(Optional.empty(), asFrontDesk.call(() -> feeds.token(id)));
    }
}

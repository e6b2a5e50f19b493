package org.artclinic.clinic.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.setup.CalendarFeedRules;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.system.DatabaseMigrator;
import org.artclinic.clinic.testsupport.AsAdmin;
import org.artclinic.clinic.testsupport.AsFrontDesk;
import org.artclinic.clinic.testsupport.AsPractitioner;
import org.artclinic.clinic.testsupport.ClinicFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A practitioner's calendar feed (decision 0040): it exists only once the front desk makes it
 * (looking publishes nothing), names no patient unless asked, the database keeps only a digest of
 * its secret, the address expires after a year, renewing or stopping revokes it at once, and every
 * fetch, answered or refused, is a row in the audit trail.
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

    @Inject
    private ClinicClock clock;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @AfterEach
    void realTime() {
        clock.useClock(null);
    }

    private Practitioner practitioner() throws Exception {
        Location location = clinic.location("Feed IT", ZoneId.of("America/Chicago"));
        return clinic.practitioner("Feed IT practitioner", location, LocalTime.of(8, 0), LocalTime.of(18, 0));
    }

    private boolean feedAnswers(long practitionerId, String secret) {
        return feeds.feed(practitionerId, secret, clock.now()).isPresent();
    }

    @Test
    void thereIsNoFeedUntilTheFrontDeskMakesOneAndTheDatabaseKeepsOnlyADigestOfItsSecret() throws Exception {
        long id = practitioner().getId();
        assertFalse(asFrontDesk.call(() -> feeds.state(id)).exists(), "looking makes nothing");
        assertFalse(asFrontDesk.call(() -> feeds.state(id)).exists(), "not on the second look either");

        Instant before = clock.now();
        String secret = asFrontDesk.call(() -> feeds.createFeed(id, false));
        CalendarFeedService.FeedState state = asFrontDesk.call(() -> feeds.state(id));
        assertTrue(state.exists() && !state.expired() && !state.withNames(), state.toString());
        assertFalse(state.expiresAt().isBefore(before.plus(CalendarFeedRules.LIFETIME)), "a year from now");
        assertTrue(feedAnswers(id, secret), "the feed answers to the address made");
        assertFalse(feeds.feed(id, secret, clock.now()).orElseThrow().withNames(), "no patient names by default");

        String stored = column("SELECT calendar_feed_digest FROM practitioner WHERE id = ?", id);
        assertEquals(CalendarFeedRules.digestOf(secret), stored);
        assertNotEquals(secret, stored);
        assertFalse(feedAnswers(id, stored), "the stored digest is no address");
    }

    @Test
    void renewingOrStoppingRevokesTheAddressAtOnce() throws Exception {
        long id = practitioner().getId();
        String old = asFrontDesk.call(() -> feeds.createFeed(id, true));

        String renewed = asFrontDesk.call(() -> feeds.renewFeed(id));
        assertNotEquals(old, renewed);
        assertTrue(feedAnswers(id, renewed), "the new address works");
        assertTrue(asFrontDesk.call(() -> feeds.state(id)).withNames(), "renewing keeps the choice of names");
        assertFalse(feedAnswers(id, old), "the old address is revoked");

        asFrontDesk.call(() -> {
            feeds.stopFeed(id);
            return null;
        });
        assertFalse(feedAnswers(id, renewed), "a stopped feed answers no address");
        assertFalse(asFrontDesk.call(() -> feeds.state(id)).exists());
    }

    @Test
    void theAddressExpiresAfterAYear() throws Exception {
        long id = practitioner().getId();
        String secret = asFrontDesk.call(() -> feeds.createFeed(id, false));
        Instant made = clock.now();

        assertTrue(feeds.feed(id, secret, made.plus(CalendarFeedRules.LIFETIME).minus(Duration.ofMinutes(1)))
                .isPresent(), "still working the day before");
        assertTrue(feeds.feed(id, secret, made.plus(CalendarFeedRules.LIFETIME).plus(Duration.ofMinutes(1)))
                .isEmpty(), "expired a year on");
        clock.useClock(Clock.fixed(made.plus(CalendarFeedRules.LIFETIME).plus(Duration.ofDays(1)), ZoneOffset.UTC));
        assertTrue(asFrontDesk.call(() -> feeds.state(id)).expired(), "the desk sees that it expired");
    }

    @Test
    void everyFetchAnsweredOrRefusedIsAudited() throws Exception {
        long id = practitioner().getId();
        String secret = asFrontDesk.call(() -> feeds.createFeed(id, false));

        feeds.feed(id, secret, clock.now());
        feeds.feed(id, "0".repeat(48), clock.now());
        feeds.feed(id, null, clock.now());

        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT action, outcome, detail FROM audit_event "
                        + "WHERE source = 'CalendarFeedService.feed' AND record_id = ? ORDER BY id")) {
            statement.setString(1, String.valueOf(id));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3));
                }
            }
        }
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).startsWith("EXPORT SUCCESS") && rows.get(0).contains("no patient names"), rows.get(0));
        assertTrue(rows.get(1).startsWith("EXPORT DENIED"), rows.get(1));
        assertTrue(rows.get(2).startsWith("EXPORT DENIED"), rows.get(2));
    }

    @Test
    void onlyTheFrontDeskMakesRenewsOrStopsAFeed() throws Exception {
        long id = practitioner().getId();

        assertThrows(EJBAccessException.class, () -> asPractitioner.call(() -> feeds.createFeed(id, false)));
        assertThrows(EJBAccessException.class, () -> asPractitioner.call(() -> feeds.renewFeed(id)));
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> {
            feeds.stopFeed(id);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> feeds.state(id)));
        assertFalse(asFrontDesk.call(() -> feeds.state(id)).exists(), "the refused calls made nothing");
    }

    @Test
    void aPractitionerWhoLeftGetsNoNewFeed() throws Exception {
        long id = practitioner().getId();
        asAdmin.call(() -> {
            setup.setPractitionerActive(id, false);
            return null;
        });

        DomainException refused = assertThrows(DomainException.class,
                () -> asFrontDesk.call(() -> feeds.createFeed(id, false)));
        assertTrue(refused.getMessage().contains("no longer works here"), refused.getMessage());
        assertFalse(asFrontDesk.call(() -> feeds.state(id)).exists());
    }

    private String column(String sql, long id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next());
                return result.getString(1);
            }
        }
    }
}

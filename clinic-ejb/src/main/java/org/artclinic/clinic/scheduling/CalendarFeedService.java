package org.artclinic.clinic.scheduling;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.audit.AuditAction;
import org.artclinic.clinic.audit.AuditContext;
import org.artclinic.clinic.audit.AuditEvent;
import org.artclinic.clinic.audit.AuditOutcome;
import org.artclinic.clinic.audit.AuditTrail;
import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.CalendarFeedRules;
import org.artclinic.clinic.setup.ClinicClock;
import org.artclinic.clinic.setup.Practitioner;

/**
 * The subscribable calendar feed of each practitioner ({@link CalendarFeedRules}, decision 0040).
 * Calendar apps cannot sign in with a form, so the feed's address carries a secret that the front
 * desk is shown once, when it is made; the database keeps only its digest. The address expires
 * after {@link CalendarFeedRules#LIFETIME}; renewing or stopping it revokes it at once. By default
 * the feed names no patient. Every fetch, answered or refused, is a row in the audit trail.
 */
@Stateless
@DenyAll
public class CalendarFeedService {

    /** How far back and ahead the feed reaches. */
    public static final Duration PAST = Duration.ofDays(30);
    public static final Duration AHEAD = Duration.ofDays(180);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicClock clock;

    @EJB
    private AuditTrail trail;

    /** Whether a practitioner has a feed, until when, and whether it names patients. */
    public record FeedState(boolean exists, Instant expiresAt, boolean expired, boolean withNames) {
    }

    /** What a fetch of a valid address answers: whose feed, the appointments, and whether it names patients. */
    public record Feed(String practitionerName, List<Appointment> appointments, boolean withNames) {
    }

    /** The practitioner's feed as the front desk sees it; looking never makes one. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public FeedState state(long practitionerId) {
        Practitioner practitioner = practitioner(practitionerId);
        return new FeedState(practitioner.hasCalendarFeed(), practitioner.getCalendarFeedExpiresAt(),
                practitioner.hasCalendarFeed() && !clock.now().isBefore(practitioner.getCalendarFeedExpiresAt()),
                practitioner.isCalendarFeedNames());
    }

    /**
     * Makes the practitioner's feed address, replacing any earlier one (which stops working).
     *
     * @param withNames whether the feed shows patients' first names and initials (off unless asked)
     * @return the secret for the address: shown now, never again
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public String createFeed(long practitionerId, boolean withNames) {
        Practitioner practitioner = activePractitioner(practitionerId);
        String secret = CalendarFeedRules.newSecret(RANDOM);
        practitioner.useCalendarFeed(secret, withNames, clock.now());
        AuditContext.changed(null, "calendar feed of " + practitioner.getDisplayName()
                + (withNames ? ", with patient names" : ", without patient names") + ", until "
                + practitioner.getCalendarFeedExpiresAt());
        return secret;
    }

    /** Gives the feed a new address, as it was (with or without names); the old address stops working. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public String renewFeed(long practitionerId) {
        return createFeed(practitionerId, practitioner(practitionerId).isCalendarFeedNames());
    }

    /** Stops the feed: its address stops working and no new one is made. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public void stopFeed(long practitionerId) {
        practitioner(practitionerId).stopCalendarFeed();
    }

    /**
     * The practitioner's appointments from {@link #PAST} ago to {@link #AHEAD} from now, if the
     * secret opens their feed at {@code now} (theirs, not expired, and they still work here); empty
     * otherwise. The fetch is audited either way, with the caller's address.
     */
    @PermitAll
    public Optional<Feed> feed(long practitionerId, String secret, Instant now) {
        Practitioner practitioner = em.find(Practitioner.class, practitionerId);
        AuditEvent.Builder fetch = AuditEvent.of(clock.now(), feedUser(practitioner, practitionerId),
                AuditAction.EXPORT, "CalendarFeedService.feed").address(AuditContext.address())
                .record("CalendarFeed", practitionerId);
        // a practitioner who has left no longer gets their schedule on their phone
        if (practitioner == null || !practitioner.calendarFeedAccepts(secret, now)) {
            trail.record(fetch.outcome(AuditOutcome.DENIED).detail("Calendar feed refused: unknown, renewed, "
                    + "stopped or expired address.").build());
            return Optional.empty();
        }
        List<Appointment> appointments = em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient "
                        + "JOIN FETCH a.location LEFT JOIN FETCH a.room LEFT JOIN FETCH a.appointmentType "
                        + "JOIN FETCH a.practitioner WHERE a.practitioner = :practitioner AND a.startsAt >= :from "
                        + "AND a.startsAt < :to ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("practitioner", practitioner)
                .setParameter("from", now.minus(PAST))
                .setParameter("to", now.plus(AHEAD))
                .getResultList();
        trail.record(fetch.detail("Calendar feed of " + practitioner.getDisplayName() + ": " + appointments.size()
                + " appointments, " + (practitioner.isCalendarFeedNames() ? "with patient names." : "no patient names."))
                .build());
        return Optional.of(new Feed(practitioner.getDisplayName(), appointments, practitioner.isCalendarFeedNames()));
    }

    /** Who a fetch is recorded as: the feed's practitioner's account (a calendar app signs in as no one). */
    private static String feedUser(Practitioner practitioner, long practitionerId) {
        String owner = practitioner == null || practitioner.getUserAccount() == null ? "practitioner-" + practitionerId
                : practitioner.getUserAccount().getUsername();
        return "calendar-feed:" + owner;
    }

    private Practitioner practitioner(long id) {
        Practitioner practitioner = em.find(Practitioner.class, id);
        if (practitioner == null) {
            throw new DomainException("There is no practitioner with id " + id + ".");
        }
        return practitioner;
    }

    private Practitioner activePractitioner(long id) {
        Practitioner practitioner = practitioner(id);
        if (!practitioner.isActive()) {
            throw new DomainException(practitioner.getDisplayName()
                    + " no longer works here, so their schedule has no calendar feed.");
        }
        return practitioner;
    }
}

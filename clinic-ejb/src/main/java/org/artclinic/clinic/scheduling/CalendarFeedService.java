package org.artclinic.clinic.scheduling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.Practitioner;

/**
 * The subscribable calendar feed of each practitioner. Calendar apps cannot sign in with a form,
 * so the feed's address carries a random secret per practitioner; only someone who was shown the
 * address (by the front desk) can read the feed, and renewing the secret revokes old addresses.
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

    /**
     * The practitioner's feed secret, if the front desk has created one; looking never creates it,
     * so merely viewing a practitioner's calendar publishes nothing.
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public Optional<String> token(long practitionerId) {
        return Optional.ofNullable(practitioner(practitionerId).getCalendarFeedToken());
    }

    /**
     * Creates the practitioner's feed secret on request; if one exists already it stays valid and
     * is returned (creating twice revokes nothing: that is what {@link #renewToken} is for).
     */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public String createToken(long practitionerId) {
        Practitioner practitioner = activePractitioner(practitionerId);
        if (practitioner.getCalendarFeedToken() == null) {
            practitioner.useCalendarFeedToken(newToken());
        }
        return practitioner.getCalendarFeedToken();
    }

    /** Replaces the secret: subscriptions with the old address stop updating. */
    @RolesAllowed(Role.Names.FRONT_DESK)
    public String renewToken(long practitionerId) {
        Practitioner practitioner = activePractitioner(practitionerId);
        practitioner.useCalendarFeedToken(newToken());
        return practitioner.getCalendarFeedToken();
    }

    /**
     * The practitioner's appointments from {@link #PAST} ago to {@link #AHEAD} from now, if the
     * token is theirs and they are still active; empty (the feed does not exist) otherwise.
     */
    @PermitAll
    public Optional<List<Appointment>> feed(long practitionerId, String token, Instant now) {
        Practitioner practitioner = em.find(Practitioner.class, practitionerId);
        // a practitioner who has left no longer gets their schedule (patient initials) on their phone
        if (practitioner == null || !practitioner.isActive() || practitioner.getCalendarFeedToken() == null
                || token == null
                || !MessageDigest.isEqual(practitioner.getCalendarFeedToken().getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.patient JOIN FETCH a.location "
                        + "LEFT JOIN FETCH a.room LEFT JOIN FETCH a.appointmentType JOIN FETCH a.practitioner "
                        + "WHERE a.practitioner = :practitioner AND a.startsAt >= :from AND a.startsAt < :to "
                        + "ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("practitioner", practitioner)
                .setParameter("from", now.minus(PAST))
                .setParameter("to", now.plus(AHEAD))
                .getResultList());
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

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

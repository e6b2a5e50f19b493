package org.artclinic.clinic.setup;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.artclinic.clinic.common.BaseEntity;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.security.UserAccount;

/** A clinician who sees patients, with the user account they sign in with (if any). */
@Entity
@Table(name = "practitioner")
@NamedQuery(name = Practitioner.ALL, query = "SELECT p FROM Practitioner p ORDER BY p.displayName")
@NamedQuery(name = Practitioner.ACTIVE,
        query = "SELECT p FROM Practitioner p WHERE p.active = TRUE ORDER BY p.displayName")
@NamedQuery(name = Practitioner.BY_USERNAME,
        query = "SELECT p FROM Practitioner p WHERE p.userAccount.username = :username")
@NamedQuery(name = Practitioner.BY_NPI, query = "SELECT p FROM Practitioner p WHERE p.npi = :npi")
public class Practitioner extends BaseEntity {

    public static final String ALL = "Practitioner.all";
    public static final String ACTIVE = "Practitioner.active";
    public static final String BY_USERNAME = "Practitioner.byUsername";
    /** The practitioner with an NPI, if any: the unique key on npi serves it. */
    public static final String BY_NPI = "Practitioner.byNpi";

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Discipline discipline;

    @Column(length = 10, unique = true)
    private String npi;

    @Column(nullable = false, length = 7)
    private String colour;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id", unique = true)
    private UserAccount userAccount;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * SHA-256 of the secret in the address of the practitioner's calendar feed (calendar apps
     * cannot sign in); the secret itself is shown once, when made, and never stored.
     */
    @Column(name = "calendar_feed_digest", length = 64, unique = true)
    private String calendarFeedDigest;

    @Column(name = "calendar_feed_expires_at")
    private java.time.Instant calendarFeedExpiresAt;

    /** Whether the feed names patients (first name and initial); by default it shows only the visit type. */
    @Column(name = "calendar_feed_names", nullable = false)
    private boolean calendarFeedNames;

    protected Practitioner() {
    }

    public Practitioner(String displayName, Discipline discipline, String npi, String colour, UserAccount userAccount) {
        update(displayName, discipline, npi, colour, userAccount);
    }

    /** @param npi optional (massage therapists and athletic trainers often have none) */
    public final void update(String newName, Discipline newDiscipline, String newNpi, String newColour,
            UserAccount account) {
        this.displayName = Text.required(newName, 120, "The practitioner's name");
        this.discipline = Objects.requireNonNull(newDiscipline, "discipline");
        this.npi = newNpi == null || newNpi.isBlank() ? null : Npi.check(newNpi);
        this.colour = Text.colour(newColour);
        this.userAccount = account;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /**
     * Gives the calendar feed a new secret address ({@link CalendarFeedRules}): only its digest is
     * kept; the old address stops working.
     *
     * @param withNames whether the feed shows patients' first names and initials
     */
    public void useCalendarFeed(String secret, boolean withNames, java.time.Instant now) {
        this.calendarFeedDigest = CalendarFeedRules.digestOf(secret);
        this.calendarFeedExpiresAt = now.plus(CalendarFeedRules.LIFETIME);
        this.calendarFeedNames = withNames;
    }

    /** Whether the feed answers {@code secret} at {@code now}: the secret's digest matches and it has not expired. */
    public boolean calendarFeedAccepts(String secret, java.time.Instant now) {
        return active && calendarFeedDigest != null && secret != null && now.isBefore(calendarFeedExpiresAt)
                && java.security.MessageDigest.isEqual(calendarFeedDigest.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        CalendarFeedRules.digestOf(secret).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Stops the calendar feed: its address stops working. */
    public void stopCalendarFeed() {
        this.calendarFeedDigest = null;
        this.calendarFeedExpiresAt = null;
        this.calendarFeedNames = false;
    }

    public boolean hasCalendarFeed() {
        return calendarFeedDigest != null;
    }

    /** When the feed's address stops working; null without a feed. */
    public java.time.Instant getCalendarFeedExpiresAt() {
        return calendarFeedExpiresAt;
    }

    public boolean isCalendarFeedNames() {
        return calendarFeedNames;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public String getNpi() {
        return npi;
    }

    public String getColour() {
        return colour;
    }

    public UserAccount getUserAccount() {
        return userAccount;
    }

    public boolean isActive() {
        return active;
    }
}

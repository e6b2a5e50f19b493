package org.artclinic.clinic.credential;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.artclinic.clinic.protocol.RegionGroup;

/**
 * Whether a practitioner's credentials cover charting a protocol of a region group on a day, and
 * which credentials to warn about.
 *
 * <p>Sources: issue 11 ("a practitioner can chart only protocols of regions covered by a current
 * certification and only while the licence is current"), and state licensure law in general: a
 * health professional practises only under a current licence of the state, so treatment charted
 * after the licence lapsed is unlicensed practice. ART certifies providers per course and for a
 * limited time; a protocol of a course the practitioner is not (or no longer) certified in is not
 * theirs to deliver as ART.
 *
 * <p>Expiry is inclusive: a licence or certification is valid through its expiry date and lapses
 * the day after, as licensing boards and ART's certificates state it ("expires 10/31/2026" means
 * valid on 31 October). Warnings start {@link #WARNING_DAYS} days before, so a renewal can be done
 * in time.
 */
public final class CredentialCoverage {

    /** Warn this many days ahead of an expiry (issue 11). */
    public static final int WARNING_DAYS = 60;

    private CredentialCoverage() {
    }

    /**
     * Why the practitioner may not chart a protocol of {@code group} on {@code day}, naming the
     * missing credential; empty when they may.
     *
     * @param practitioner the practitioner's name, as the message shows it
     * @param licence their licence; null when none is on record
     * @param certifications their certifications, at most one per course
     */
    public static Optional<String> refusal(String practitioner, Licence licence,
            Collection<Certification> certifications, RegionGroup group, LocalDate day) {
        if (licence == null) {
            return Optional.of(practitioner + " has no licence on record; an administrator adds it on the "
                    + "Practitioners page.");
        }
        if (!licence.isCurrentOn(day)) {
            return Optional.of(practitioner + "'s licence (" + licence.label() + ") expired on "
                    + licence.getExpiresOn() + ".");
        }
        Optional<Certification> held = certifications.stream().filter(c -> c.getCourse() == group).findFirst();
        if (held.isPresent() && held.get().isCurrentOn(day)) {
            return Optional.empty();
        }
        String missing = practitioner + " holds no current ART " + Certification.courseName(group) + " certification";
        return Optional.of(held.map(c -> c.getCertifiedOn().isAfter(day)
                ? missing + " (it starts on " + c.getCertifiedOn() + ")."
                : missing + " (it expired on " + c.getExpiresOn() + ").").orElse(missing + "."));
    }

    /**
     * The credentials that expire within {@link #WARNING_DAYS} days of {@code today} (inclusive) or
     * have expired: the licence first, then the certifications by course.
     */
    public static List<CredentialWarning> warnings(Licence licence, Collection<Certification> certifications,
            LocalDate today) {
        List<CredentialWarning> warnings = new ArrayList<>();
        if (licence != null) {
            warning(null, licence.getExpiresOn(), today).ifPresent(warnings::add);
        }
        certifications.stream().sorted(Comparator.comparing(Certification::getCourse))
                .forEach(c -> warning(c.getCourse(), c.getExpiresOn(), today).ifPresent(warnings::add));
        return warnings;
    }

    /** Whether a credential expiring on {@code expiresOn} is to be warned about on {@code today}. */
    public static boolean needsWarning(LocalDate expiresOn, LocalDate today) {
        return !expiresOn.isAfter(horizon(today));
    }

    /** The last expiry date warned about on {@code today}: what the warnings query asks for. */
    public static LocalDate horizon(LocalDate today) {
        return today.plusDays(WARNING_DAYS);
    }

    private static Optional<CredentialWarning> warning(RegionGroup course, LocalDate expiresOn, LocalDate today) {
        return needsWarning(expiresOn, today)
                ? Optional.of(new CredentialWarning(course, expiresOn, ChronoUnit.DAYS.between(today, expiresOn)))
                : Optional.empty();
    }
}

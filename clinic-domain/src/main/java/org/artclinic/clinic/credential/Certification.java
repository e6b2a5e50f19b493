package org.artclinic.clinic.credential;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.protocol.RegionGroup;

/**
 * An ART provider certification for one course (Spine, Upper Extremity, Lower Extremity, Nerve
 * Entrapment: the {@link RegionGroup}s), from the day it was earned through the day it expires,
 * inclusive. A renewal replaces it: a practitioner holds one certification per course.
 */
@Embeddable
public class Certification implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegionGroup course;

    @Column(name = "certified_on", nullable = false)
    private LocalDate certifiedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    protected Certification() {
    }

    public Certification(RegionGroup course, LocalDate certifiedOn, LocalDate expiresOn) {
        if (course == null) {
            throw new DomainException("A certification needs its ART course.");
        }
        if (certifiedOn == null || expiresOn == null) {
            throw new DomainException("The ART " + courseName(course)
                    + " certification needs the day it was earned and the day it expires.");
        }
        if (expiresOn.isBefore(certifiedOn)) {
            throw new DomainException("The ART " + courseName(course) + " certification cannot expire ("
                    + expiresOn + ") before it was earned (" + certifiedOn + ").");
        }
        this.course = course;
        this.certifiedOn = certifiedOn;
        this.expiresOn = expiresOn;
    }

    /** Current from the day it was earned through its expiry date, both inclusive. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(certifiedOn) && !day.isAfter(expiresOn);
    }

    /** The course as ART names it: "Upper Extremity". */
    public static String courseName(RegionGroup course) {
        return switch (course) {
            case SPINE -> "Spine";
            case UPPER_EXTREMITY -> "Upper Extremity";
            case LOWER_EXTREMITY -> "Lower Extremity";
            case NERVE_ENTRAPMENT -> "Nerve Entrapment";
        };
    }

    public RegionGroup getCourse() {
        return course;
    }

    public String getCourseName() {
        return courseName(course);
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Certification c && course == c.course && Objects.equals(certifiedOn, c.certifiedOn)
                && Objects.equals(expiresOn, c.expiresOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(course, certifiedOn, expiresOn);
    }
}

package org.artclinic.clinic.credential;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.common.Text;
import org.artclinic.clinic.setup.Discipline;

/**
 * The state licence a practitioner practises under: profession, licence number, the issuing state
 * and the last day it is valid (a licence is valid through its expiry date, inclusive).
 */
@Embeddable
public class Licence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "licence_profession", length = 30)
    private Discipline profession;

    @Column(name = "licence_number", length = 30)
    private String number;

    @Column(name = "licence_state", length = 2)
    private String state;

    @Column(name = "licence_expires_on")
    private LocalDate expiresOn;

    protected Licence() {
    }

    public Licence(Discipline profession, String number, String state, LocalDate expiresOn) {
        if (profession == null) {
            throw new DomainException("A licence needs the profession it licenses.");
        }
        this.profession = profession;
        this.number = Text.required(number, 30, "The licence number");
        this.state = UsStates.check(state);
        if (expiresOn == null) {
            throw new DomainException("A licence needs its expiry date.");
        }
        this.expiresOn = expiresOn;
    }

    /** Valid through its expiry date: on that day still current, the day after not. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }

    /** How people quote it: "IL 045.012345". */
    public String label() {
        return state + " " + number;
    }

    public Discipline getProfession() {
        return profession;
    }

    public String getNumber() {
        return number;
    }

    public String getState() {
        return state;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Licence l && profession == l.profession && Objects.equals(number, l.number)
                && Objects.equals(state, l.state) && Objects.equals(expiresOn, l.expiresOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profession, number, state, expiresOn);
    }
}

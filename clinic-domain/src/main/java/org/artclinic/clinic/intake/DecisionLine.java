package org.artclinic.clinic.intake;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of a screening decision as it was made: what kind of line it is, a stable code, the
 * region it concerns (if any), and the words shown to the practitioner and to the patient. Stored
 * with the intake, so later changes of the rules or of their wording do not rewrite a recorded
 * decision.
 */
@Embeddable
public class DecisionLine implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** A red flag: refer before any manual therapy. */
        REFERRAL,
        /** One region may not be treated. */
        BLOCKED_REGION,
        /** Treatment changes how it is given. */
        PRECAUTION,
        /** The overall outcome in plain words. */
        SUMMARY
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 20)
    private BodyRegion region;

    @Column(name = "practitioner_text", nullable = false, length = 500)
    private String practitionerText;

    @Column(name = "patient_text", nullable = false, length = 500)
    private String patientText;

    protected DecisionLine() {
        // for JPA
    }

    public DecisionLine(Kind kind, String code, BodyRegion region, String practitionerText, String patientText) {
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.region = region;
        this.practitionerText = Objects.requireNonNull(practitionerText);
        this.patientText = Objects.requireNonNull(patientText);
    }

    public Kind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public BodyRegion getRegion() {
        return region;
    }

    public String getPractitionerText() {
        return practitionerText;
    }

    public String getPatientText() {
        return patientText;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecisionLine that && kind == that.kind && code.equals(that.code)
                && region == that.region && practitionerText.equals(that.practitionerText)
                && patientText.equals(that.patientText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code, region);
    }

    @Override
    public String toString() {
        return kind + " " + code + (region == null ? "" : " " + region) + ": " + practitionerText;
    }
}

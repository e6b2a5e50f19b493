package org.artclinic.clinic.billing;

/**
 * What the charge review queue shows: charges of a status (to review by default), optionally of one
 * location, practitioner or payer, or only those with open warnings (of one kind, or any).
 */
public record ChargeFilter(ChargeStatus status, Long locationId, Long practitionerId, Long payerId,
        boolean withWarnings, WarningCode warning) implements java.io.Serializable {

    public ChargeFilter {
        status = status == null ? ChargeStatus.TO_REVIEW : status;
    }

    public static ChargeFilter toReview() {
        return new ChargeFilter(ChargeStatus.TO_REVIEW, null, null, null, false, null);
    }
}

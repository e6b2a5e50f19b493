package org.artclinic.clinic.billing;

/** Where a visit's charges are: waiting for a manager's review, approved for a claim, or on a claim. */
public enum ChargeStatus {
    TO_REVIEW,
    APPROVED,
    BILLED
}

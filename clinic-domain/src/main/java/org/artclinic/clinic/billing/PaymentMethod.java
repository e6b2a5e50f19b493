package org.artclinic.clinic.billing;

/** How money came in; NOT_RECORDED for a copay the check-in took without saying how. */
public enum PaymentMethod {
    EFT, CHECK, CARD, CASH, NOT_RECORDED
}

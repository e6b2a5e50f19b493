package org.artclinic.clinic.billing;

/** Who a payer is, for the rules that depend on it (AT on manipulation is Medicare's) and for the 837P. */
public enum PayerKind {
    MEDICARE,
    MEDICAID,
    COMMERCIAL,
    WORKERS_COMPENSATION,
    /** The patient pays: no claim is sent; the charges are the patient's balance. */
    SELF_PAY
}

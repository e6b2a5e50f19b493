package org.artclinic.clinic.billing;

/** What a procedure code is, for the modifier rules (GP, AT, 25) and the NCCI pair with manipulation. */
public enum ProcedureKind {
    /** Therapy procedures (971xx, 97530, 97750): the GP/GO and KX rules apply. */
    THERAPY,
    /** Physical therapy evaluations (97161-97164): under a therapy plan of care, so GP applies. */
    EVALUATION,
    /** Chiropractic manipulation of the spine (98940-98942): AT for Medicare, the NCCI pair column 1. */
    SPINAL_MANIPULATION,
    /** Chiropractic manipulation of the extremities (98943). */
    EXTRASPINAL_MANIPULATION,
    /** Office visits (99202-99215): 25 when billed with a manipulation the same visit. */
    EVALUATION_AND_MANAGEMENT;

    /** Whether a therapy plan of care covers it (GP/GO and the KX threshold). */
    public boolean isTherapy() {
        return this == THERAPY || this == EVALUATION;
    }
}

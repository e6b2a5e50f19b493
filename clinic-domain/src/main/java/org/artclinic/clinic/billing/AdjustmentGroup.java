package org.artclinic.clinic.billing;

/**
 * The claim adjustment group codes of the X12 835 remittance (CAS01), which say who bears an amount
 * the payer did not pay: CO the provider (contractual, written off), PR the patient (deductible,
 * coinsurance, copay: it becomes the patient's balance), OA other, PI payer-initiated.
 */
public enum AdjustmentGroup {
    CO("Contractual obligation (written off)"),
    PR("Patient responsibility (billed to the patient)"),
    OA("Other adjustment"),
    PI("Payer-initiated reduction");

    private final String words;

    AdjustmentGroup(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

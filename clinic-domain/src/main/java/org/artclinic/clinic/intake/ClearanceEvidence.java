package org.artclinic.clinic.intake;

/** What a clearance to treat rests on. */
public enum ClearanceEvidence {
    PHYSICIAN_LETTER("a letter from the patient's physician"),
    SPECIALIST_REPORT("a specialist's report"),
    IMAGING_REPORT("an imaging report"),
    EMERGENCY_OR_URGENT_CARE_RECORD("an emergency or urgent-care record"),
    OTHER("other evidence");

    private final String words;

    ClearanceEvidence(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

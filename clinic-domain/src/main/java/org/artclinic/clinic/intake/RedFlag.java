package org.artclinic.clinic.intake;

/**
 * Answers that call for a medical evaluation before any manual therapy. While one is present, and
 * until a practitioner records a clearance, no region may be treated.
 *
 * <p>Source: the article "Active Release Treatment: Benefits and What to Expect" (BodySpec), section
 * "Who Should Consider ART — and Who Should Be Cautious?", list "Use caution or get evaluated first
 * if you have", first three items: "These situations warrant a medical evaluation before pursuing
 * any manual therapy." The same signs appear in the IFOMPT-led International Framework for Red
 * Flags for Potential Serious Spinal Pathologies (Finucane LM, Downie A, Mercer C, et al. J Orthop
 * Sports Phys Ther 2020;50(7):350-372, doi:10.2519/jospt.2020.9971), which covers spinal fracture,
 * malignancy, infection and cauda equina syndrome: trauma for fracture, unexplained weight loss and
 * night pain for cancer, fever for infection, progressive neurological deficit and bowel/bladder
 * change for cauda equina syndrome (this pairing of signs and conditions is ours and has not been
 * checked against the framework's decision tools). That framework is about the spine; the clinic
 * applies the flags to every region, as the article does.
 */
public enum RedFlag {

    RECENT_TRAUMA("recent trauma (a fall, a collision or a suspected fracture)",
            "You told us about a recent injury such as a fall, a collision or a possible broken bone. "
                    + "A doctor should check it before any hands-on treatment, to rule out a fracture or other "
                    + "damage that pressure or movement could make worse."),

    UNEXPLAINED_WEIGHT_LOSS_FEVER_NIGHT_PAIN("unexplained weight loss, fever or night pain",
            "You told us about weight loss you cannot explain, a fever, or pain at night. These can be signs "
                    + "of a problem that does not come from muscles or tendons, so a doctor should check you "
                    + "before any hands-on treatment."),

    PROGRESSIVE_NEUROLOGICAL_DEFICIT("progressive weakness, numbness, or bowel/bladder changes",
            "You told us about weakness or numbness that is getting worse, or changes in bowel or bladder "
                    + "control. These can mean pressure on a nerve or the spinal cord, so a doctor should check "
                    + "you before any hands-on treatment. New bowel or bladder changes need a doctor the same "
                    + "day.");

    private final String summary;
    private final String patientWords;

    RedFlag(String summary, String patientWords) {
        this.summary = summary;
        this.patientWords = patientWords;
    }

    /** A few words naming the flag, e.g. for the patient header. */
    public String summary() {
        return summary;
    }

    /** Why the patient is referred, in words a patient can read. */
    public String patientWords() {
        return patientWords;
    }
}

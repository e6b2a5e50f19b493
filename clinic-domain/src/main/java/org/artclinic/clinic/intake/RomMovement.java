package org.artclinic.clinic.intake;

/**
 * The movements whose range of motion the intake records, each with its normal (average adult)
 * range in degrees.
 *
 * <p>Source of the normal values: American Academy of Orthopaedic Surgeons, "Joint Motion: Method
 * of Measuring and Recording" (1965), the AAOS column of the normal-values tables as reproduced in
 * Norkin CC, White DJ, "Measurement of Joint Motion: A Guide to Goniometry", 5th ed., F.A. Davis
 * 2016, appendix A. The shoulder, elbow, forearm and wrist values were checked against its Table
 * A.1 (AAOS column); the hip, knee, ankle, foot and spinal values have not yet been checked against
 * a copy of the book (see decision 0015). They are averages for adults; age, sex and the measuring
 * method move them, so the intake shows them as a reference, never as a pass mark. Spinal values
 * (cervical and thoracolumbar) are the least reliable of the list: measure the spine the same way
 * at every re-assessment.
 */
public enum RomMovement {
    CERVICAL_FLEXION(BodyRegion.NECK, "Neck flexion", 45, false),
    CERVICAL_EXTENSION(BodyRegion.NECK, "Neck extension", 45, false),
    CERVICAL_LATERAL_FLEXION(BodyRegion.NECK, "Neck side bending", 45, true),
    CERVICAL_ROTATION(BodyRegion.NECK, "Neck rotation", 60, true),
    THORACOLUMBAR_ROTATION(BodyRegion.UPPER_BACK, "Trunk rotation", 45, true),
    THORACOLUMBAR_FLEXION(BodyRegion.LOW_BACK, "Trunk flexion", 80, false),
    THORACOLUMBAR_EXTENSION(BodyRegion.LOW_BACK, "Trunk extension", 25, false),
    THORACOLUMBAR_LATERAL_FLEXION(BodyRegion.LOW_BACK, "Trunk side bending", 35, true),
    SHOULDER_FLEXION(BodyRegion.SHOULDER, "Shoulder flexion", 180, true),
    SHOULDER_EXTENSION(BodyRegion.SHOULDER, "Shoulder extension", 60, true),
    SHOULDER_ABDUCTION(BodyRegion.SHOULDER, "Shoulder abduction", 180, true),
    SHOULDER_INTERNAL_ROTATION(BodyRegion.SHOULDER, "Shoulder internal rotation", 70, true),
    SHOULDER_EXTERNAL_ROTATION(BodyRegion.SHOULDER, "Shoulder external rotation", 90, true),
    ELBOW_FLEXION(BodyRegion.ELBOW, "Elbow flexion", 150, true),
    FOREARM_PRONATION(BodyRegion.ELBOW, "Forearm pronation", 80, true),
    FOREARM_SUPINATION(BodyRegion.ELBOW, "Forearm supination", 80, true),
    WRIST_FLEXION(BodyRegion.WRIST_HAND, "Wrist flexion", 80, true),
    WRIST_EXTENSION(BodyRegion.WRIST_HAND, "Wrist extension", 70, true),
    WRIST_RADIAL_DEVIATION(BodyRegion.WRIST_HAND, "Wrist radial deviation", 20, true),
    WRIST_ULNAR_DEVIATION(BodyRegion.WRIST_HAND, "Wrist ulnar deviation", 30, true),
    HIP_FLEXION(BodyRegion.HIP, "Hip flexion", 120, true),
    HIP_EXTENSION(BodyRegion.HIP, "Hip extension", 30, true),
    HIP_ABDUCTION(BodyRegion.HIP, "Hip abduction", 45, true),
    HIP_ADDUCTION(BodyRegion.HIP, "Hip adduction", 30, true),
    HIP_INTERNAL_ROTATION(BodyRegion.HIP, "Hip internal rotation", 45, true),
    HIP_EXTERNAL_ROTATION(BodyRegion.HIP, "Hip external rotation", 45, true),
    KNEE_FLEXION(BodyRegion.KNEE, "Knee flexion", 135, true),
    ANKLE_DORSIFLEXION(BodyRegion.ANKLE_FOOT, "Ankle dorsiflexion", 20, true),
    ANKLE_PLANTARFLEXION(BodyRegion.ANKLE_FOOT, "Ankle plantarflexion", 50, true),
    FOOT_INVERSION(BodyRegion.ANKLE_FOOT, "Foot inversion", 35, true),
    FOOT_EVERSION(BodyRegion.ANKLE_FOOT, "Foot eversion", 15, true);

    /** No recorded value may exceed the normal by more than this factor, nor this many degrees. */
    static final int MAX_DEGREES = 200;

    private final BodyRegion region;
    private final String label;
    private final int normalDegrees;
    private final boolean sided;

    RomMovement(BodyRegion region, String label, int normalDegrees, boolean sided) {
        this.region = region;
        this.label = label;
        this.normalDegrees = normalDegrees;
        this.sided = sided;
    }

    public BodyRegion region() {
        return region;
    }

    public String label() {
        return label;
    }

    /** The AAOS average range in degrees (see the class comment). */
    public int normalDegrees() {
        return normalDegrees;
    }

    /** Measured left and right separately (limbs, spinal rotation and side bending). */
    public boolean sided() {
        return sided;
    }

    /** The largest value accepted as a measurement: twice the normal, at most 200 degrees. */
    public int maxPlausibleDegrees() {
        return Math.min(2 * normalDegrees, MAX_DEGREES);
    }
}

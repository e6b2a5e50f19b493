package org.artclinic.clinic.charting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The services besides ART entries that a visit note records for billing later, by CPT code, with
 * a few words of our own (the AMA's descriptors are licensed). ART itself is billed as manual
 * therapy (97140), so its entries are counted under that code by billing, not listed here twice.
 *
 * <p>Timed codes are billed in 15-minute units and need the one-on-one minutes (CMS Medicare
 * Claims Processing Manual, chapter 5, section 20.2); untimed codes are one service per visit.
 * Chiropractic manipulative treatment is counted by spinal regions ({@link SpinalRegion}, Medicare
 * Benefit Policy Manual, chapter 15, section 240.1.2): 98940 one or two, 98941 three or four,
 * 98942 five. An evaluation is assessment, not treatment: the screening gate does not hold it.
 * The code sets with effective dates and fees come with billing (issue 12).
 */
public enum ChartedService {
    MANUAL_THERAPY("97140", "Manual therapy (soft-tissue work, mobilisation, instrument-assisted)", true, Kind.TREATMENT),
    THERAPEUTIC_EXERCISE("97110", "Therapeutic exercise for strength, range and flexibility", true, Kind.TREATMENT),
    NEUROMUSCULAR_REEDUCATION("97112", "Neuromuscular re-education of balance, coordination and posture", true,
            Kind.TREATMENT),
    THERAPEUTIC_ACTIVITIES("97530", "Therapeutic activities with functional, dynamic movements", true, Kind.TREATMENT),
    MASSAGE("97124", "Massage (effleurage, petrissage, tapotement)", true, Kind.TREATMENT),
    PERFORMANCE_TEST("97750", "Physical performance test or measurement, with a written report", true,
            Kind.EVALUATION),
    CMT_SPINAL_1_2("98940", "Chiropractic manipulation, one or two spinal regions", false, Kind.SPINAL_MANIPULATION),
    CMT_SPINAL_3_4("98941", "Chiropractic manipulation, three or four spinal regions", false,
            Kind.SPINAL_MANIPULATION),
    CMT_SPINAL_5("98942", "Chiropractic manipulation, all five spinal regions", false, Kind.SPINAL_MANIPULATION),
    CMT_EXTRASPINAL("98943", "Chiropractic manipulation of extremities, head or ribs", false, Kind.TREATMENT),
    PT_EVALUATION_LOW("97161", "Physical therapy evaluation, low complexity", false, Kind.EVALUATION),
    PT_EVALUATION_MODERATE("97162", "Physical therapy evaluation, moderate complexity", false, Kind.EVALUATION),
    PT_EVALUATION_HIGH("97163", "Physical therapy evaluation, high complexity", false, Kind.EVALUATION),
    PT_REEVALUATION("97164", "Physical therapy re-evaluation", false, Kind.EVALUATION),
    NEW_PATIENT_VISIT("99203", "New patient evaluation and management, low complexity", false, Kind.EVALUATION),
    ESTABLISHED_PATIENT_VISIT("99213", "Established patient evaluation and management, low complexity", false,
            Kind.EVALUATION);

    /** What a service is, for the screening gate and for how its regions are named. */
    public enum Kind {
        /** Hands-on or exercise treatment of body regions: held by the screening gate. */
        TREATMENT,
        /** Manipulation counted by spinal regions: held by the screening gate (regions of the spine). */
        SPINAL_MANIPULATION,
        /** Assessment: always allowed, like an assessment-only note. */
        EVALUATION
    }

    private final String code;
    private final String words;
    private final boolean timed;
    private final Kind kind;

    ChartedService(String code, String words, boolean timed, Kind kind) {
        this.code = code;
        this.words = words;
        this.timed = timed;
        this.kind = kind;
    }

    public static Optional<ChartedService> ofCode(String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(service -> service.code.equals(wanted)).findFirst();
    }

    /** The spinal manipulation code for a number of spinal regions (98940, 98941 or 98942). */
    public static ChartedService spinalManipulationFor(int regions) {
        if (regions <= 0 || regions > SpinalRegion.values().length) {
            throw new IllegalArgumentException("between 1 and 5 spinal regions: " + regions);
        }
        return regions <= 2 ? CMT_SPINAL_1_2 : regions <= 4 ? CMT_SPINAL_3_4 : CMT_SPINAL_5;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    public boolean isTimed() {
        return timed;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the patient's screening gate holds this service (everything but an evaluation). */
    public boolean isTreatment() {
        return kind != Kind.EVALUATION;
    }
}

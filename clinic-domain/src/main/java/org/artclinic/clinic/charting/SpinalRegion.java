package org.artclinic.clinic.charting;

import org.artclinic.clinic.intake.BodyRegion;

/**
 * The five spinal regions that chiropractic manipulative treatment is counted by: Medicare Benefit
 * Policy Manual, chapter 15, section 240.1.2 (cervical including the atlanto-occipital joint;
 * thoracic including the costovertebral and costotransverse joints; lumbar; sacral; pelvic, the
 * sacro-iliac joint). CPT 98940 covers one or two regions, 98941 three or four, 98942 all five.
 */
public enum SpinalRegion {
    CERVICAL(BodyRegion.NECK),
    THORACIC(BodyRegion.UPPER_BACK),
    LUMBAR(BodyRegion.LOW_BACK),
    SACRAL(BodyRegion.LOW_BACK),
    PELVIC(BodyRegion.LOW_BACK);

    private final BodyRegion bodyRegion;

    SpinalRegion(BodyRegion bodyRegion) {
        this.bodyRegion = bodyRegion;
    }

    /** The intake's body region this spinal region lies in (for the screening gate's blocked regions). */
    public BodyRegion bodyRegion() {
        return bodyRegion;
    }
}

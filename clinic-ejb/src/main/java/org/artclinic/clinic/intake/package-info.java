/**
 * Intake services: recording intake assessments (with the screening decision they make),
 * clearances, the suitability self-check and informed consent, and the treatment gate that charting
 * calls before a treatment is recorded.
 */
package org.artclinic.clinic.intake;

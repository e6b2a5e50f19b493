/**
 * Intake over HTTP: intake assessments with red-flag screening, clearances, consent and the
 * treatment eligibility that gates charting. The pages come with a later step; they will call the
 * same {@code IntakeService}.
 */
package org.artclinic.clinic.intake;

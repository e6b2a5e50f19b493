/**
 * The practitioner's intake assessment of an episode of care: history, objective findings,
 * red-flag and precaution screening (which gates treatment), the suitability self-check and
 * informed consent. The screening rules are plain Java here, each naming its source.
 */
package org.artclinic.clinic.intake;

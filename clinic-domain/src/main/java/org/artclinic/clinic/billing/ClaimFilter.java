package org.artclinic.clinic.billing;

/** What the claim list shows: claims of a status (all when null), of a payer, of a patient. */
public record ClaimFilter(ClaimStatus status, Long payerId, Long patientId) implements java.io.Serializable {
}

/**
 * The REST API under {@code /api}: the JAX-RS application, HTTP Basic sign-in for API clients
 * (pages keep the form login), and the mapping of errors to JSON bodies. The resources themselves
 * live in their feature packages ({@code patient.PatientResource}, {@code scheduling.AppointmentResource},
 * {@code setup.SetupResource}); they exchange DTO records, never entities.
 */
package org.artclinic.clinic.api;

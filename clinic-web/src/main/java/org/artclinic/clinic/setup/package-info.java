/**
 * The administrator's clinic set-up pages: locations with their rooms and holidays, practitioners
 * with their weekly hours and time off, and the appointment types that can be booked. Thin
 * backing beans over {@code ClinicSetupService}; every rule and message lives in the service.
 */
package org.artclinic.clinic.setup;

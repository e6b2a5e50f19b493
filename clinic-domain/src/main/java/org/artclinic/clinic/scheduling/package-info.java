/**
 * The schedule: appointments and their status workflow (booked, arrived, in treatment,
 * completed, cancelled, no-show), recurring series, the waitlist, and the rules that keep a
 * practitioner, a room and a patient from being in two places at once.
 */
package org.artclinic.clinic.scheduling;

/**
 * How the clinic is set up: locations (each in its own time zone) and their rooms, the
 * practitioners with their discipline, NPI and weekly working hours (with holidays and time off),
 * the appointment types that can be booked, and the clinic-wide settings administrators change.
 */
package org.artclinic.clinic.setup;

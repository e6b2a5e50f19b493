/**
 * How the clinic is set up: locations (each in its own time zone) and their rooms, the
 * practitioners with their discipline, NPI and weekly working hours (with holidays and time off),
 * and the appointment types that can be booked.
 */
package org.artclinic.clinic.setup;

/**
 * Booking and running the day: conflict-free booking under concurrency, moves, cancellations
 * with the late-cancel rule, check-in, no-shows, recurring series and the waitlist.
 */
package org.artclinic.clinic.scheduling;

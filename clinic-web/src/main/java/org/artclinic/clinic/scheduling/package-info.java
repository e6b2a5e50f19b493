/**
 * The front desk's schedule pages: the calendar (a lazy PrimeFaces schedule with booking, moving
 * and cancelling), the day sheet with check-in and no-shows, the waitlist, and the iCalendar
 * download and per-practitioner feed.
 */
package org.artclinic.clinic.scheduling;

/**
 * The practitioner's side of the clinic day: their own appointments today, taking a checked-in
 * patient into treatment and finishing the visit. Session charting joins this package later.
 */
package org.artclinic.clinic.charting;

/**
 * Outcome measures over HTTP: record an administration (scored by the domain's rules), read a
 * patient's history with its change flags, and the instruments' definitions for forms.
 */
package org.artclinic.clinic.outcome;

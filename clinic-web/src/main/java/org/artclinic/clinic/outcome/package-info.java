/**
 * Outcome measures on the web: the page that administers one instrument item by item
 * ({@code outcome/administer.xhtml}), the patient page's Outcome measures tab (suggestion for the
 * intake's regions, history with MCID change flags, chart), and over HTTP: record an administration
 * (scored by the domain's rules), read a patient's history with its change flags, and the
 * instruments' definitions for forms.
 */
package org.artclinic.clinic.outcome;

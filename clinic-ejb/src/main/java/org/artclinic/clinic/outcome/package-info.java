/**
 * Recording outcome measures (scored by the rules in clinic-domain) and reading a patient's
 * history of them with the change flagged against each instrument's MCID.
 */
package org.artclinic.clinic.outcome;

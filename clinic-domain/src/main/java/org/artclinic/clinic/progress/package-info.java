/**
 * A patient's progress over visits: range of motion per movement with left and right side by side,
 * pain, and outcome-measure scores with their clinically important changes (decision 0033). Plain
 * Java built from the intake, the visit notes and the outcome measures of a period; the pages and
 * the API only draw it.
 */
package org.artclinic.clinic.progress;

/**
 * Outcome measures: the validated questionnaires a practitioner gives to follow a patient's pain
 * and function over a course of care (NPRS, NDI, ODI, QuickDASH, LEFS). Each instrument's items,
 * answer range, published scoring rule (including missing items) and minimal clinically important
 * difference live in {@link org.artclinic.clinic.outcome.Instrument}, each naming its source; an
 * {@link org.artclinic.clinic.outcome.OutcomeMeasure} is one administration with its item answers.
 */
package org.artclinic.clinic.outcome;

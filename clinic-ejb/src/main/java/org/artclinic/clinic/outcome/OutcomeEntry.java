package org.artclinic.clinic.outcome;

/**
 * One administration as the history shows it, with its change since the previous scored
 * administration of the same instrument and since the first one (the baseline); each change is
 * null when there is nothing earlier to compare with or this administration has no score.
 */
public record OutcomeEntry(OutcomeMeasure measure, Change sincePrevious, Change sinceBaseline) {
}

package org.artclinic.clinic.plan;

/** What a goal is measured by. */
public enum GoalKind {
    /** A range-of-motion movement (and side) reaching a number of degrees. */
    RANGE_OF_MOTION,
    /** An outcome questionnaire's score passing a value, in the direction that means better. */
    OUTCOME_SCORE,
    /** A goal in words only, e.g. "run 5 km without pain": judged by the practitioner. */
    FUNCTIONAL
}

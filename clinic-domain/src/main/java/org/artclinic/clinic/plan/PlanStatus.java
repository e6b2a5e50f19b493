package org.artclinic.clinic.plan;

/** Where a plan stands: one active plan per patient; a finished one is kept as it was. */
public enum PlanStatus {
    ACTIVE("active"),
    COMPLETED("completed"),
    DISCONTINUED("discontinued");

    private final String words;

    PlanStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

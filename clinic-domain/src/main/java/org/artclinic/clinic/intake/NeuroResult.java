package org.artclinic.clinic.intake;

/** The result of one part of the neurological screen at one level. */
public enum NeuroResult {
    NORMAL, ABNORMAL, NOT_TESTED
}

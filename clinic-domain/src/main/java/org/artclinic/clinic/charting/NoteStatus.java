package org.artclinic.clinic.charting;

/** A visit note is written as a draft and signed once; a signed note is never changed, only amended. */
public enum NoteStatus {
    DRAFT,
    SIGNED
}

package org.artclinic.clinic.protocol;

/** What an import did: protocols added, changed, and those the file left as they were. */
public record ImportResult(int added, int updated, int unchanged) {

    public int total() {
        return added + updated + unchanged;
    }
}

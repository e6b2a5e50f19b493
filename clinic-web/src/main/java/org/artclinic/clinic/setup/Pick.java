package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.util.Objects;

/**
 * The record picked from a set-up page's list (a location, a practitioner) and how many picks there
 * were. The page's parts that show what belongs to it (rooms, holidays, hours, time off) keep their
 * own copy and start afresh when the page's pick moves on, even to the same record again.
 */
public final class Pick implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int count;

    /** The picked record's id; null before one is picked. */
    public Long getId() {
        return id;
    }

    void choose(long picked) {
        id = picked;
        count++;
    }

    /** Makes this copy the same as the page's pick; true when it was not, so the part starts afresh. */
    boolean catchUp(Pick current) {
        if (Objects.equals(id, current.id) && count == current.count) {
            return false;
        }
        id = current.id;
        count = current.count;
        return true;
    }
}

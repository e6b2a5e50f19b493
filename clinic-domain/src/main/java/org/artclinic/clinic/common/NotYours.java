package org.artclinic.clinic.common;

/**
 * The caller's role may do this, but not to this record: another practitioner's visit note. The
 * REST API answers 403 with the message; a page shows the message.
 */
public class NotYours extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotYours(String message) {
        super(message);
    }
}

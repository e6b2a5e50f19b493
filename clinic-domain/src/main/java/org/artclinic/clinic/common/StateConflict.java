package org.artclinic.clinic.common;

/**
 * A change the record's state forbids now, whoever asks: a signed note, a treatment the patient's
 * screening holds. The REST API answers 409 with the message; a page shows the message.
 */
public class StateConflict extends DomainException {

    private static final long serialVersionUID = 1L;

    public StateConflict(String message) {
        super(message);
    }
}

package org.artclinic.clinic.common;

/**
 * A rule of the clinic was broken by the request. The message is meant for the person at the
 * screen: it says what is wrong and, where possible, what to do about it. Nothing is changed
 * when one is thrown from a service (the transaction rolls back).
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}

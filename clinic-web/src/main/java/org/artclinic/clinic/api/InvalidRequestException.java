package org.artclinic.clinic.api;

import java.util.List;

/** The request could not be understood: one or more fields are missing or malformed (a 400). */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(ApiText.text("error.invalid"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
